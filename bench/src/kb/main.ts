// bench/kb: @parley/kb against a default MiniSearch index over the same data, in one run.
// Quality: hit@1, hit@5 and MRR on a multilingual FAQ test set (faq-dataset.json: 90 FAQ
// entries in en/id/pt, 270 paraphrased customer questions). Speed: mixed files ingested
// per second, index build time and query latency at 10k and 100k chunks. Issue 20's
// figures (issue20.ts): the multilingual shop dev set, human requests, BANKING77 and
// CLINC150 (BENCH_KB_SKIP_PUBLIC=1 skips the two public sets; BENCH_KB_ONLY=faq,shop,
// gadget,textile,pets,bakery,modest,furniture,moto,grocery,optical,florist,laundry,human,
// sweep,public,speed
// runs only the parts named; gadget: the third shop, gadget.ts; textile, pets, bakery,
// modest, furniture, moto, grocery, optical, florist and laundry: the businesses written by
// new authors,
// new-businesses.ts (textile, pets, furniture, optical and laundry test-only); sweep: the
// human-request false positives on public queries, human-sweep.ts). BENCH_KB_ONLY=embed
// runs ADR 0490's offline English embedder beside the same bases without it (embed.ts;
// only when named, as it loads a 28 MB model and embeds every query).
import { report } from '../report.js';
import { gadgetFigures } from './gadget.js';
import { humanSweepFigures } from './human-sweep.js';
import { humanFigures, publicFigures, shopFigures } from './issue20.js';
import { businessFigures, newBusinesses } from './new-businesses.js';
import { evaluate, miniSearchAnalysed, miniSearchDefault, parleySource } from './quality.js';
import { measureIngestion, measureSpeed } from './speed.js';

const SIZES = (process.env.BENCH_KB_SIZES ?? '10000,100000').split(',').filter(Boolean).map(Number);
const baselineNote = 'baseline: MiniSearch 7, default settings, same data';
const only = process.env.BENCH_KB_ONLY?.split(',');
const runs = (part: string) => !only || only.includes(part);

if (runs('faq')) await faqFigures();
if (runs('shop')) await shopFigures();
if (runs('gadget')) await gadgetFigures();
for (const business of newBusinesses) if (runs(business.set.name)) await businessFigures(business);
if (runs('human')) humanFigures();
if (runs('public') && !process.env.BENCH_KB_SKIP_PUBLIC) await publicFigures();
if (runs('sweep') && !process.env.BENCH_KB_SKIP_PUBLIC) humanSweepFigures();
if (runs('speed')) await speedFigures();
// Imported only when named: the other parts never load TensorFlow.js.
if (only?.includes('embed')) await (await import('./embed.js')).embedFigures();

async function faqFigures(): Promise<void> {
  const ours = await evaluate(await parleySource());
  const plain = await evaluate(miniSearchDefault());
  const analysed = await evaluate(miniSearchAnalysed());
  const n = ours.total;
  report({
    bench: 'kb.faq.hit_at_1',
    value: ours.hitAt1,
    unit: 'share',
    baseline: plain.hitAt1,
    note: `${n} questions; ${baselineNote}`,
  });
  report({
    bench: 'kb.faq.hit_at_5',
    value: ours.hitAt5,
    unit: 'share',
    baseline: plain.hitAt5,
    note: baselineNote,
  });
  report({
    bench: 'kb.faq.mrr',
    value: ours.mrr,
    unit: 'mrr@10',
    baseline: plain.mrr,
    note: baselineNote,
  });
  for (const lang of ['en', 'id', 'pt'] as const) {
    const o = await evaluate(await parleySource(), [lang]);
    const p = await evaluate(miniSearchDefault(), [lang]);
    report({
      bench: `kb.faq.hit_at_1.${lang}`,
      value: o.hitAt1,
      unit: 'share',
      baseline: p.hitAt1,
      note: `${o.total} questions; ${baselineNote}`,
    });
  }
  report({
    bench: 'kb.faq.hit_at_1.minisearch_with_our_analysers',
    value: analysed.hitAt1,
    unit: 'share',
    baseline: plain.hitAt1,
    note: `ablation: MiniSearch + folding, stop words, Snowball stems of en/id/pt (mrr ${analysed.mrr.toFixed(3)}); ${baselineNote}`,
  });
  if (process.env.BENCH_KB_MISSES)
    for (const m of ours.misses) console.error(m.rank ?? '-', m.question, '→', m.top?.question);
}

async function speedFigures(): Promise<void> {
  const ingestion = await measureIngestion(300);
  report({
    bench: 'kb.ingest.docs_per_s',
    value: ingestion.rate,
    unit: 'docs/s',
    baseline: ingestion.baselineRate,
    note: '300 CSV/Markdown/JSON files parsed, chunked and indexed; baseline indexes the same chunks already cut (no parsing)',
  });

  for (const size of SIZES) {
    const s = await measureSpeed(size);
    const label = `${size / 1000}k`;
    report({
      bench: `kb.build_ms.${label}`,
      value: s.buildMs,
      unit: 'ms',
      baseline: s.baselineBuildMs,
      note: `${s.chunks} chunks from ${size / 100} text files (ingest: detect, chunk, analyse, index); baseline addAll of the same chunk texts`,
    });
    report({
      bench: `kb.query_p50_ms.${label}`,
      value: s.p50,
      unit: 'ms',
      baseline: s.baselineP50,
      note: `1000 queries of 2-5 words (baseline: the first 100), top 10, each the best of 3 runs; ${baselineNote}`,
    });
    report({
      bench: `kb.query_p99_ms.${label}`,
      value: s.p99,
      unit: 'ms',
      baseline: s.baselineP99,
      note: `goal < 5 ms at 100k; best of 3 runs per query; ${baselineNote}`,
    });
  }
}
