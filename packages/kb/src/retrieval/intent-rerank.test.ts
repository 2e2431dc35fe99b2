import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIntentNotion } from '../analysis/concepts.js';
import { createKnowledgeBase } from '../knowledge-base.js';
import type { Language } from '../types.js';

// The FAQ entries of the shop dev set (issue 20): one phrasing each, in id/pt/en.
const faqs = readFileSync(new URL('../__fixtures__/shop-dev/faq.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [topic, language, question, answer] = l.split('\t') as [string, string, string, string];
    return { topic, language: language as Language, question, answer };
  });
const topicOf = new Map(faqs.map((f) => [f.answer, f.topic]));
const languages: Language[] = ['id', 'pt', 'en', 'es'];

async function shop(phrasings: 'one' | 'several') {
  const kb = createKnowledgeBase({ languages });
  await kb.addFaq(
    faqs.map(({ question, answer, language }) => ({
      question,
      answer,
      language,
      // A second phrasing of each entry: the shape of BANKING77 and CLINC150.
      ...(phrasings === 'several' && { alternatives: [`${question} please`] }),
    })),
  );
  return kb;
}

describe('intent re-rank (notion beats product word)', () => {
  it('AI3: item notions are not intents', () => {
    expect(isIntentNotion('~damaged')).toBe(true);
    expect(isIntentNotion('~refund')).toBe(true);
    expect(isIntentNotion('~bag')).toBe(false);
    expect(isIntentNotion('~order')).toBe(false);
    expect(isIntentNotion('bag')).toBe(false);
  });

  it('AI3: an entry holding the intent passes one that shares only the item', async () => {
    const kb = await shop('one');
    const [first, second] = await kb.search('a mochila veio rasgada, e agora?');
    expect(topicOf.get(first?.answer ?? '')).toBe('damaged-item');
    // The backpack's price entry scored higher on words; the promoted entry takes the
    // first score and the margin to the one it passed is the gap between their scores.
    expect(first!.signals.lexical).toBeLessThan(second!.signals.lexical);
    expect(first!.score).toBeGreaterThan(second!.score);
    const [restock] = await kb.search('will you restock the navy one');
    expect(topicOf.get(restock?.answer ?? '')).toBe('restock');
  });

  it('AI3: a base whose entries have several phrasings keeps its ranking', async () => {
    const kb = await shop('several');
    const hits = await kb.search('a mochila veio rasgada, e agora?');
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) expect(h.score).toBe(h.signals.lexical);
  });

  it('AI3: a copy of the first entry in another language is no rival to promote', async () => {
    const kb = await shop('one');
    const hits = await kb.search('bulk order discount?', { language: 'en' });
    expect(topicOf.get(hits[0]?.answer ?? '')).toBe('reseller');
    expect(hits[0]!.language).toBe('en');
  });
});
