/** Rule: the customer wanting their case handled by a role of the shop ("mau diurus admin aja"). */

import type { RequestWords } from '../human-request-words.js';
import { verbThenRole } from './verb-role.js';

/**
 * Indonesian passives of handling a case ("diurus", "ditangani", "diproses"): after a want
 * and before a role, the case handed to that person, as "dilayani admin" is ("mau diurus
 * admin aja", "minta ditangani oleh cs langsung"). Without a want they say how the shop
 * works ("pesanan diproses admin dalam 1x24 jam"), so they are no verbs of the word table
 * (ADR 0620).
 */
const handledForms = new Set(
  'diurus diurusin ditangani ditanganin diproses diprosesin dihandle dipegang'.split(' '),
);

/** A want, then within two words a passive of handling aimed at a role of the shop. */
export function handledAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const wants = new Set(w.wants);
  for (let h = 1; h < words.length; h++) {
    if (!handledForms.has(words[h]!)) continue;
    let wanted = false;
    for (let k = h - 1; k >= 0 && k >= h - 2 && !ends.has(k); k--)
      if (wants.has(words[k]!)) wanted = true;
    if (!wanted) continue;
    // Read as the verb of being served, which the table has: "dilayani admin".
    const found = verbThenRole(['dilayani', ...words.slice(h + 1)], w, roles);
    if (found?.startsWith('dilayani ')) return [words[h], ...found.split(' ').slice(1)].join(' ');
  }
  return undefined;
}
