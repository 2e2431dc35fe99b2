// Ingestion throughput, index build time and query latency of @parley/kb beside a
// default MiniSearch index over the very same chunks, measured in the same process.
import { createKnowledgeBase, type KnowledgeBase } from '@parley/kb';
import MiniSearch from 'minisearch';
import { percentile } from '../report.js';
import { type Corpus, makeCorpus, makeQueries } from './corpus.js';

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const PER_DOCUMENT = 100;

export interface SpeedFigures {
  chunks: number;
  buildMs: number;
  baselineBuildMs: number;
  p50: number;
  p99: number;
  baselineP50: number;
  baselineP99: number;
}

function documentsOf(corpus: Corpus): string[] {
  const docs: string[] = [];
  for (let i = 0; i < corpus.chunks.length; i += PER_DOCUMENT) {
    docs.push(
      corpus.chunks
        .slice(i, i + PER_DOCUMENT)
        .map((c) => c.text)
        .join('\n\n'),
    );
  }
  return docs;
}

/** Repeats per query: the best of them is the query's cost without scheduler noise. */
const REPEATS = 3;

/** Per-query latency, the best of `REPEATS` runs, after `warmUp` queries. */
async function latencies(
  run: (q: string) => unknown,
  queries: string[],
  warmUp: number,
): Promise<number[]> {
  for (const q of queries.slice(0, warmUp)) await run(q);
  const samples: number[] = [];
  for (const q of queries.slice(warmUp)) {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < REPEATS; r++) {
      const started = performance.now();
      await run(q);
      best = Math.min(best, performance.now() - started);
    }
    samples.push(best);
  }
  return samples;
}

/** Builds both indexes over `size` chunks (text files of 100 paragraphs) and queries them. */
export async function measureSpeed(size: number): Promise<SpeedFigures> {
  const corpus = makeCorpus(size);
  const docs = documentsOf(corpus);
  const queries = makeQueries(corpus, 1200);

  gc();
  let started = performance.now();
  const kb: KnowledgeBase = createKnowledgeBase({
    languages: ['en', 'id', 'pt'],
    // One paragraph per chunk, so both indexes hold exactly the same chunks.
    chunking: { maxChars: 400, overlapChars: 0 },
  });
  for (let i = 0; i < docs.length; i++) await kb.ingest({ name: `doc-${i}.txt`, data: docs[i]! });
  const buildMs = performance.now() - started;
  const chunks = (await kb.documents()).reduce((n, d) => n + d.chunks, 0);
  if (chunks !== size) throw new Error(`expected ${size} chunks, indexed ${chunks}`);

  gc();
  started = performance.now();
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(corpus.chunks.map((c, id) => ({ id, text: c.text })));
  const baselineBuildMs = performance.now() - started;

  gc();
  const ours = await latencies((q) => kb.search(q, { limit: 10 }), queries, 200);
  gc();
  // MiniSearch returns every match (queries keep their stop words), taking 100 times
  // longer: the first 100 of the same queries keep the run within a couple of minutes.
  const theirs = await latencies((q) => ms.search(q).slice(0, 10), queries.slice(0, 110), 10);
  return {
    chunks,
    buildMs,
    baselineBuildMs,
    p50: percentile(ours, 50),
    p99: percentile(ours, 99),
    baselineP50: percentile(theirs, 50),
    baselineP99: percentile(theirs, 99),
  };
}

/** Mixed real files (CSV price lists, Markdown guides, JSON catalogues) ingested per second. */
export async function measureIngestion(
  files: number,
): Promise<{ rate: number; baselineRate: number }> {
  const corpus = makeCorpus(files * 30, 3);
  const words = (i: number) => corpus.chunks[i % corpus.chunks.length]!.words;
  const inputs: Array<{ name: string; data: string }> = [];
  for (let f = 0; f < files; f++) {
    const base = f * 30;
    if (f % 3 === 0) {
      const rows = Array.from(
        { length: 30 },
        (_, r) =>
          `${words(base + r)
            .slice(0, 3)
            .join(' ')};${1000 + r};${r % 7}`,
      );
      inputs.push({ name: `prices-${f}.csv`, data: ['produto;preço;estoque', ...rows].join('\n') });
    } else if (f % 3 === 1) {
      const sections = Array.from(
        { length: 10 },
        (_, s) =>
          `## ${words(base + s)[0]}\n\n${corpus.chunks[base + s]!.text}\n\n${corpus.chunks[base + s + 10]!.text}`,
      );
      inputs.push({ name: `guide-${f}.md`, data: `# Guide ${f}\n\n${sections.join('\n\n')}` });
    } else {
      const records = Array.from({ length: 30 }, (_, r) => ({
        sku: `S${f}-${r}`,
        name: words(base + r)
          .slice(0, 3)
          .join(' '),
        details: { notes: corpus.chunks[base + r]!.text },
      }));
      inputs.push({ name: `catalogue-${f}.json`, data: JSON.stringify({ products: records }) });
    }
  }
  gc();
  const kb = createKnowledgeBase({ languages: ['en', 'id', 'pt'] });
  let started = performance.now();
  for (const file of inputs) await kb.ingest(file);
  const rate = files / ((performance.now() - started) / 1000);
  // The baseline indexes the same chunks, already cut: no parsing, detection or chunking.
  const snapshot = await kb.snapshot();
  gc();
  started = performance.now();
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  let id = 0;
  for (const doc of snapshot.documents)
    ms.addAll(doc.chunks.map((c) => ({ id: id++, text: c.text })));
  const baselineRate = files / ((performance.now() - started) / 1000);
  return { rate, baselineRate };
}
