/**
 * Rule: the person to talk to left unsaid after asking who they are ("salesnya siapa? mau
 * ngobrol langsung", "who's the owner? i want to talk directly"): ADR 0660.
 */

import type { RequestWords } from '../human-request-words.js';
import { shopRoles } from './roles.js';
import { askWho } from './who.js';

/** Words that may close the verb's clause: "directly", and what the talk is about. */
const closing = new Set(
  'directly direct personally langsung lgsg lsg direto diretamente pessoalmente directo directamente personalmente about regarding sobre soal tentang mengenai terkait acerca'.split(
    ' ',
  ),
);

/**
 * A role of the shop asked about with who in one clause, and the next clause a want and a
 * verb of reaching with no one after it but "directly" or a subject: the verb's object is
 * the role just asked about. With someone else after the verb ("…mau ngobrol sama bot")
 * or no want ("who's the owner? he talked to me") nothing is asked.
 */
export function unsaidAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const wants = new Set(w.wants);
  const verbs = new Set(w.verbs);
  const lead = new Set([...w.fillers, ...w.selves, 'i', 'saya', 'aku', 'sy', 'eu', 'yo', 'to']);
  let start = 0;
  for (let e = 0; e < words.length; e++) {
    if (!ends.has(e)) continue;
    const clause = words.slice(start, e + 1);
    // Roles read in the clause alone: an own word opening the next clause ("siapa adminnya?
    // saya mau…") does not make the role the customer's.
    const at = shopRoles(clause, w, roles)[0];
    const role = at === undefined ? undefined : start + at;
    if (role !== undefined && clause.some((x) => askWho.has(x))) {
      // The next clause: filler, a want, filler, a verb, then its end or `closing`.
      let k = e + 1;
      while (k < words.length && lead.has(words[k]!) && !wants.has(words[k]!)) k++;
      let v = k + 1;
      while (v < words.length && lead.has(words[v]!)) v++;
      if (
        wants.has(words[k] ?? '') &&
        verbs.has(words[v] ?? '') &&
        (ends.has(v) || closing.has(words[v + 1] ?? ''))
      )
        return `${words[role]} … ${words.slice(k, v + 1).join(' ')}`;
    }
    start = e + 1;
  }
  return undefined;
}
