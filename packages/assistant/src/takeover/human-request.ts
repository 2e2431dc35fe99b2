import { foldText } from '@parley/core';
import { distance } from 'fastest-levenshtein';
import type { LanguageCode } from '../language/detect.js';
import { type RequestWords, requestWords } from './human-request-words.js';

const maxLinks = 4;
/** Words this long may carry one typo ("sambungn", "atendnte") and still count. */
const typoLength = 5;

const known = new Map<RequestWords, { all: Set<string>; targets: string[] }>();

/** Every word of a language's lists, and the role and verb words a typo may stand for. */
function vocabulary(w: RequestWords) {
  let v = known.get(w);
  if (!v) {
    const all = new Set([...w.roles, ...w.verbs, ...w.links, ...w.wants, ...w.fillers, ...w.past]);
    const targets = [...w.roles, ...w.verbs].filter((x) => x.length >= typoLength);
    v = { all, targets };
    known.set(w, v);
  }
  return v;
}

/**
 * A word with one typo becomes the role or verb it misspells (same first letter, one
 * edit); words of the lists and short words stay as typed.
 */
function corrected(words: string[], w: RequestWords): string[] {
  const { all, targets } = vocabulary(w);
  return words.map((word) => {
    if (word.length < typoLength || all.has(word)) return word;
    return targets.find((t) => t[0] === word[0] && distance(t, word) === 1) ?? word;
  });
}

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
 * A role followed by a word of helping ("admin tolong bales"), also once filler is
 * dropped ("admin nya ada?", "ada admin yg online?").
 */
function helpAsked(text: string, content: string, w: RequestWords): string | undefined {
  for (const r of w.roles)
    for (const h of w.helps) {
      const p = `${r} ${h}`;
      if (has(text, p) || has(content, p)) return p;
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
function matchLanguage(typed: string[], w: RequestWords): string | undefined {
  const words = corrected(typed, w);
  const text = words.join(' ');
  const roles = new Set(w.roles);
  const fillers = new Set(w.fillers);
  const content = words.filter((x) => !fillers.has(x));
  if (content.length > 0 && content.length <= 2 && content.every((x) => roles.has(x)))
    return content.join(' ');
  const asked =
    w.phrases.find((p) => has(text, p)) ??
    verbThenRole(words, w, roles) ??
    helpAsked(text, content.join(' '), w);
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
