/** Roles of the shop, as opposed to the customer's own people. */

import type { RequestWords } from '../human-request-words.js';

/** Words counting people: "buat 10 orang", "for two people", "para dez pessoas". */
const numberWords = new Set(
  'two three four five six seven eight nine ten twenty dua tiga empat lima enam tujuh delapan sembilan sepuluh puluhan ratusan dois duas tres quatro cinco seis sete oito nove dez cuatro siete ocho nueve diez'.split(
    ' ',
  ),
);

/** Words for people in numbers: "with 2 people", "buat 4 orang". */
const crowds = new Set('people persons humans ppl orang org pessoas personas gente'.split(' '));

/** A role counted ("10 orang", "five people", "dos personas"): how many, not someone asked for. */
export function counted(words: string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (numberWords.has(before)) return true;
  if (!/^\d+$/u.test(before)) return false;
  // "2" and "4" stand for "to" and "for" in chat ("talk 2 someone"), not before "people".
  return (before !== '2' && before !== '4') || crowds.has(words[i]!);
}

/**
 * Roles the shop assigns to a customer: "my/our account manager" is the shop's person, not
 * the customer's boss (ADR 0620).
 */
export const assigned = new Set(['accountmanager']);

/** Where a role of the shop not of the customer ("my manager", "mi jefe") sits. */
export function shopRoles(words: string[], w: RequestWords, roles: Set<string>): number[] {
  const owns = new Set(w.owns);
  const at: number[] = [];
  for (let i = 0; i < words.length; i++)
    if (
      roles.has(words[i]!) &&
      !counted(words, i) &&
      (assigned.has(words[i]!) ||
        (!owns.has(words[i - 1] ?? '') &&
          !owns.has(words[i - 2] ?? '') &&
          !owns.has(words[i + 1] ?? '')))
    )
      at.push(i);
  return at;
}

/** Words saying whose a role is: "from the shop", "de la tienda", "da loja", "dari toko". */
const ofWords = new Set('from of at de del da do dari di'.split(' '));
/** Words that may sit between `ofWords` and the shop: "from the shop", "de la tienda", "dari tokonya". */
const ofLinks = new Set('the this your ur a la el o sua esta este ini'.split(' '));
/** The shop as a place or company, after `ofWords`. */
const shopPlaces = new Set(
  'shop store company loja empresa tienda local negocio toko tokonya outlet'.split(' '),
);

/**
 * The words without the shop a role is said to be of ("someone from the shop pls" reads as
 * "someone pls", ADR 0660): the qualifier names no other person, so a role with it is as
 * bare as the role alone.
 */
export function withoutShopOf(words: string[], roles: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (roles.has(out.at(-1) ?? '') && ofWords.has(words[i]!)) {
      let j = i + 1;
      while (j < words.length && j <= i + 2 && ofLinks.has(words[j]!)) j++;
      if (shopPlaces.has(words[j] ?? '')) {
        i = j;
        continue;
      }
    }
    out.push(words[i]!);
  }
  return out;
}
