// hit@1, hit@5 and MRR on the multilingual FAQ test set, for @parley/kb and for
// MiniSearch over the same FAQ entries: with default settings (the baseline) and with
// folding, stop words and the same Snowball stemmers plugged into it (an ablation that
// tells whether a library index with our analysers would do as well).
import { readFileSync } from 'node:fs';
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as id } from '@orama/stemmers/indonesian';
import { stemmer as pt } from '@orama/stemmers/portuguese';
import { stopwords as enStop } from '@orama/stopwords/english';
import { stopwords as idStop } from '@orama/stopwords/indonesian';
import { stopwords as ptStop } from '@orama/stopwords/portuguese';
import {
  createKnowledgeBase,
  type Embedder,
  evaluateRetrieval,
  type KnowledgeSource,
  type RetrievalCase,
  type RetrievalReport,
} from '@parley/kb';
import MiniSearch from 'minisearch';
import { bm25Source } from './bm25-source.js';

type Lang = 'en' | 'id' | 'pt';
interface Faq {
  topic: string;
  lang: Lang;
  question: string;
  answer: string;
}
interface Dataset {
  faqs: Faq[];
  questions: Array<{ topic: string; lang: Lang; question: string }>;
}

export const dataset: Dataset = JSON.parse(
  readFileSync(new URL('./faq-dataset.json', import.meta.url), 'utf8'),
);

const key = (f: { topic: string; lang: string }) => `${f.topic}/${f.lang}`;

export function cases(langs?: Lang[]): RetrievalCase[] {
  const byKey = new Map(dataset.faqs.map((f) => [key(f), f.question]));
  return dataset.questions
    .filter((q) => !langs || langs.includes(q.lang))
    .map((q) => ({ question: q.question, expected: { question: byKey.get(key(q))! } }));
}

export async function parleySource(embedder?: Embedder): Promise<KnowledgeSource> {
  const kb = createKnowledgeBase({ languages: ['en', 'id', 'pt'], ...(embedder && { embedder }) });
  await kb.addFaq(
    dataset.faqs.map((f) => ({ question: f.question, answer: f.answer, language: f.lang })),
  );
  return kb;
}

function miniSearchSource(ms: MiniSearch<Faq & { id: number }>): KnowledgeSource {
  return bm25Source(ms, dataset.faqs, (f) => ({
    text: f.question,
    question: f.question,
    language: f.lang,
  }));
}

const docs = () => dataset.faqs.map((f, i) => ({ ...f, id: i }));

export function miniSearchDefault(): KnowledgeSource {
  const ms = new MiniSearch<Faq & { id: number }>({
    fields: ['question', 'answer'],
  });
  ms.addAll(docs());
  return miniSearchSource(ms);
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const stemmers = [en, id, pt];
const stop = new Set([...enStop, ...idStop, ...ptStop].map(fold));

export function miniSearchAnalysed(): KnowledgeSource {
  const ms = new MiniSearch<Faq & { id: number }>({
    fields: ['question', 'answer'],
    // MiniSearch has one pipeline for every language: stems of all three, stop words of all three.
    processTerm: (term) => {
      const folded = fold(term);
      if (stop.has(folded)) return null;
      return [...new Set(stemmers.map((s) => fold(s(term.toLowerCase()))))];
    },
    searchOptions: { boost: { question: 1.5 } },
  });
  ms.addAll(docs());
  return miniSearchSource(ms);
}

export function evaluate(source: KnowledgeSource, langs?: Lang[]): Promise<RetrievalReport> {
  return evaluateRetrieval(source, cases(langs), { k: 10 });
}
