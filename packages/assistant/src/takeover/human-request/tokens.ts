/** A message as folded words and clause ends, before any rule reads it. */

import { foldText } from '@parley/core';
import type { RequestWords } from '../human-request-words.js';

/** Word pairs read as a role ("ada yang": is there someone, "yang punya": the owner), with the clause ends moved. */
export function joined(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
): { words: string[]; ends: Set<number> } {
  const out: string[] = [];
  const moved = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const one = ends.has(i) ? undefined : w.joins[`${words[i]} ${words[i + 1]}`];
    // A pair may keep a word of its own: "ada yang" is "ada" (is there) and someone.
    out.push(...(one ?? words[i]!).split(' '));
    if (one) i++;
    if (ends.has(i)) moved.add(out.length - 1);
  }
  return { words: out, ends: moved };
}

/** A word standing for a person drawn as an emoji ("👤??"), a role in every language. */
export const personMark = 'xpersonx';
const personEmoji = /[\u{1F464}\u{1F465}\u{1F9D1}\u{1F468}\u{1F469}\u{1F64B}\u{1F481}]/gu;

/**
 * A message without what it quotes ("my mom always yells \"talk to a human\""): words in
 * quotation marks are someone else's, unless they are all the message says.
 */
function unquoted(text: string): string {
  const rest = text.replace(
    /["\u201C\u201D\u00AB\u00BB][^"\u201C\u201D\u00AB\u00BB]*["\u201C\u201D\u00AB\u00BB]/gu,
    ' , ',
  );
  return /\p{L}/u.test(rest) ? rest : text;
}

/** Folded words of a message (letters and digits only), and the indexes that end a clause. */
export function tokens(text: string): { words: string[]; ends: Set<number> } {
  const words: string[] = [];
  const ends = new Set<number>();
  const marked = unquoted(text).replace(personEmoji, ` ${personMark} `);
  for (const clause of foldText(marked).split(/[?!.,;:\n]+/u)) {
    const before = words.length;
    words.push(...clause.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    if (words.length > before) ends.add(words.length - 1);
  }
  return { words, ends };
}

/** Role words that mean something else in a pair ("human hair") become a neutral mark. */
export function withoutSenses(words: string[], w: RequestWords): string[] {
  const out = [...words];
  for (const sense of w.senses) {
    const pair = sense.split(' ');
    for (let i = 0; i + pair.length <= out.length; i++)
      if (pair.every((p, k) => out[i + k] === p))
        for (let k = 0; k < pair.length; k++) out[i + k] = '_';
  }
  return out;
}
