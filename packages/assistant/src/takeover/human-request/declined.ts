/** A request the customer declines ("no need for a human", "don't call me"). */

import { neighbourWords, type RequestWords, requestWords } from '../human-request-words.js';
import { bots } from './bare.js';
import { lastStart } from './clauses.js';

/** Negations of all four languages ("don't call me" is declined in Indonesian words too). */
export const negationWords = new Set(Object.values(requestWords).flatMap((w) => w.negations));
/** Words asking why, before a negation that complains rather than declines. */
const whys = new Set('why kenapa knp napa mengapa que qu porque pq'.split(' '));
/**
 * Negations that are other words in Portuguese: "no" is "in the" ("me coloca no
 * atendimento"), but before a Spanish verb or want it is Spanish "no" ("no necesito un agente").
 */
const notNegations = new Map<RequestWords | undefined, Set<string>>([
  [requestWords.pt, new Set(['no'])],
  [neighbourWords.pt, new Set(['no'])],
]);
/** Spanish verbs and wants that are not Portuguese words: "no necesito", not "no chamado". */
const spanishOnly = new Set(
  [...requestWords.es.verbs, ...requestWords.es.wants].filter(
    (x) => !requestWords.pt.verbs.includes(x) && !requestWords.pt.wants.includes(x),
  ),
);
/** Spanish object pronouns, after which "no" is the negation in either reading. */
const clitics = new Set('me te le les lo la nos'.split(' '));
/** Spanish words after "no" in a declining phrase: "no hace falta pasarme con un asesor" (ADR 0610). */
const spanishAfterNo = new Set([...clitics, 'hace', 'hacen', 'es']);
const existWords = new Set(Object.values(requestWords).flatMap((w) => w.exists));
/** Words after which a negation is a question tag: "bisa ga…", "mau gak…", "ada ga…". */
const negationTags = new Set(
  Object.values(requestWords).flatMap((w) => [...w.permits, ...w.wants, ...w.exists]),
);

/**
 * Whether the request found at `start` is declined: a negation within three words before
 * it in its clause ("no need for a human", "no necesito un agente", "não precisa de
 * atendente", "don't call me"). A negation of the bot ("not a bot, a human please"), a
 * question tag ("bisa ga ngobrol sama admin?") and a complaint that nobody is there ("no
 * hay nadie que me atienda?") do not decline.
 */
export function declined(
  words: string[],
  ends: Set<number>,
  phrase: string,
  w: RequestWords,
): boolean {
  const other = notNegations.get(w);
  const start = lastStart(words, phrase);
  // A phrase running over a clause end asks in its last clause ("…não resolve, me passa…").
  for (let k = start; k < start + phrase.split(' ').length - 1; k++) if (ends.has(k)) return false;
  for (let k = start - 1; k >= 0 && k >= start - 3 && !ends.has(k); k--) {
    const x = words[k]!;
    if (bots.has(x)) return false;
    if (!negationWords.has(x)) continue;
    // "no me pases con nadie, solo mándame la factura": before a pronoun "no" is Spanish, never "in the" (ADR 0550).
    if (
      other?.has(x) &&
      !spanishOnly.has(words[k + 1] ?? '') &&
      !spanishAfterNo.has(words[k + 1] ?? '')
    )
      continue;
    // "why can't I…", "kenapa ga bisa…", "por que não…": a complaint that asks.
    if (words.slice(Math.max(0, k - 3), k).some((y) => whys.has(y))) return false;
    if (negationTags.has(words[k - 1] ?? '') || existWords.has(words[k + 1] ?? '')) continue;
    return true;
  }
  return false;
}
