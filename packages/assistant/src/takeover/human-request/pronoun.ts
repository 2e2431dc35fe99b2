/** Rule: a pronoun standing for a role named in an earlier clause ("let me chat with them"). */

import type { RequestWords } from '../human-request-words.js';
import { lastStart } from './clauses.js';
import { assigned } from './roles.js';
import { verbThenRole } from './verb-role.js';

/**
 * A verb of reaching someone aimed at a pronoun ("let me chat with them", "quero falar
 * com vc") after a want, when a role of the shop (not "my manager") is named in an
 * earlier clause.
 */
export function pronounAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const owns = new Set(w.owns);
  // An own word after the clause's end opens the next clause ("siapa pengelolanya? saya
  // mau bicara sama beliau"), it does not make the role the customer's (ADR 0610).
  const named = words.findIndex(
    (x, i) =>
      roles.has(x) &&
      (assigned.has(x) ||
        (!owns.has(words[i - 1] ?? '') && (ends.has(i) || !owns.has(words[i + 1] ?? '')))),
  );
  if (named < 0) return undefined;
  let clause = named;
  while (!ends.has(clause) && clause < words.length) clause++;
  const wants = new Set([...w.wants, 'let']);
  const after = words.slice(clause + 1);
  // "you" is the shop itself unless the role clause only names someone: "dono da loja,
  // quero falar com vc" asks the owner; "the admin was nice, i want to talk to you" not.
  const between = new Set([...w.roles, ...w.links, ...w.fillers]);
  const vocative = words.slice(0, clause + 1).every((x) => between.has(x));
  const found = verbThenRole(after, w, new Set(vocative ? [...w.pronouns, ...w.yous] : w.pronouns));
  if (!found) return undefined;
  const at = lastStart(after, found);
  const end = at + found.split(' ').length;
  // A want before it, or the customer handed over by the verb itself: "who's your account
  // manager? put me through to them", "me passa pra ele" (ADR 0620).
  const selves = new Set(w.selves);
  const verb = after[at] ?? '';
  // Spanish carries the customer inside the verb: "pásame con él", "comunícame con ella".
  const carried = verb.length >= 6 && /[aeiou]me$/u.test(verb);
  const handed = carried || selves.has(after[at + 1] ?? '') || selves.has(after[at - 1] ?? '');
  return handed || after.slice(Math.max(0, at - 3), end).some((x) => wants.has(x))
    ? `${words[named]} … ${found}`
    : undefined;
}
