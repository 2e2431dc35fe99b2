import type { QueryToken } from '../analysis/analyzer.js';
import { isIntentNotion } from '../analysis/concepts.js';

/**
 * Intent re-rank in a base of single-phrasing FAQ entries (see `preferIntent`): how far
 * under the first hit's score (`intentBand`) and how deep (`intentDepth`) an entry that
 * holds more of the query's intent notions may be to take first place.
 */
const intentBand = 0.1;
const intentDepth = 5;

/**
 * Notion beats product word. Among the first `intentDepth` hits within `intentBand`
 * of the first, the entry holding the most of the query's intent notions (`~damaged`,
 * `~refund`; not the item notions `~bag`, `~order`) takes first place when it holds
 * more of them than the first hit: "a mochila veio rasgada" shares the backpack with
 * the backpack's price entry, but the damage and the arrival with the damaged-item
 * entry. The scores keep their places (the promoted entry takes the first score, the
 * ones it passed move down a place each), so the margin abstention reads is still the
 * gap between the first two scores. Only for single-phrasing bases (see
 * `Retriever.singlePhrasing`): ADR 0330 found a coverage re-rank costs the
 * classifier-backed ones. `held` is the share of the query's tokens marked in `only` that
 * a slot's entry holds; `questionIntents` the intent notions its question names.
 */
export function preferIntent(
  ranking: Array<[number, number]>,
  tokens: QueryToken[],
  held: (slot: number, only: readonly boolean[]) => number,
  questionIntents: (slot: number) => ReadonlySet<string> | undefined,
): Array<[number, number]> {
  const intents = tokens.map((variants) => variants.some(isIntentNotion));
  if (ranking.length < 2 || !intents.includes(true)) return ranking;
  const top = ranking[0]![1];
  const first = held(ranking[0]![0], intents);
  const named = questionIntents(ranking[0]![0]);
  let best = 0;
  let most = first;
  for (let i = 1; i < Math.min(intentDepth, ranking.length); i++) {
    const [slot, score] = ranking[i]!;
    if (score < top - intentBand) break;
    // A question naming the same intents as the first's is that entry in another
    // language (or its near twin): passing it would change no topic, only put a copy
    // in another language first, which the assistant's margin reads as a rival.
    if (sameSet(questionIntents(slot), named)) continue;
    const h = held(slot, intents);
    if (h > most) {
      best = i;
      most = h;
    }
  }
  if (best === 0 && first === 0) return intentOverItem(ranking, intents, held);
  if (best === 0) return ranking;
  const out = ranking.slice();
  out[0] = [ranking[best]![0], top];
  for (let i = 1; i <= best; i++) out[i] = [ranking[i - 1]![0], ranking[i]![1]];
  return out;
}

/**
 * Intent over item: when the first hit holds none of two or more intents the query
 * names ("powerbank jaya sold out, kapan ada lagi": stock and restock, asked of a
 * product whose price entry shares only the product's rare name words), the first entry
 * among the next `intentDepth` that holds every one of them takes first place and the
 * first score, however far under it scored. The entries it passed answer none of what
 * is asked: they keep their order under it, at most at its own score, so the margin
 * the assistant reads is the promoted entry's lead over them.
 */
function intentOverItem(
  ranking: Array<[number, number]>,
  intents: readonly boolean[],
  held: (slot: number, only: readonly boolean[]) => number,
): Array<[number, number]> {
  if (intents.filter(Boolean).length < 2) return ranking;
  let best = 0;
  for (let i = 1; i < Math.min(intentDepth, ranking.length) && best === 0; i++)
    if (held(ranking[i]![0], intents) >= 1 - 1e-9) best = i;
  if (best === 0) return ranking;
  const own = ranking[best]![1];
  const out: Array<[number, number]> = [[ranking[best]![0], ranking[0]![1]]];
  for (let i = 0; i < best; i++) out.push([ranking[i]![0], Math.min(ranking[i]![1], own)]);
  out.push(...ranking.slice(best + 1));
  return out;
}

/** Whether two questions name the same (one or more) intent notions. */
function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b || a.size !== b.size || a.size === 0) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
