import type { LanguageCode } from '../language/detect.js';
import { atWorkAsked } from './human-request/at-work.js';
import { bareRole, botBare, calledByName, politeBare } from './human-request/bare.js';
import { declined } from './human-request/declined.js';
import { existsAsked, whereAsked } from './human-request/exists.js';
import { handoffAsked } from './human-request/handoff.js';
import { helpAsked, reachAsked } from './human-request/help.js';
import { numberAsked } from './human-request/number.js';
import { askedDespiteReport } from './human-request/past.js';
import { phoneAsked } from './human-request/phone.js';
import { pronounAsked } from './human-request/pronoun.js';
import { withoutSelf } from './human-request/self.js';
import { corrected } from './human-request/spelling.js';
import { joined, personMark, tokens, withoutSenses } from './human-request/tokens.js';
import { verbThenRole } from './human-request/verb-role.js';
import { whoAsked } from './human-request/who.js';
import { neighbourWords, type RequestWords, requestWords } from './human-request-words.js';

/** Whether `phrase` occurs in `text` as whole words. */
function has(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

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
  const { words: fixed, ends } = joined(corrected(typed, w), typedEnds, w);
  const roles = new Set([...w.roles, personMark]);
  const words = withoutSelf(withoutSenses(fixed, w), ends, roles);
  const bare =
    bareRole(words, w, roles) ??
    botBare(words, ends, roles, new Set(w.fillers), new Set(w.links)) ??
    politeBare(words, ends, roles, new Set(w.fillers)) ??
    calledByName(words, w);
  if (bare) return bare;
  const asked = askedIn(words, ends, w, roles);
  if (!asked || declined(words, ends, asked.split(' … ')[0]!, w)) return undefined;
  return askedDespiteReport(words, ends, w, roles, asked, askedIn);
}

/** The phrase asking for a person, by the rules that need more than the bare role. */
function askedIn(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const text = words.join(' ');
  return (
    w.phrases.find((p) => has(text, p)) ??
    verbThenRole(words, w, roles) ??
    helpAsked(words, w, roles) ??
    existsAsked(words, ends, w, roles) ??
    reachAsked(words, ends, w, roles) ??
    numberAsked(words, w, roles) ??
    whereAsked(words, ends, w, roles) ??
    atWorkAsked(words, ends, w, roles) ??
    whoAsked(words, ends, w) ??
    handoffAsked(words, ends, w, roles) ??
    phoneAsked(words, ends, w) ??
    pronounAsked(words, ends, w, roles)
  );
}

/**
 * Word lists per language, for `findHumanRequest`; exported so an app can read them.
 * `humanRequestPatterns` stays the documented name of this table.
 */
export const humanRequestPatterns: Record<LanguageCode, RequestWords> = requestWords;

/** The first phrase asking for a human in `text`, in any of the four languages. */
export function findHumanRequest(
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
  return undefined;
}
