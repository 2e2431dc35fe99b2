/**
 * Rule: the case needing a person ("this needs a human", "ini harus sama orang langsung",
 * "isso só uma pessoa resolve", "esto lo tiene que revisar una persona"); ADR 0550.
 */

import { type RequestWords, requestWords } from '../human-request-words.js';
import { counted } from './roles.js';

/** Negations of all four languages (as declined.ts reads them; imported here without its cycle). */
const negationWords = new Set(Object.values(requestWords).flatMap((w) => w.negations));

/** Words of needing: "needs", "harus", "perlu", "precisa", "necesita". */
export const needWords = new Set(
  'needs need must requires harus perlu butuh mesti musti wajib precisa precisam requer necesita necesitan requiere'.split(
    ' ',
  ),
);
/** Words of having, a need only before "to"/"que": "has to", "tem que", "tiene que" ("tem cabelo humano?" has). */
const haves = new Set('has have tem tiene tienen'.split(' '));
const haveTo = new Set('to que q'.split(' '));

/** Whether the word at `i` says the case needs something. */
function needAt(words: string[], i: number): boolean {
  return needWords.has(words[i]!) || (haves.has(words[i]!) && haveTo.has(words[i + 1] ?? ''));
}
/** Words of "only" before what settles the case: "isso só uma pessoa resolve", "only a person can", "cuma orang yang bisa". */
const onlys = new Set('only so cuma hanya solo solamente apenas'.split(' '));
/** The case as the subject: "this", "it", "ini", "masalah ini", "isso", "esse caso", "esto". */
const cases = new Set(
  'this it ini itu masalah kasus isso isto esse essa caso problema esto eso este esta'.split(' '),
);
/**
 * Persons, not teams or named roles: "this needs support" is a product question, "this
 * needs a person" asks for one.
 */
const persons = new Set(
  'human humans person someone somebody humano humana pessoa alguem persona alguien orang org manusia seseorang'.split(
    ' ',
  ),
);
/** Words reaching a person: "ngomong ke orang", "explain to someone", "falar com alguém". */
const tos = new Set('to ke sama dengan com con with pra para a'.split(' '));

/** Negations before the need: "this doesn't need a human", "isso não precisa de…". */
const nots = new Set([...negationWords, 'doesn', 'didn', 'isn', 'won', 'shouldn']);

/** How many words may stand between the need and the person: "perlu ngomong ke orang", "has to be looked at by a person". */
const span = 6;

/**
 * A clause in which the case (this, it, ini, isso, esto) needs a person, or that opens on a
 * need ("perlu ngomong ke orang"): the need word, then a person within a few words of the
 * same clause. A negation between declines ("this doesn't need a human"); a counted person
 * ("this needs two people to carry") is how many.
 */
export function needAsked(words: string[], ends: Set<number>, w: RequestWords): string | undefined {
  const fillers = new Set(w.fillers);
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && ends.has(i - 1)) start = i;
    const x = words[i]!;
    const need = needAt(words, i);
    if (!need && !onlys.has(x)) continue;
    const before = words.slice(start, i).filter((y) => !fillers.has(y));
    const ofCase = before.length <= 3 && before.some((y) => cases.has(y));
    // A clause opening on the need, with no subject at all ("perlu ngomong ke orang"),
    // needs the person reached ("to", "ke", "com"): "i need to add a person to my account"
    // has a subject and names someone else.
    const opening = i === start && need;
    if ((!ofCase && !opening) || before.some((y) => nots.has(y))) continue;
    for (let j = i + 1; j < words.length && j <= i + span; j++) {
      if (negationWords.has(words[j]!)) break;
      const reached = ofCase || tos.has(words[j - 1]!);
      if (persons.has(words[j]!) && !counted(words, j) && reached)
        return words.slice(i, j + 1).join(' ');
      if (ends.has(j)) break;
    }
  }
  return undefined;
}
