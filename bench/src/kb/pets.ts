// The fifth business of issue 20 (shop-test5, a pet-supplies shop with grooming and
// boarding), written in round 18 by a new author as a test-only set: its questions are all
// held out (h), never to be analysed or tuned on. Only totals are printed, beside the same
// baselines as gadget.ts; misses are never printed (BENCH_KB_MISSES is ignored here).
import { petsSet } from './shop-data.js';
import { reportTestOnly } from './shop-split-figures.js';

export async function petsFigures(): Promise<void> {
  await reportTestOnly(
    petsSet,
    "chat-style questions in id/pt/en/es to a fifth, test-only shop's id/pt/en FAQ",
  );
}
