/** Printable ASCII without upper-case letters: nothing to fold. */
const plainAscii = /^[ -@[-~]*$/;

/** Lower case without accents: "Devolução" → "devolucao". */
export function fold(text: string): string {
  // Most words are already lower-case ASCII: skip Unicode normalisation for them.
  if (plainAscii.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A number written against its unit: "20cm", "500ml", "33w", "7pm", "2pcs". */
const numberThenUnit = /^(\p{N}+)(\p{L}+)$/u;

/**
 * Words and numbers, lower-cased; "22.000" and "22,000" stay one number. A number
 * written against its unit is two words, as the same size written "20 cm" is: a
 * customer's "bolo de 20cm" meets the answer's "20 cm (15 fatias)".
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text
    .toLowerCase()
    .matchAll(/[\p{L}\p{N}]+(?:[.,][\p{N}]{3}(?![\p{N}]))*/gu)) {
    const word = match[0];
    const unit = numberThenUnit.exec(word);
    if (unit) out.push(unit[1]!, unit[2]!);
    else out.push(/^\p{N}/u.test(word) ? word.replace(/[.,]/g, '') : word);
  }
  return out;
}
