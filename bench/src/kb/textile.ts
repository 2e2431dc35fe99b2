// The fourth business of issue 20 (shop-test4, a Muslim-fashion and home-textile shop),
// written in round 13 as a test-only set: its questions are all held out (h), never to be
// analysed or tuned on. Only totals are printed, beside the same baselines as gadget.ts;
// misses are never printed (BENCH_KB_MISSES is ignored here).
import { calibrationFigures } from './issue20.js';
import { shopKb, shopMiniSearch } from './shop.js';
import { textileSet as set } from './shop-data.js';
import { reportShopSplit } from './shop-split-figures.js';

export async function textileFigures(): Promise<void> {
  const started = performance.now();
  const kb = await shopKb(set);
  await calibrationFigures(kb, 'textile', performance.now() - started);
  await reportShopSplit({
    set,
    kb,
    plain: shopMiniSearch(set),
    questions: set.questions.filter((q) => q.split === 'h'),
    split: 'heldout',
    about: "chat-style questions in id/pt/en/es to a fourth, test-only shop's id/pt/en FAQ",
  });
}
