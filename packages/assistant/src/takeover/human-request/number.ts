/** Rule: a way of reaching a role of the shop ("the number of an agent"). */

import type { RequestWords } from '../human-request-words.js';
import { keepsForLater } from './asides.js';
import { maxLinks } from './clauses.js';
import { shopRoles } from './roles.js';

/** Words for anybody, not a role of the shop. */
const anyone = new Set(
  'person people someone somebody anyone human humans pessoa gente alguem humano humana persona alguien orang org manusia seseorang uwong wong'.split(
    ' ',
  ),
);

/**
 * A way of reaching someone, then a role of the shop within a few linking words: "the
 * number of an agent", "minta nomor cs nya", "me passa o whatsapp de um vendedor".
 */
export function numberAsked(
  words: string[],
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  // A number kept for another time ("para tenerlo guardado", "just to save it") asks
  // nobody now (ADR 0660).
  if (keepsForLater(words)) return undefined;
  const numbers = new Set(w.numbers);
  const between = new Set([...w.links, ...w.fillers, ...w.numbers]);
  // "the phone of the person who receives it" is not asking for a person of the shop.
  const shop = new Set(shopRoles(words, w, roles).filter((i) => !anyone.has(words[i]!)));
  for (let i = 0; i < words.length; i++) {
    if (!numbers.has(words[i]!)) continue;
    for (let j = i + 1; j < words.length && j <= i + 1 + maxLinks; j++) {
      if (shop.has(j)) return words.slice(i, j + 1).join(' ');
      if (!between.has(words[j]!)) break;
    }
  }
  return undefined;
}
