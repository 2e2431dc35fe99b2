// ADR 0490: an offline embedding model from npm (USE Lite, English, through
// use-embedder.ts) plugged into @parley/kb's `embedder` option, each figure beside the
// same base without it in the same run. English rows only: BANKING77 and CLINC150 (a
// fixed, seeded subsample of test and validation, BENCH_KB_EMBED_SAMPLE=0 for the full
// sets), the English dev questions of the three shops (split d only) and of the FAQ test
// set; embedding speed and build time. BENCH_KB_ONLY=embed runs it (BENCH_KB_EMBED_ABLATION=1
// adds the per-query and vector-only ablations).
import { createKnowledgeBase, evaluateRetrieval, type KnowledgeSource } from '@parley/kb';
import { report } from '../report.js';
import type { IntentSet, Labelled } from './intent-data.js';
import { banking77, clinc150 } from './intent-data.js';
import { abstention, parleyIntents, probe, top1 } from './intents.js';
import { evaluate, parleySource } from './quality.js';
import { shopKb, shopTop1 } from './shop.js';
import { gadgetSet, type ShopSet, shopSet, skincareSet } from './shop-data.js';
import { cachedEmbedder, loadUseModel, useEmbedder } from './use-embedder.js';

const SAMPLE = Number(process.env.BENCH_KB_EMBED_SAMPLE ?? 1000);
const without =
  'baseline: the same base without an embedder (lexical + entry classifier), same run';
/** Remembers vectors, so each query is embedded once across the bases compared. */
const embedder = cachedEmbedder();

export async function embedFigures(): Promise<void> {
  await speedFigures();
  for (const set of [shopSet, skincareSet, gadgetSet]) await shopFigures(set);
  const en = await evaluate(await parleySource(embedder), ['en']);
  const enPlain = await evaluate(await parleySource(), ['en']);
  report({
    bench: 'kb.embed.faq.hit_at_1.en',
    value: en.hitAt1,
    unit: 'share',
    baseline: enPlain.hitAt1,
    note: `${en.total} English questions of the FAQ test set (mrr ${en.mrr.toFixed(3)} vs ${enPlain.mrr.toFixed(3)}); ${without}`,
  });
  for (const set of [banking77(), clinc150()]) {
    if (!set) {
      console.error('kb: BANKING77/CLINC150 files absent from bench/data; skipped');
      continue;
    }
    await intentFigures(set);
  }
}

async function speedFigures(): Promise<void> {
  let started = performance.now();
  await loadUseModel();
  const loadMs = performance.now() - started;
  const texts = (clinc150()?.train ?? shopSet.questions)
    .slice(0, 640)
    .map((q) => ('text' in q ? q.text : q.question));
  const raw = useEmbedder();
  await raw.embed(texts.slice(0, 8));
  started = performance.now();
  for (let i = 0; i < texts.length; i += 64) await raw.embed(texts.slice(i, i + 64));
  const batched = texts.length / ((performance.now() - started) / 1000);
  started = performance.now();
  for (const t of texts.slice(0, 100)) await raw.embed([t]);
  const single = 100 / ((performance.now() - started) / 1000);
  report({
    bench: 'kb.embed.sentences_per_s',
    value: batched,
    unit: 'sentences/s',
    baseline: single,
    note: `USE Lite (512 dims, TensorFlow.js WebAssembly backend), ${texts.length} short queries in batches of 64 (ingestion); baseline: one sentence per call (a search's query); model load ${Math.round(loadMs)} ms`,
  });
}

