/** Reading a customer's spelling: drawn-out letters, one typo, other word endings; issue 20, ADRs 0390–0440. */

import { distance } from 'fastest-levenshtein';
import type { RequestWords } from '../human-request-words.js';
import { runTogether } from './run-together.js';

/** Words this long may carry one typo ("sambungn", "atendnte") and still count. */
const typoLength = 5;

const known = new Map<RequestWords, { all: Set<string>; targets: string[]; asks: Set<string> }>();

/** Every word of a language's lists, and the role and verb words a typo may stand for. */
function vocabulary(w: RequestWords) {
  let v = known.get(w);
  if (!v) {
    // Words of every list stay as typed: "contacte" is not a typo of "contacten".
    const all = new Set(
      [
        ...w.roles,
        ...w.verbs,
        ...w.links,
        ...w.wants,
        ...w.fillers,
        ...w.past,
        ...w.phrases,
        ...w.helps,
        ...w.exists,
        ...w.reach,
        ...w.selves,
        ...w.modals,
        ...w.numbers,
        ...w.opens,
        ...w.handoffs,
        ...w.phones,
        ...w.permits,
        ...w.negations,
      ].flatMap((x) => x.split(' ')),
    );
    // Long linking words may carry a typo too ("custmer servise"): seven letters and more.
    const targets = [
      ...[...w.roles, ...w.verbs].filter((x) => x.length >= typoLength - 1),
      ...w.links.filter((x) => x.length >= typoLength + 2),
    ];
    // A run-together message reads as a request with a role and a verb or want in it.
    const asks = new Set([...w.verbs, ...w.wants, ...w.phones]);
    v = { all, targets, asks };
    known.set(w, v);
  }
  return v;
}

/**
 * Spellings of a word with drawn-out letters shortened ("pleaseee", "tolonggg", "minn",
 * "atendenteee"): runs of three or more kept as two, then as one, then a doubled last
 * letter as one.
 */
function shortened(word: string): string[] {
  const two = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const one = word.replace(/(\p{L})\1{2,}/gu, '$1');
  return [two, one, two.replace(/(\p{L})\1$/u, '$1'), one.replace(/(\p{L})\1$/u, '$1')];
}

/**
 * Another vowel at the end is another form of a verb ("llamó", "llame"), not a typo; nor
 * is the verb a role is named after ("advise" for "adviser", "managed" for "manager").
 */
function otherEnding(word: string, target: string): boolean {
  // An agent noun and its verb: "advise" and "adviser", "managed" and "manager".
  if (
    /[eo]r$/u.test(target) &&
    (target === `${word}r` || (word.endsWith('ed') && word.slice(0, -2) === target.slice(0, -2)))
  )
    return true;
  return (
    word.length === target.length &&
    word.slice(0, -1) === target.slice(0, -1) &&
    /[aeiou]$/u.test(word) &&
    /[aeiou]$/u.test(target)
  );
}

/** Whether `word` is `target` with two neighbouring letters swapped ("tlak", "preson", "amdin"). */
export function swapped(word: string, target: string): boolean {
  if (word.length !== target.length) return false;
  const at = [...word].flatMap((c, i) => (c === target[i] ? [] : [i]));
  return (
    at.length === 2 &&
    at[1] === at[0]! + 1 &&
    word[at[0]!] === target[at[1]!] &&
    word[at[1]!] === target[at[0]!]
  );
}

/**
 * The role or verb a word misspells, with the first letter kept: by one edit or one swap
 * of neighbouring letters from five letters on ("atendnte", "agnet", "supervsior"); by a
 * swap inside the word at four ("tlak", not "tema" for "team"); or by a dropped "h".
 */
function typoOf(word: string, targets: string[]): string | undefined {
  if (word.length < typoLength - 1) return undefined;
  return targets.find(
    (t) =>
      (t[0] === word[0] &&
        word.length >= typoLength &&
        t.length >= typoLength &&
        (distance(t, word) === 1 || swapped(word, t)) &&
        !otherEnding(word, t)) ||
      (t[0] === word[0] &&
        word.length === typoLength - 1 &&
        swapped(word, t) &&
        word[3] === t[3]) ||
      (t[0] === 'h' && t.slice(1) === word) ||
      // "j" for "g" before "e" or "i", as both sound in Spanish ("jente", "ajente"): ADR 0620.
      (t.includes('g') && t.replace(/g(?=[ei])/gu, 'j') === word) ||
      // A vowel dropped inside a five-letter word ("falr", "ligr"): ADR 0590.
      (word.length === typoLength - 1 &&
        t.length === typoLength &&
        [1, 2, 3].some((k) => vowels.has(t[k]!) && t.slice(0, k) + t.slice(k + 1) === word)),
  );
}

const vowels = new Set('aeiou'.split(''));

/** The bot with an ending ("botnya", "bots", "robozinho") is never a typo of a role ("bosnya"). */
const botWord = /^(bot|chatbot|robot|robo)(nya|ny|s|zinho|cito|zito)?$/u;

/**
 * A word with drawn-out letters becomes the word of the lists it stretches; a word with
 * one typo becomes the role or verb it misspells; words of the lists and short words stay
 * as typed.
 */
export function corrected(words: string[], w: RequestWords): string[] {
  const { all, targets, asks } = vocabulary(w);
  const kept = new Set([...w.roles, ...w.verbs]);
  const roles = new Set(w.roles);
  const real = new Set(w.realWords);
  return words.map((word) => {
    if (all.has(word) || botWord.test(word) || real.has(word)) return word;
    const short = shortened(word).filter((x) => x !== word);
    return (
      short.find((x) => all.has(x)) ??
      ended(word, w.endings, kept) ??
      typoOf(word, targets) ??
      short.map((x) => typoOf(x, targets)).find(Boolean) ??
      unspaced(word, all, kept, w.joins) ??
      [word, ...short].map((x) => runTogether(x, all, roles, asks)?.join(' ')).find(Boolean) ??
      word
    );
  });
}

/** A word read with another ending when that makes a role or verb ("advisors", "orangnya"). */
function ended(word: string, endings: [string, string][], kept: Set<string>): string | undefined {
  for (const [from, to] of endings) {
    if (!word.endsWith(from) || word.length - from.length < 2) continue;
    const other = word.slice(0, word.length - from.length) + to;
    if (kept.has(other)) return other;
  }
  return undefined;
}

/**
 * A word of two list words typed without the space between them, one of them a role or
 * verb ("customerservice", "liveagent", "atendentehumano", "hablarconalguien" is three and
 * stays): the two words, or the pair's joined reading ("customer service" → "service").
 * Both parts have three letters or more, so "personal" is not "person al". ADR 0520.
 */
function unspaced(
  word: string,
  all: Set<string>,
  kept: Set<string>,
  joins: Record<string, string>,
): string | undefined {
  if (word.length < 7) return undefined;
  for (let k = 3; k <= word.length - 3; k++) {
    const [a, b] = [word.slice(0, k), word.slice(k)];
    if (all.has(a) && all.has(b) && (kept.has(a) || kept.has(b)))
      return joins[`${a} ${b}`] ?? `${a} ${b}`;
  }
  return undefined;
}
