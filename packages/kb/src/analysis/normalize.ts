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

/** Words and numbers, lower-cased; "22.000" and "22,000" stay one number. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text
    .toLowerCase()
    .matchAll(/[\p{L}\p{N}]+(?:[.,][\p{N}]{3}(?![\p{N}]))*/gu)) {
    const word = match[0];
    out.push(/^\p{N}/u.test(word) ? word.replace(/[.,]/g, '') : word);
  }
  return out;
}
