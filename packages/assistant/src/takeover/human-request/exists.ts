/** Rules: whether a role is there, where it is, or whether it is free ("is there a manager?"). */

import type { RequestWords } from '../human-request-words.js';
import { maxLinks, tails } from './clauses.js';
import { wantWords } from './past.js';
import { shopRoles } from './roles.js';
import { reachableAfter } from './who.js';

/** Places a role may be asked to be in: "any human around?", "tem algum responsável aí?". */
export const places = new Set(
  'there here around online ai aqui ahi alli sini disini situ'.split(' '),
);
/** Words asking whether a role is free now ("is anyone from sales available to chat"). */
const free = new Set('available free disponivel disponible tersedia standby'.split(' '));
/** Words placing someone somewhere, and the words before the place: "anyone from the bakery". */
const froms = new Set('from at of da do de del dari di'.split(' '));
const determiners = new Set('the your ur this a la el su sua o'.split(' '));
/**
 * Words for a man or a woman ("a lady", "mbak", "uma moça", "una señorita"): someone of the
 * shop only when asked to be there to talk to ("is there a lady I can talk to?", "ada mbak
 * yang bisa saya ajak bicara"), never on their own ("the lady in the photo", "Mbak, harganya
 * berapa?"): ADR 0620.
 */
const persons = new Set(
  'lady guy gal woman man mbak mba mas moca moco rapaz senhora senhor senorita senora senor chica chico muchacha muchacho'.split(
    ' ',
  ),
);
/** Words of being that may sit between a role and `free`: "is the manager available?". */
const being = new Set('is are esta estan estao sedang lagi'.split(' '));

/**
 * A word asking whether someone is there, then a role that ends its clause, maybe after
 * a place ("is there a manager?", "kd o atendente??", "ada admin?", "hay un asesor ahí?").
 */
export function existsAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const exists = new Set(w.exists);
  const between = new Set([...w.links, ...w.fillers]);
  // A question tag may close the clause after the role or place: "ada adminnya gak sih?",
  // "is there a manager around or not?" (ADR 0610).
  const closing = new Set([...places, ...tails, ...w.fillers, 'sih', 'or', 'not']);
  for (let i = 0; i < words.length; i++) {
    if (!exists.has(words[i]!) || ends.has(i)) continue;
    for (let j = i + 1; j < words.length && j <= i + 1 + maxLinks; j++) {
      if (persons.has(words[j]!) && !ends.has(j)) {
        const to = reachableAfter(words, ends, j, w);
        if (to) return words.slice(i, to + 1).join(' ');
      }
      if (roles.has(words[j]!)) {
        let k = j;
        while (!ends.has(k) && k + 1 < words.length && places.has(words[k + 1]!)) k++;
        let t = k;
        while (!ends.has(t) && t + 1 < words.length && closing.has(words[t + 1]!)) t++;
        if (ends.has(t)) return words.slice(i, t + 1).join(' ');
        if (free.has(words[k + 1] ?? '')) return words.slice(i, k + 2).join(' ');
        // Someone from a place of the shop's, then reached: "anyone from the bakery I can
        // speak to", "alguien de la tienda con quien hablar" (ADR 0520).
        if (froms.has(words[k + 1] ?? '') && !ends.has(k)) {
          let m = k + 2;
          while (m < words.length && determiners.has(words[m]!) && !ends.has(m - 1)) m++;
          if (!ends.has(m - 1) && !ends.has(m)) k = m;
        }
        // Someone to reach: "is there someone I could speak with", "ada orang yg bisa dihubungi".
        const to = reachableAfter(words, ends, k, w);
        if (to) return words.slice(i, to + 1).join(' ');
      }
      if (!between.has(words[j]!) || ends.has(j)) break;
    }
  }
  return undefined;
}

/**
 * A role, then a word asking where it is or whether it is free, ending the clause: "admin
 * nya mana sih", "el asesor dónde?", "is the manager available?".
 */
export function whereAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const where = new Set(w.exists.filter((x) => !wantWords.has(x)));
  const fillers = new Set(w.fillers);
  for (const i of shopRoles(words, w, roles)) {
    // Free now, ending the clause: "is the manager available?", "el asesor está disponible?".
    let f = i + 1;
    while (f < i + 3 && f < words.length && !ends.has(f - 1) && being.has(words[f]!)) f++;
    if (free.has(words[f] ?? '') && !ends.has(f - 1)) {
      let k = f;
      while (!ends.has(k) && k + 1 < words.length && fillers.has(words[k + 1]!)) k++;
      if (ends.has(k)) return words.slice(i, f + 1).join(' ');
    }
    // The role opens its clause: "kurirnya orang mana" asks where the courier is from.
    if (i > 0 && !ends.has(i - 1) && !fillers.has(words[i - 1]!)) continue;
    let j = i + 1;
    while (j < words.length && fillers.has(words[j]!) && !where.has(words[j]!) && !ends.has(j - 1))
      j++;
    if (j >= words.length || !where.has(words[j]!) || ends.has(j - 1)) continue;
    let k = j;
    while (!ends.has(k) && k + 1 < words.length && fillers.has(words[k + 1]!)) k++;
    if (ends.has(k)) return words.slice(i, j + 1).join(' ');
  }
  return undefined;
}
