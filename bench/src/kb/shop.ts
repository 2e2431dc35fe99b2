// The shop dev set through @parley/kb (and plain BM25 over the same entries): top-1 by
// topic (any language's entry of the right topic counts), per split and language.
import { createKnowledgeBase, type Embedder, type KnowledgeSource } from '@parley/kb';
import MiniSearch from 'minisearch';
import { bm25Source } from './bm25-source.js';
import { type ShopFaq, type ShopQuestion, type ShopSet, shopSet } from './shop-data.js';

export async function shopKb(set: ShopSet = shopSet, embedder?: Embedder) {
  const kb = createKnowledgeBase({
    languages: ['id', 'pt', 'en', 'es'],
    ...(embedder && { embedder }),
  });
  await kb.addFaq(
    set.faqs.map((f) => ({ question: f.question, answer: f.answer, language: f.lang })),
  );
  return kb;
}

export function shopMiniSearch(set: ShopSet = shopSet): KnowledgeSource {
  const ms = new MiniSearch<ShopFaq & { id: number }>({ fields: ['question', 'answer'] });
  ms.addAll(set.faqs.map((f, id) => ({ ...f, id })));
  return bm25Source(ms, set.faqs, (f) => ({ text: f.answer, answer: f.answer, language: f.lang }));
}

/** Share of in-scope questions whose first hit is an entry of the right topic. */
export async function shopTop1(
  source: KnowledgeSource,
  questions: ShopQuestion[],
  topicOf: ShopSet['topicOf'] = shopSet.topicOf,
) {
  const inScope = questions.filter((q) => q.topic !== 'none');
  const misses: string[] = [];
  let right = 0;
  for (const q of inScope) {
    const [top] = await source.search(q.question, { limit: 5 });
    if (topicOf(top?.answer) === q.topic) right++;
    else misses.push(`${q.lang} ${q.question} → ${topicOf(top?.answer)}`);
  }
  return { top1: right / Math.max(1, inScope.length), total: inScope.length, misses };
}
