// The fifth business of issue 20 (shop-test5, a pet-supplies shop with grooming and
// boarding), written in round 18 by a new author as a test-only set: its questions are all
// held out (h), never to be analysed or tuned on. Only totals are printed, beside the same
// baselines as gadget.ts; misses are never printed (BENCH_KB_MISSES is ignored here).
import { calibrationFigures } from './issue20.js';
import { shopKb, shopMiniSearch } from './shop.js';
import { petsSet as set } from './shop-data.js';
import { reportShopSplit } from './shop-split-figures.js';

export async function petsFigures(): Promise<void> {
  const started = performance.now();
  const kb = await shopKb(set);
  await calibrationFigures(kb, 'pets', performance.now() - started);
  await reportShopSplit({
    set,
    kb,
    plain: shopMiniSearch(set),
    questions: set.questions.filter((q) => q.split === 'h'),
    split: 'heldout',
    about: "chat-style questions in id/pt/en/es to a fifth, test-only shop's id/pt/en FAQ",
  });
}
