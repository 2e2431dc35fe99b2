/** A message reporting the past, which asks only if it also wants or opens a new request; issue 20, ADRs 0390–0440. */

import { type RequestWords, requestWords } from '../human-request-words.js';
import { lastStart } from './clauses.js';
import { needWords } from './needs.js';
import { pronounAsked } from './pronoun.js';

/** Markers of the past and of wanting, of all four languages. */
const pastWords = new Set(Object.values(requestWords).flatMap((w) => w.past));
export const wantWords = new Set(Object.values(requestWords).flatMap((w) => w.wants));

/** Words that may lead an imperative after a report: "just get me a human", "solo pásame", "langsung aja sambungin". */
const justs = new Set(
  'just only simply so solo solamente apenas langsung lgsg pokoknya'.split(' '),
);

/**
 * Past forms of asking, a marker of the past when a verb of talking follows ("meu irmão
 * pediu pra falar com o gerente", "una vez pedí hablar con el encargado"); alone they are
 * ordering ("pedí las zapatillas") or someone asking the customer something (ADR 0550).
 */
const askedForms = new Set('pedi pediu pediram pedimos pidio pidieron'.split(' '));
const toVerb = new Set('pra para que a de'.split(' '));
/** Words after "udah" that make it "enough!", not "already": "udh lah oper ke agen aja". */
const enough = new Set('lah deh ah'.split(' '));
/** "udah … belum?", "sudah … blm?": a question of now, not a report. */
const alreadies = new Set('udah udh sudah sdh'.split(' '));
const yets = ['belum', 'blm', 'blom'];

/** Words opening a question about the past after a request: "…who can tell me why it was closed". */
const questions = new Set('why kenapa mengapa knp porque pq'.split(' '));

/** Whether `word` ends the clause of `at` within four words. */
function closes(words: string[], ends: Set<number>, at: number, word: string): boolean {
  for (let k = at + 1; k < words.length && k <= at + 4; k++) {
    if (words[k] === word && ends.has(k)) return true;
    if (ends.has(k)) return false;
  }
  return false;
}

/** People who may stand between a marker and a want they report: "bilang dia minta", "pernah saya minta". */
const reporters = new Set(
  'dia beliau saya aku sy gue she he they i ela ele ella el eu yo'.split(' '),
);

/** Where the message marks the past: its markers, "udah lah" and "ja" ending a clause aside. */
function pastMarkers(words: string[], ends: Set<number>, w: RequestWords): number[] {
  const verbs = new Set(w.verbs);
  return words.flatMap((x, i) => {
    if (askedForms.has(x)) {
      let k = i + 1;
      while (toVerb.has(words[k] ?? '')) k++;
      return verbs.has(words[k] ?? '') ? [i] : [];
    }
    if (!pastWords.has(x)) return [];
    // "já" ending its clause means now ("atendente humano já"), not already.
    if (x === 'ja' && ends.has(i)) return [];
    if (enough.has(words[i + 1] ?? '') && !ends.has(i)) return [];
    // "call me before 3", "before I drive over": a deadline; "I've talked to them before" ends its clause.
    if (x === 'before' && !ends.has(i) && !['that', 'this'].includes(words[i + 1]!)) return [];
    // "cs nya udah bangun belum?": "already … or not yet?" asks about now.
    if (alreadies.has(x) && yets.some((y) => closes(words, ends, i, y))) return [];
    return [i];
  });
}

/**
 * A request opened by a want of the customer's after it ("…cuma mau cek resi" opens
 * nothing; "…I want to talk to a manager" does). A want right after a marker, or after a
 * marker and a person, is itself reported: "pernah minta ngobrol sama owner", "adik
 * saya bilang dia minta ngomong sama admin" (ADR 0550).
 */
