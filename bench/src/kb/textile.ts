// The fourth business of issue 20 (shop-test4, a Muslim-fashion and home-textile shop),
// written in round 13 as a test-only set: its questions are all held out (h), never to be
// analysed or tuned on. Only totals are printed, beside the same baselines as gadget.ts;
// misses are never printed (BENCH_KB_MISSES is ignored here).
import { textileSet } from './shop-data.js';
import { reportTestOnly } from './shop-split-figures.js';

export async function textileFigures(): Promise<void> {
  await reportTestOnly(
    textileSet,
    "chat-style questions in id/pt/en/es to a fourth, test-only shop's id/pt/en FAQ",
  );
}
