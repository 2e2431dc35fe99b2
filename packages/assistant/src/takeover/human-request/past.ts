/** A message reporting the past, which asks only if it also wants or opens a new request; issue 20, ADRs 0390–0440. */

import { type RequestWords, requestWords } from '../human-request-words.js';
import { lastStart } from './clauses.js';

/** Markers of the past and of wanting, of all four languages. */
const pastWords = new Set(Object.values(requestWords).flatMap((w) => w.past));
export const wantWords = new Set(Object.values(requestWords).flatMap((w) => w.wants));

/** Words that may lead an imperative after a report: "just get me a human", "solo pásame", "langsung aja sambungin". */
const justs = new Set(
  'just only simply so solo solamente apenas langsung lgsg pokoknya'.split(' '),
);

/** The rules that find a request in words, tried again on what follows a report. */
type Ask = (
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
) => string | undefined;

/** Whether a request found is declined (`declined()` of declined.ts, passed in to keep imports acyclic). */
type Refused = (words: string[], ends: Set<number>, phrase: string, w: RequestWords) => boolean;

/** The request `asked` unless the message only reports it, or a request opened after the report. */
export function askedDespiteReport(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
  asked: string,
  askedIn: Ask,
  declined: Refused = () => false,
): string | undefined {
  // Markers of the past and of wanting count in any language: an Indonesian report
  // ("tadi udah chat admin") stays a report when the English words match it. A request
  // opened after the last marker ("it came torn last week, can someone call me", "tadi
  // udah chat admin, bisa sambungin ke admin lain?") stands.
  // "já" ending its clause means now ("atendente humano já"), not already.
  const markers = words.flatMap((x, i) =>
    pastWords.has(x) && !(x === 'ja' && ends.has(i)) ? [i] : [],
  );
  const past = markers.at(-1) ?? -1;
  const verbs = new Set(w.verbs);
  const leads = new Set([...w.fillers, ...w.selves, ...justs]);
  if (past < 0 || words.some((x) => wantWords.has(x))) return asked;
  const before = askedBeforeReport(words, ends, w, roles, markers[0]!, askedIn, declined);
  if (before) return before;
  for (let k = past + 1; k < words.length; k++) {
    // An opener, or a clause opened by a verb, filler and "just" aside: "that's not what I
    // asked. let me talk to…", "I've explained this four times already, just get me a
    // human", "já falei ontem, só me passa pra um atendente".
    let start = k;
    while (start > past + 1 && !ends.has(start - 1) && leads.has(words[start - 1]!)) start--;
    const clauseVerb = ends.has(start - 1) && (verbs.has(words[k]!) || words[k] === 'let');
    if (!w.opens.includes(words[k]!) && !clauseVerb) continue;
    const later = new Set([...ends].filter((e) => e >= k).map((e) => e - k));
    const opened = askedIn(words.slice(k), later, w, roles);
    if (opened) return opened;
  }
  return undefined;
}

/**
 * A request asked in a clause of its own before any marker of the past, opened as a request
 * (an opener, leave, "is there", or a verb first, filler, "me" and "just" aside): what follows says how long
 * the customer has waited, it does not report the request ("bisa sambungin ke admin? paket
 * aku udah seminggu belum nyampe", "kindly connect me to an executive, I have been waiting
 * since morning", "há alguém que me possa atender? já estou aqui há imenso tempo").
 */
function askedBeforeReport(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
  firstPast: number,
  askedIn: Ask,
  declined: Refused,
): string | undefined {
  const cut = Math.max(-1, ...[...ends].filter((e) => e < firstPast));
  if (cut < 0) return undefined;
  const before = words.slice(0, cut + 1);
  const beforeEnds = new Set([...ends].filter((e) => e <= cut));
  const asked = askedIn(before, beforeEnds, w, roles);
  if (!asked) return undefined;
  const phrase = asked.split(' … ')[0]!;
  const start = lastStart(before, phrase);
  if (start < 0 || declined(before, beforeEnds, phrase, w)) return undefined;
  const last = start + phrase.split(' ').length - 1;
  let open = start;
  while (open > 0 && !ends.has(open - 1)) open--;
  const opening = new Set([...w.opens, ...w.permits, ...w.exists]);
  const clause = words.slice(open, last + 1);
  const leads = new Set([...w.fillers, ...w.selves, ...justs]);
  const first = clause.find((x) => !leads.has(x)) ?? '';
  return clause.some((x) => opening.has(x)) || w.verbs.includes(first) || w.phones.includes(first)
    ? asked
    : undefined;
}
