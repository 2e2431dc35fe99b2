/** Rule: a purchase the customer will close only by talking to a person ("só fecho falando com vendedor"). */

import type { RequestWords } from '../human-request-words.js';
import { verbThenRole } from './verb-role.js';

/** Words making what follows the only way: "só fecho…", "solo cierro…", "I'll only buy…". */
const onlys = new Set('only so solo solamente apenas'.split(' '));

/**
 * Gerunds of talking and dealing, read as their verb after an "only": "só fecho falando com
 * vendedor" asks for the salesperson as "quero falar com vendedor" does. Alone a gerund
 * reports what is going on ("tô falando com o gerente agora"), so it is no verb in the word
 * tables (ADR 0620).
 */
const gerunds = new Map([
  ['talking', 'talk'],
  ['speaking', 'speak'],
  ['dealing', 'deal'],
  ['negotiating', 'negotiate'],
  ['falando', 'falar'],
  ['conversando', 'conversar'],
  ['tratando', 'tratar'],
  ['negociando', 'negociar'],
  ['hablando', 'hablar'],
]);

/**
 * An "only" and, within three words of the same clause, a gerund of talking aimed at a role
 * of the shop: "I'll only close the deal talking to a salesperson", "só fecho falando com
 * vendedor", "solo cierro tratando con un vendedor". Indonesian says it with a want ("cuma
 * mau deal kalau ngobrol sama sales"), which the other rules read.
 */
export function onlyByTalking(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  for (let g = 1; g < words.length; g++) {
    const verb = gerunds.get(words[g]!);
    if (!verb) continue;
    let only = false;
    for (let k = g - 1; k >= 0 && k >= g - 4 && !ends.has(k); k--)
      if (onlys.has(words[k]!)) only = true;
    if (!only) continue;
    const found = verbThenRole([verb, ...words.slice(g + 1)], w, roles);
    if (found?.startsWith(`${verb} `)) return [words[g], ...found.split(' ').slice(1)].join(' ');
  }
  return undefined;
}
