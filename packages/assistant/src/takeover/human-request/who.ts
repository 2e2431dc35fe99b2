/** Rule: who the customer may reach ("who can I talk to?"), and someone reachable after a role. */

import type { RequestWords } from '../human-request-words.js';
import { clauseEnd, maxLinks, tails } from './clauses.js';

/**
 * Words opening who is reached, the customer as subject included: "someone I could speak
 * with", "alguien con quien hablar", "pessoa com quem eu possa falar".
 */
const whos = new Set('i we who whom quien quem yang yg eu nos yo nosotros'.split(' '));

/** Where a verb of reaching follows a role across helping words ("someone I could speak with"). */
export function reachableAfter(
  words: string[],
  ends: Set<number>,
  role: number,
  w: RequestWords,
): number | undefined {
  const verbs = new Set([...w.verbs, ...w.reach]);
  const between = new Set([...w.links, ...w.modals, ...w.permits, ...w.selves, ...w.owns, ...whos]);
  for (let k = role + 1; k < words.length && k <= role + maxLinks && !ends.has(k - 1); k++) {
    if (verbs.has(words[k]!)) return k;
    if (!between.has(words[k]!)) return undefined;
  }
  return undefined;
}

/** Words asking who: "who's on shift?", "siapa yang online?", "quem tá on?". */
export const askWho = new Set('who siapa quem quien'.split(' '));

/**
 * A question of who the customer may reach, ending its clause: "who can I talk to?",
 * "siapa yg bisa saya hubungi?", "¿con quién puedo hablar?".
 */
export function whoAsked(words: string[], ends: Set<number>, w: RequestWords): string | undefined {
  const after = new Set([...w.fillers, ...w.links, ...tails, ...w.selves]);
  for (let i = 0; i < words.length; i++) {
    if (!askWho.has(words[i]!)) continue;
    const to = reachableAfter(words, ends, i, w);
    if (to === undefined) continue;
    const k = clauseEnd(words, ends, to, after);
    if (ends.has(k)) return words.slice(i, to + 1).join(' ');
  }
  return undefined;
}
