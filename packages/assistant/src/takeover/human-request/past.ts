/** A message reporting the past, which asks only if it also wants or opens a new request; issue 20, ADRs 0390–0440. */

import { type RequestWords, requestWords } from '../human-request-words.js';

/** Markers of the past and of wanting, of all four languages. */
const pastWords = new Set(Object.values(requestWords).flatMap((w) => w.past));
export const wantWords = new Set(Object.values(requestWords).flatMap((w) => w.wants));

/** The rules that find a request in words, tried again on what follows a report. */
type Ask = (
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
) => string | undefined;

/** The request `asked` unless the message only reports it, or a request opened after the report. */
export function askedDespiteReport(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
  asked: string,
  askedIn: Ask,
): string | undefined {
  // Markers of the past and of wanting count in any language: an Indonesian report
  // ("tadi udah chat admin") stays a report when the English words match it. A request
  // opened after the last marker ("it came torn last week, can someone call me", "tadi
  // udah chat admin, bisa sambungin ke admin lain?") stands.
  // "já" ending its clause means now ("atendente humano já"), not already.
  const past = words.reduce(
    (last, x, i) => (pastWords.has(x) && !(x === 'ja' && ends.has(i)) ? i : last),
    -1,
  );
  const verbs = new Set(w.verbs);
  if (past < 0 || words.some((x) => wantWords.has(x))) return asked;
  for (let k = past + 1; k < words.length; k++) {
    // An opener, or a clause opened by a verb: "that's not what I asked. let me talk to…".
    const clauseVerb = ends.has(k - 1) && (verbs.has(words[k]!) || words[k] === 'let');
    if (!w.opens.includes(words[k]!) && !clauseVerb) continue;
    const later = new Set([...ends].filter((e) => e >= k).map((e) => e - k));
    const opened = askedIn(words.slice(k), later, w, roles);
    if (opened) return opened;
  }
  return undefined;
}
