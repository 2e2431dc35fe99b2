// The third business of issue 20 (shop-dev3, a phone-and-accessories shop), written in
// round 13 before any tuning on it: top-1 and faqAssistant for dev (d) and held-out (h)
// questions apart, each beside the baselines of the other shops. Misses
// (BENCH_KB_MISSES=1) are printed for dev only.
import { gadgetSet } from './shop-data.js';
import { reportDevAndHeldOut } from './shop-split-figures.js';

export async function gadgetFigures(): Promise<void> {
  await reportDevAndHeldOut(
    gadgetSet,
    "chat-style questions in id/pt/en/es to a third shop's id/pt/en FAQ",
  );
}