async function shopFigures(set: ShopSet): Promise<void> {
  const qs = set.questions.filter((q) => q.split === 'd' && q.lang === 'en');
  let started = performance.now();
  const kb = await shopKb(set, embedder);
  const embedMs = performance.now() - started;
  started = performance.now();
  const plain = await shopKb(set);
  const plainMs = performance.now() - started;
  if (set === shopSet)
    report({
      bench: 'kb.embed.shop.build_ms',
      value: embedMs,
      unit: 'ms',
      baseline: plainMs,
      note: `${set.faqs.length} FAQ entries (id/pt/en) added with the embedder (every entry embedded); ${without}`,
    });
  const ours = await shopTop1(kb, qs, set.topicOf);
  const base = await shopTop1(plain, qs, set.topicOf);
  report({
    bench: `kb.embed.${set.name}.hit_at_1.dev_en`,
    value: ours.top1,
    unit: 'share',
    baseline: base.top1,
    note: `${ours.total} English dev questions to the ${set.name} FAQ (id/pt/en entries, all embedded); ${without}`,
  });
  if (process.env.BENCH_KB_MISSES) for (const m of ours.misses) console.error(set.name, m);
  const inScope = qs.filter((q) => q.topic !== 'none');
  const vectorOnly = await nearest(
    inScope.map((q) => q.question),
    set.faqs.map((f) => `${f.question}\n${f.answer}`),
  );
  report({
    bench: `kb.embed.${set.name}.vector_only_hit_at_1.dev_en`,
    value:
      inScope.filter((q, i) => set.faqs[vectorOnly[i]!]!.topic === q.topic).length /
      Math.max(1, inScope.length),
    unit: 'share',
    baseline: base.top1,
    note: `ablation: the entry whose vector is nearest the question's, nothing else; ${without}`,
  });
  if (set !== shopSet) return;
  // Timed on a base whose embedder remembers nothing: every search embeds its query.
  const uncached = await shopKb(set, useEmbedder());
  const latency = async (source: KnowledgeSource) => {
    const times: number[] = [];
    for (const q of qs) {
      const t = performance.now();
      await source.search(q.question, { limit: 5 });
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  };
  report({
    bench: 'kb.embed.shop.query_p50_ms',
    value: await latency(uncached),
    unit: 'ms',
    baseline: await latency(plain),
    note: `median search time over the ${qs.length} English dev questions, the query embedded on each search; ${without}`,
  });
}

/** A fixed subsample (seeded shuffle, then the first n), or everything when n is 0. */
function sample<T>(items: T[], n: number, seed: number): T[] {
  if (n <= 0 || n >= items.length) return items;
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** For each query, the index of the document whose vector is nearest (cosine). */
async function nearest(queries: string[], docs: string[]): Promise<number[]> {
  const unit = (v: ArrayLike<number>) => {
    const a = Float32Array.from(v);
    const norm = Math.hypot(...a) || 1;
    return a.map((x) => x / norm);
  };
  const d = (await embedder.vectorsOf(docs)).map(unit);
  return (await embedder.vectorsOf(queries)).map(unit).map((q) => {
    let best = 0;
    let bestScore = -Infinity;
    d.forEach((v, i) => {
      let s = 0;
      for (let k = 0; k < v.length; k++) s += v[k]! * q[k]!;
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    return best;
  });
}

/** One FAQ entry per training query (no alternatives), so that every phrasing is embedded. */
async function perQuery(train: Labelled[], withEmbedder: boolean): Promise<KnowledgeSource> {
  const kb = createKnowledgeBase({ languages: ['en'], ...(withEmbedder && { embedder }) });
  await kb.addFaq(
    train.map((q) => ({ question: q.text, answer: q.label, language: 'en' as const })),
  );
  return kb;
}

async function intentFigures(set: IntentSet): Promise<void> {
  const inScopeTest = sample(
    set.test.filter((q) => q.label !== 'oos'),
    SAMPLE,
    77,
  );
  const oosTest = sample(
    set.test.filter((q) => q.label === 'oos'),
    SAMPLE / 2,
    78,
  );
  const test = [...inScopeTest, ...oosTest];
  const sampled = SAMPLE > 0 ? `seeded subsample of ${test.length} test queries` : 'full test';
  let started = performance.now();
  const ours = await parleyIntents(set.train, embedder);
  await ours.search('hello');
  const oursMs = performance.now() - started;
  started = performance.now();
  const plain = await parleyIntents(set.train);
  await plain.search('hello');
  const plainMs = performance.now() - started;
  report({
    bench: `kb.embed.${set.name}.build_and_train_ms`,
    value: oursMs,
    unit: 'ms',
    baseline: plainMs,
    note: `${set.train.length} training queries as ${new Set(set.train.map((q) => q.label)).size} FAQ entries (the entry's first query and intent name embedded; its other phrasings are not), then the first search; ${without}`,
  });
  const testOurs = await probe(ours, test);
  const testPlain = await probe(plain, test);
  report({
    bench: `kb.embed.${set.name}.top1`,
    value: top1(testOurs),
    unit: 'share',
    baseline: top1(testPlain),
    note: `${sampled} (${inScopeTest.length} in scope); ${without}`,
  });
  if (process.env.BENCH_KB_EMBED_ABLATION) await perQueryFigures(set, inScopeTest, top1(testPlain));
  if (oosTest.length === 0) return;
  const validation = sample(
    set.validation.filter((q) => q.label !== 'oos'),
    SAMPLE,
    79,
  );
  const threshold = async (source: KnowledgeSource, queries: Labelled[]) =>
    (
      await evaluateRetrieval(
        source,
        queries.map((q) => ({ question: q.text, expected: { textIncludes: `\n${q.label}` } })),
        { falseAbstention: 0.08 },
      )
    ).calibration?.minScore ?? 0.4;
  const mineAt = await threshold(ours, validation);
  const plainAt = await threshold(plain, validation);
  const mine = abstention(testOurs, (p) => p.score, mineAt);
  const base = abstention(testPlain, (p) => p.score, plainAt);
  report({
    bench: `kb.embed.${set.name}.oos_handed_off`,
    value: mine.oosHandedOff,
    unit: 'share',
    baseline: base.oosHandedOff,
    note: `${oosTest.length} out-of-scope test queries; minScore ${mineAt} (baseline ${plainAt}) from evaluateRetrieval over ${validation.length} in-scope validation queries at 8% false abstention; ${without}`,
  });
  report({
    bench: `kb.embed.${set.name}.false_abstention`,
    value: mine.falseAbstention,
    unit: 'share',
    baseline: base.falseAbstention,
    note: `in-scope test queries below minScore; ${without}`,
  });
}

/**
 * Ablations (BENCH_KB_EMBED_ABLATION=1; embeds every training query, minutes on 2 cores):
 * one FAQ entry per training query, with and without the embedder, and 1-NN by vector alone.
 */
async function perQueryFigures(
  set: IntentSet,
  inScopeTest: Labelled[],
  plainTop1: number,
): Promise<void> {
  // Every training query its own entry: each phrasing gets a vector (but no entry classifier).
  const started = performance.now();
  const each = await perQuery(set.train, true);
  await each.search('hello');
  const eachMs = performance.now() - started;
  const eachPlain = await perQuery(set.train, false);
  const eachOurs = await probe(each, inScopeTest);
  report({
    bench: `kb.embed.${set.name}.per_query_entries.top1`,
    value: top1(eachOurs),
    unit: 'share',
    baseline: top1(await probe(eachPlain, inScopeTest)),
    note: `ablation: one FAQ entry per training query, so every phrasing is embedded (${Math.round(eachMs / 1000)} s to build); baseline: the same entries without an embedder`,
  });
  const near = await nearest(
    inScopeTest.map((q) => q.text),
    set.train.map((q) => `${q.text}\n${q.label}`),
  );
  report({
    bench: `kb.embed.${set.name}.vector_only_top1`,
    value:
      inScopeTest.filter((q, i) => set.train[near[i]!]!.label === q.label).length /
      Math.max(1, inScopeTest.length),
    unit: 'share',
    baseline: plainTop1,
    note: `ablation: the label of the nearest training query by vector alone (1-NN over ${set.train.length}); ${without}`,
  });
}
