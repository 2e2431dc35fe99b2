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
  more: string[] = [],
): number | undefined {
  const verbs = new Set([...w.verbs, ...w.reach, ...more]);
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
  const verbs = new Set([...w.verbs, ...w.reach, ...presents]);
  for (let i = 0; i < words.length; i++) {
    if (!askWho.has(words[i]!)) continue;
    // The verb before who, Indonesian order: "saya harus hubungi siapa soal refund?".
    if (
      i > 0 &&
      !ends.has(i - 1) &&
      verbs.has(words[i - 1]!) &&
      closed(words, ends, i, after, true)
    )
      return words.slice(i - 1, i + 1).join(' ');
    const to = reachableAfter(words, ends, teamAfter(words, ends, i, w), w, presents);
    if (to !== undefined && closed(words, ends, to, after, talks.has(words[to]!)))
      return words.slice(i, to + 1).join(' ');
  }
  return undefined;
}

/**
 * First-person present verbs of talking, read as verbs only after who: "com quem eu falo?",
 * "¿con quién hablo?" ask whom to reach; "eu falo com o gerente toda semana" reports (ADR 0610).
 */
const presents = ['falo', 'hablo', 'bicara', 'ngobrol'];
/** Words naming what the customer wants to talk about: "who can I speak to about a refund?". */
const abouts = new Set(
  'about regarding concerning sobre acerca respeito por soal tentang mengenai terkait buat untuk'.split(
    ' ',
  ),
);
/** Words of a team after who: "com quem do setor de vendas posso falar?", "¿con quién de ventas…?". */
const teamWords = new Set('de do da del dari setor area departamento bagian divisi'.split(' '));

/**
 * Verbs of talking, after which who may go on to a subject: "who can I speak with about a
 * refund?" asks for a person to talk to; "who can I call about my luggage" may be anyone.
 */
const talks = new Set(
  'speak talk chat falar falo conversar hablar hablo bicara ngobrol'.split(' '),
);

/** Whether the clause ends after `at` but for filler, or (`about`) goes on to what it is about. */
function closed(
  words: string[],
  ends: Set<number>,
  at: number,
  after: Set<string>,
  about: boolean,
): boolean {
  const k = clauseEnd(words, ends, at, after);
  return ends.has(k) || (about && abouts.has(words[k + 1] ?? ''));
}

/** Where a team named right after who ends ("quem do setor de vendas"), or who itself. */
function teamAfter(words: string[], ends: Set<number>, i: number, w: RequestWords): number {
  if (!teamWords.has(words[i + 1] ?? '') || ends.has(i)) return i;
  // A team or role must follow: in "who do I contact?" the "do" is English.
  const named = new Set([...w.teams, ...w.roles, 'vendas', 'ventas']);
  let k = i;
  let last = i;
  while (k + 1 < words.length && k < i + maxLinks && !ends.has(k)) {
    const x = words[k + 1]!;
    if (!teamWords.has(x) && !named.has(x)) break;
    k++;
    if (named.has(x)) last = k;
  }
  return last;
}