function wanted(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
  markers: number[],
  askedIn: Ask,
): string | undefined {
  const marked = new Set(markers);
  for (let k = 0; k < words.length; k++) {
    if (!wantWords.has(words[k]!)) continue;
    if (marked.has(k - 1) || (marked.has(k - 2) && reporters.has(words[k - 1]!))) continue;
    const later = new Set([...ends].filter((e) => e >= k).map((e) => e - k));
    const opened = askedIn(words.slice(k), later, w, roles);
    if (opened) return opened;
  }
  return undefined;
}

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
  const markers = pastMarkers(words, ends, w);
  const past = markers.at(-1) ?? -1;
  const verbs = new Set(w.verbs);
  const leads = new Set([...w.fillers, ...w.selves, ...justs]);
  if (past < 0) return asked;
  // A want counts when it opens a request: "…ahora solo quiero saber si…" opens none.
  const want = wanted(words, ends, w, roles, markers, askedIn);
  if (want) return want;
  // A pronoun wanted in a clause after the report, for a role named before it: "siapa
  // penanggung jawabnya? kurir bilang paketnya hilang. saya mau bicara sama beliau" (ADR 0610).
  const pronoun = pronounAsked(words, ends, w, roles);
  if (pronoun) {
    const at = lastStart(words, pronoun.split(' … ')[1]!);
    if ([...ends].some((e) => e >= past && e < at)) return pronoun;
  }
  const before = askedBeforeReport(words, ends, w, roles, markers[0]!, askedIn, declined);
  if (before) return before;
  for (let k = past + 1; k < words.length; k++) {
    // An opener, or a clause opened by a verb, filler and "just" aside: "that's not what I
    // asked. let me talk to…", "I've explained this four times already, just get me a
    // human", "já falei ontem, só me passa pra um atendente".
    let start = k;
    while (start > past + 1 && !ends.has(start - 1) && leads.has(words[start - 1]!)) start--;
    const clauseVerb = ends.has(start - 1) && (verbs.has(words[k]!) || words[k] === 'let');
    // Whether someone is there, opening its clause: "saya sudah tua, tidak ngerti mesin
    // begini, ada mbak yang bisa saya ajak bicara" (ADR 0620).
    const clauseExists = ends.has(start - 1) && w.exists.includes(words[k]!);
    if (!w.opens.includes(words[k]!) && !clauseVerb && !clauseExists) continue;
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
  // A question word opening the clause of the marker cuts it off too: "is there someone who
  // can tell me why my claim was closed?" asks about the past, it reports no request (ADR 0610).
  const whys = words.flatMap((x, k) => (k > 0 && k < firstPast && questions.has(x) ? [k - 1] : []));
  const cut = Math.max(-1, ...[...ends].filter((e) => e < firstPast), ...whys);
  if (cut < 0) return undefined;
  const before = words.slice(0, cut + 1);
  const beforeEnds = new Set([...[...ends].filter((e) => e <= cut), cut]);
  const asked = askedIn(before, beforeEnds, w, roles);
  if (!asked) return undefined;
  const phrase = asked.split(' … ')[0]!;
  const start = lastStart(before, phrase);
  if (start < 0 || declined(before, beforeEnds, phrase, w)) return undefined;
  const last = start + phrase.split(' ').length - 1;
  let open = start;
  while (open > 0 && !ends.has(open - 1)) open--;
  // A need opens as a want does ("ini harus sama orang langsung, paketnya katanya udah
  // sampai"); so does someone asked to reach the customer ("alguém da loja me responde").
  const opening = new Set([...w.opens, ...w.permits, ...w.exists, ...needWords]);
  const clause = words.slice(open, last + 1);
  const leads = new Set([...w.fillers, ...w.selves, ...justs]);
  const first = clause.find((x) => !leads.has(x)) ?? '';
  const reaching = roles.has(first) && clause.some((x) => w.reach.includes(x));
  return clause.some((x) => opening.has(x)) ||
    w.verbs.includes(first) ||
    w.phones.includes(first) ||
    reaching
    ? asked
    : undefined;
}
