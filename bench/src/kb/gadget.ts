// The third business of issue 20 (shop-dev3, a phone-and-accessories shop), written in
// round 13 before any tuning on it: top-1 and faqAssistant for dev (d) and held-out (h)
// questions apart, each beside the baselines of the other shops. Misses
// (BENCH_KB_MISSES=1) are printed for dev only.
import { calibrationFigures } from './issue20.js';
import { shopKb, shopMiniSearch } from './shop.js';
import { gadgetSet as set } from './shop-data.js';
import { reportShopSplit } from './shop-split-figures.js';

export async function gadgetFigures(): Promise<void> {
  const started = performance.now();
  const kb = await shopKb(set);
  await calibrationFigures(kb, 'gadget', performance.now() - started);
  const plain = shopMiniSearch(set);
  for (const [split, name] of [
    ['d', 'dev'],
    ['h', 'heldout'],
  ] as const) {
    await reportShopSplit({
      set,
      kb,
      plain,
      questions: set.questions.filter((q) => q.split === split),
      split: name,
      about: "chat-style questions in id/pt/en/es to a third shop's id/pt/en FAQ",
      misses: Boolean(process.env.BENCH_KB_MISSES) && split === 'd',
    });
  }
}
