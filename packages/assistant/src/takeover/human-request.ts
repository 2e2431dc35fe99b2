import type { LanguageCode } from '../language/detect.js';
import { askedIn, reading } from './human-request/asked.js';
import { bareRole, botBare, calledByName, closingBare, politeBare } from './human-request/bare.js';
import { declined } from './human-request/declined.js';
import { addressedByName } from './human-request/named.js';
import { askedDespiteReport } from './human-request/past.js';
import { botRefused } from './human-request/refused.js';
import { scoredRequest } from './human-request/scorer.js';
import { tokens } from './human-request/tokens.js';
import { neighbourWords, type RequestWords, requestWords } from './human-request-words.js';

/**
 * Whether the message asks for a person in one language's words: a role alone ("admin",
 * "gerente", "human please"), a fixed phrase ("real person", "orang asli"), a verb of
 * reaching someone followed by a role ("talk to your manager", "sambungin ke cs", "me
 * passa pra uma pessoa"), or a role who should help ("can a human help me?"). A message
 * that reports the past ("I talked to an agent yesterday", "kemarin admin bilang") is not
 * a request unless it also asks ("I want", "mau", "quero"); one that declines ("no need
 * for a human") is not either, nor a role the customer says they are ("I'm human").
 */
function matchLanguage(
  typed: string[],
  typedEnds: Set<number>,
  w: RequestWords,
): string | undefined {
  const { words, ends, roles } = reading(typed, typedEnds, w);
  const bare =
    bareRole(words, w, roles) ??
    botBare(words, ends, roles, new Set(w.fillers), new Set(w.links)) ??
    politeBare(words, ends, roles, new Set(w.fillers)) ??
    calledByName(words, w) ??
    closingBare(words, ends, roles, new Set(w.fillers)) ??
    botRefused(words, ends, w);
  if (bare) return bare;
  const asked = askedIn(words, ends, w, roles);
  if (!asked || declined(words, ends, asked.split(' … ')[0]!, w)) return undefined;
  return askedDespiteReport(words, ends, w, roles, asked, askedIn, declined);
}

/**
 * Word lists per language, for `findHumanRequest`; exported so an app can read them.
 * `humanRequestPatterns` stays the documented name of this table.
 */
export const humanRequestPatterns: Record<LanguageCode, RequestWords> = requestWords;

/**
 * The first phrase asking for a human in `text`, in any of the four languages: by the
 * rules, or else by a learned scorer over the rules' word tables when a role of the shop
 * is named (the role is then the phrase; ADR 0470).
 */
export function findHumanRequest(
  text: string,
): { language: LanguageCode; phrase: string } | undefined {
  return requestByRules(text) ?? scoredRequest(text);
}

/** The first phrase asking for a human in `text` by the rules alone (no learned scorer). */
export function requestByRules(
  text: string,
): { language: LanguageCode; phrase: string } | undefined {
  const { words, ends } = tokens(text);
  if (words.length === 0) return undefined;
  // Each language's own words first; then Portuguese and Spanish mixed ("quiero falar con
  // una persona").
  for (const table of [requestWords, neighbourWords])
    for (const [language, w] of Object.entries(table)) {
      const phrase = matchLanguage(words, ends, w);
      if (phrase) return { language: language as LanguageCode, phrase };
    }
  // A person of the shop addressed by name reads from the message as typed (capitals kept).
  return addressedByName(text);
}
