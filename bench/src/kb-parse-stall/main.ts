// P-36: how long the host's event loop stalls while the worst uploads we tried are
// parsed in the parser process, beside the loop's own noise over the same time
// (nothing uploaded) and beside parsing inline. Target: under 50 ms.
import { createKnowledgeBase } from '@parley/kb';
import { report } from '../report.js';

/** Longest gap between two turns of the event loop while `work` runs, in ms. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let running = true;
  let worst = 0;
  let last = performance.now();
  const ticker = (async () => {
    while (running) {
      await new Promise((r) => setImmediate(r));
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }
  })();
  await work().catch(() => {});
  running = false;
  await ticker;
  return worst;
}

const idle = (ms: number) => longestStall(() => new Promise((r) => setTimeout(r, ms)));

function csv(rows: number): string {
  const lines = ['sku,name,price,stock'];
  for (let i = 1; i <= rows; i++) lines.push(`SKU-${i},Item number ${i},${1000 + i},${i % 17}`);
  return lines.join('\n');
}

const big = { maxFileBytes: 200 * 1024 * 1024, maxRows: 500_000, maxCells: 1e9 };
const kb = createKnowledgeBase({ limits: big });
const inline = createKnowledgeBase({ limits: big, parser: { worker: false } });
const capped = createKnowledgeBase({ limits: big, parser: { maxMemoryMb: 64 } });
await kb.ingest({ name: 'warm.csv', data: csv(2) });
await capped.ingest({ name: 'warm.csv', data: csv(2) });

// ~40 MB of bytes, as an HTTP upload arrives; refused over maxRows half-way through.
const rows = new TextEncoder().encode(csv(1_000_000));
// 7.8 MB: passes the size check (×4 fits 64 MiB), then needs far more than 64 MiB.
const growing = new TextEncoder().encode(`[${'{},'.repeat(2_600_000)}{}]`);
(globalThis as { gc?: () => void }).gc?.();
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const [name, run, base] of [
  ['csv-1m-rows', () => kb.ingest({ name: 'rows.csv', data: rows }), 'idle'],
  ['json-grows-past-heap-cap', () => capped.ingest({ name: 'grows.json', data: growing }), 'idle'],
] as const) {
  const stalls: number[] = [];
  const noise: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    stalls.push(await longestStall(run));
    noise.push(await idle(performance.now() - t0));
  }
  report({
    bench: `kb-parse-stall.${name}`,
    value: median(stalls),
    unit: 'ms',
    baseline: median(noise),
    note: `longest event-loop gap while parsing in the parser process (median of ${RUNS}); baseline: the loop idle for as long (${base})`,
  });
}

const inlineStall = await longestStall(() => inline.ingest({ name: 'rows.csv', data: rows }));
const processStall = await longestStall(() => kb.ingest({ name: 'rows.csv', data: rows }));
report({
  bench: 'kb-parse-stall.csv-1m-rows-vs-inline',
  value: processStall,
  unit: 'ms',
  baseline: inlineStall,
  note: 'longest event-loop gap: parser process (value) vs the same parse inline on the host (baseline)',
});
process.exit(0);
