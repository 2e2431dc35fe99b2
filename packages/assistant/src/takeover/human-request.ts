import { foldText } from '@parley/core';
import type { LanguageCode } from '../language/detect.js';
import { type RequestWords, requestWords } from './human-request-words.js';

const maxLinks = 4;

/** Folded words of a message (letters and digits only). */
function tokens(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function has(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/** A verb of reaching someone, then a role within a few linking words: "talk to a human". */
function verbThenRole(words: string[], w: RequestWords, roles: Set<string>): string | undefined {
  const verbs = new Set([...w.verbs, ...w.wants]);
  const links = new Set(w.links);
  for (let i = 0; i < words.length; i++) {
    if (!verbs.has(words[i]!)) continue;
    for (let j = i + 1; j < words.length && j <= i + 1 + maxLinks; j++) {
      if (roles.has(words[j]!)) return words.slice(i, j + 1).join(' ');
      if (!links.has(words[j]!) && !verbs.has(words[j]!)) break;
    }
  }
  return undefined;
}

/**
 * Whether the message asks for a person in one language's words: a role alone ("admin",
 * "gerente", "human please"), a fixed phrase ("real person", "orang asli"), a verb of
 * reaching someone followed by a role ("talk to your manager", "sambungin ke cs", "me
 * passa pra uma pessoa"), or a role who should help ("can a human help me?"). A message
 * that reports the past ("I talked to an agent yesterday", "kemarin admin bilang") is not
 * a request unless it also asks ("I want", "mau", "quero").
 */
function matchLanguage(words: string[], w: RequestWords): string | undefined {
  const text = words.join(' ');
  const roles = new Set(w.roles);
  const fillers = new Set(w.fillers);
  const content = words.filter((x) => !fillers.has(x));
  if (content.length > 0 && content.length <= 2 && content.every((x) => roles.has(x)))
    return content.join(' ');
  const asked =
    w.phrases.find((p) => has(text, p)) ??
    verbThenRole(words, w, roles) ??
    w.roles.flatMap((r) => w.helps.map((h) => `${r} ${h}`)).find((p) => has(text, p));
  if (!asked) return undefined;
  const past = words.some((x) => w.past.includes(x));
  const wants = words.some((x) => w.wants.includes(x));
  return past && !wants ? undefined : asked;
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
  const words = tokens(text);
  if (words.length === 0) return undefined;
  for (const [language, w] of Object.entries(requestWords)) {
    const phrase = matchLanguage(words, w);
    if (phrase) return { language: language as LanguageCode, phrase };
  }
  return undefined;
}
