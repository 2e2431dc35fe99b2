// The sixth business of issue 20 (shop-dev6, a bakery and cake-order shop), written in
// round 18 by a new author before any tuning on it: top-1 and faqAssistant for dev (d) and
// held-out (h) questions apart, each beside the baselines of the other shops. Misses
// (BENCH_KB_MISSES=1) are printed for dev only.
import { bakerySet } from './shop-data.js';
import { reportDevAndHeldOut } from './shop-split-figures.js';

export async function bakeryFigures(): Promise<void> {
  await reportDevAndHeldOut(
    bakerySet,
    "chat-style questions in id/pt/en/es to a sixth shop's (a bakery's) id/pt/en FAQ",
  );
}
