// Intent sets as FAQs: each intent of the training split becomes one FAQ entry whose
// phrasings are its training queries; a test query is right when the first hit is its
// intent. Abstention is calibrated on the validation split only, then reported on test.
import { createKnowledgeBase, type Embedder, type KnowledgeSource } from '@parley/kb';
import MiniSearch from 'minisearch';
import { bm25Source } from './bm25-source.js';
import type { IntentSet, Labelled } from './intent-data.js';

export interface Probe {
  label: string;
  /** First hit's intent, score and margin (to the next different intent); undefined: no hit. */
  top?: string;
  score: number;
  margin: number;
}

export async function parleyIntents(
  train: Labelled[],
  embedder?: Embedder,
): Promise<KnowledgeSource> {
  const kb = createKnowledgeBase({ languages: ['en'], ...(embedder && { embedder }) });
  const byLabel = new Map<string, string[]>();
  for (const q of train) byLabel.set(q.label, [...(byLabel.get(q.label) ?? []), q.text]);
  await kb.addFaq(
    [...byLabel].map(([label, texts]) => ({
      question: texts[0]!,
      alternatives: texts.slice(1),
      answer: label,
      language: 'en' as const,
    })),
  );
  return kb;
}

/** Plain BM25 (MiniSearch 7, default settings): one document per training query. */
export function miniSearchIntents(train: Labelled[]): KnowledgeSource {
  const ms = new MiniSearch<Labelled & { id: number }>({ fields: ['text'] });
  ms.addAll(train.map((q, id) => ({ ...q, id })));
  return bm25Source(
    ms,
    train,
    (q) => ({ text: q.label, answer: q.label, language: 'en' }),
    'train',
  );
}

export async function probe(source: KnowledgeSource, queries: Labelled[]): Promise<Probe[]> {
  const out: Probe[] = [];
  for (const q of queries) {
    const hits = await source.search(q.text, { limit: 10 });
    const top = hits[0];
    const next = hits.find((h) => h.answer !== top?.answer);
    out.push({
      label: q.label,
      top: top?.answer,
      score: top?.score ?? 0,
      margin: top ? top.score - (next?.score ?? 0) : 0,
    });
  }
  return out;
}

export function top1(probes: Probe[]): number {
  const inScope = probes.filter((p) => p.label !== 'oos');
  return inScope.filter((p) => p.top === p.label).length / Math.max(1, inScope.length);
}

/** The threshold on `confidence` below which at most `falseRate` of in-scope validation queries fall. */
export function calibrate(
  validation: Probe[],
  confidence: (p: Probe) => number,
  falseRate: number,
): number {
  const values = validation
    .filter((p) => p.label !== 'oos')
    .map(confidence)
    .sort((a, b) => a - b);
  return values[Math.floor(values.length * falseRate)] ?? 0;
}

export function abstention(
  test: Probe[],
  confidence: (p: Probe) => number,
  threshold: number,
): { falseAbstention: number; oosHandedOff: number } {
  const inScope = test.filter((p) => p.label !== 'oos');
  const oos = test.filter((p) => p.label === 'oos');
  return {
    falseAbstention:
      inScope.filter((p) => confidence(p) < threshold).length / Math.max(1, inScope.length),
    oosHandedOff: oos.filter((p) => confidence(p) < threshold).length / Math.max(1, oos.length),
  };
}

export type { IntentSet };
