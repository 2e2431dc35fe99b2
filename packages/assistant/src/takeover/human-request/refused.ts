/** Rule: the customer refusing the bot ("I don't want to talk to a bot"), which asks for a person (ADR 0520). */

import type { RequestWords } from '../human-request-words.js';
import { bots } from './bare.js';

/** What a folded "don't" leaves beside the negation: "don t want". */
const contractions = new Set(['t', 'nt']);
/** Words of "any more" around the refusal: "not talking to a bot anymore", "não quero mais falar com robô". */
const again = new Set('anymore again lagi mais mas'.split(' '));

/**
 * A negated want of the bot, across a verb of talking and linking words, ending its clause:
 * "I don't want to talk to a bot", "gak mau ngobrol sama robot", "não quero falar com
 * robô", "no quiero hablar con una máquina". Only someone else is left to talk to, so the
 * customer asks for a person; this is read before the declined check, which would take the
 * negation as declining. "I don't want the bot to email me" names more after the bot and
 * is not read.
 */
export function botRefused(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
): string | undefined {
  const negations = new Set(w.negations);
  const wants = new Set(w.wants);
  const between = new Set([...w.verbs, ...w.links, ...again]);
  const after = new Set([...w.fillers, ...again]);
  for (let i = 0; i < words.length; i++) {
    if (!negations.has(words[i]!) || ends.has(i)) continue;
    let j = i + 1;
    while (contractions.has(words[j] ?? '') && !ends.has(j - 1)) j++;
    if (!wants.has(words[j] ?? '') || ends.has(j)) continue;
    j++;
    while (j < words.length && !ends.has(j - 1) && between.has(words[j]!) && !bots.has(words[j]!))
      j++;
    if (!bots.has(words[j] ?? '') || (j > 0 && ends.has(j - 1))) continue;
    let k = j;
    while (!ends.has(k) && k + 1 < words.length && after.has(words[k + 1]!)) k++;
    if (ends.has(k)) return words.slice(i, j + 1).join(' ');
  }
  return undefined;
}
