/** The customer saying what they are ("I'm human"), which asks for nobody. */

import { bots } from './bare.js';
import { negationWords } from './declined.js';
import { subjects } from './phone.js';

/** The customer saying who they are: "I'm human", "aku manusia kok", "sou humano", "trabajo en atención al cliente". */
const selfCopulas = new Set(
  'am m a an adalah ini kok juga also just work working kerja bekerja trabalho trabalha sou soy um uma un una tambien in di com en at from'.split(
    ' ',
  ),
);

/** Words saying "I am": "I'm human", "sou humano", "soy humano". */
const selfIs = new Set('im sou soy'.split(' '));

/** Roles the customer says they are ("I'm human", "sou humano"), to the end of their clause, become a neutral mark. */
export function withoutSelf(words: string[], ends: Set<number>, roles: Set<string>): string[] {
  const out = [...words];
  for (let i = 0; i < out.length; i++) {
    const x = out[i]!;
    if (!subjects.has(x) && !selfIs.has(x)) continue;
    let j = i + 1;
    let denied = false;
    while (j < out.length && j <= i + 4 && !ends.has(j - 1)) {
      if (negationWords.has(out[j]!)) denied = true;
      else if (!selfCopulas.has(out[j]!)) break;
      j++;
    }
    // "aku bukan bot", "I'm not a bot": the customer says what they are not.
    const what = out[j] ?? '';
    if (j >= out.length || ends.has(j - 1) || !(denied ? bots.has(what) : roles.has(what)))
      continue;
    for (let k = j; k < out.length; k++) {
      out[k] = '_';
      if (ends.has(k)) break;
    }
  }
  return out;
}
