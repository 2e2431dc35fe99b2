/** Roles of the shop, as opposed to the customer's own people. */

import type { RequestWords } from '../human-request-words.js';

/** Where a role of the shop not of the customer ("my manager", "mi jefe") sits. */
export function shopRoles(words: string[], w: RequestWords, roles: Set<string>): number[] {
  const owns = new Set(w.owns);
  const at: number[] = [];
  for (let i = 0; i < words.length; i++)
    if (
      roles.has(words[i]!) &&
      !owns.has(words[i - 1] ?? '') &&
      !owns.has(words[i - 2] ?? '') &&
      !owns.has(words[i + 1] ?? '')
    )
      at.push(i);
  return at;
}
