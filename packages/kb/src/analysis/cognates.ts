import { fold } from './normalize.js';

/**
 * Spanish words respelled by the regular sound correspondences between Spanish and
 * Portuguese (and the Latin -ción/-tion one with English), so a Spanish question meets
 * a base that has no Spanish entry on the words the two languages share under different
 * spellings: "llega" → "chega", "dirección" → "direcao", "cuanto" → "quanto", "producto"
 * → "produto", "nuevo" → "novo", "cupón" → "cupom". A rule, not a word list: it covers
 * words no list has seen. A respelling that is no word of the other language simply
 * matches nothing; the query keeps the Spanish stems too.
 */

/** Ordered rewrites of a folded Spanish word into its likely Portuguese spelling. */
const toPortuguese: Array<[RegExp, string]> = [
  [/ciones$/, 'coes'],
  [/cion$/, 'cao'],
  [/^ll/, 'ch'],
  [/ll/g, 'lh'],
  [/ct/g, 't'],
  [/cc/g, 'c'],
  [/^cu(?=[aeio])/, 'qu'],
  [/^(f|b|p)l/, '$1r'],
  [/ue/g, 'o'],
  [/ie/g, 'e'],
  [/ble$/, 'vel'],
  [/dad$/, 'dade'],
  [/z/g, 'c'],
  [/(?<=[aeiou])n$/, 'm'],
];

/**
 * The Portuguese spelling (folded) of a Spanish word by regular correspondences;
 * undefined when it is the same.
 */
export function portugueseSpelling(word: string): string | undefined {
  if (word.length < 3) return undefined;
  // ñ is a letter of its own, lost by folding: "año" → "ano", "pequeño" → "pequenho".
  let out = fold(word.replace(/ñ/g, 'nh'));
  for (const [pattern, replacement] of toPortuguese) out = out.replace(pattern, replacement);
  return out === fold(word) ? undefined : out;
}

/** The English spelling (folded) of a Spanish -ción word ("cancelación" → "cancelation"). */
export function englishSpelling(word: string): string | undefined {
  const folded = fold(word);
  const out = folded.replace(/c?cion(es)?$/, (_m, plural: string | undefined) =>
    plural ? 'tions' : 'tion',
  );
  return out === folded ? undefined : out;
}
