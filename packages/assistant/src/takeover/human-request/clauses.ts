/** Where words and clauses start and end, shared by the request rules. */

/** How many linking words a rule reads past between the two words it pairs. */
export const maxLinks = 4;

/** Where a phrase of words last starts in a message, or -1. */
export function lastStart(words: string[], phrase: string): number {
  const p = phrase.split(' ');
  for (let i = words.length - p.length; i >= 0; i--)
    if (p.every((x, k) => words[i + k] === x)) return i;
  return -1;
}

/** Where the clause of `at` ends if only words of `allowed` follow, else the last allowed word. */
export function clauseEnd(
  words: string[],
  ends: Set<number>,
  at: number,
  allowed: Set<string>,
): number {
  let k = at;
  while (!ends.has(k) && k + 1 < words.length && allowed.has(words[k + 1]!)) k++;
  return k;
}

/** The first word of a run of `allowed` words right before `at` in its clause. */
export function clauseStart(
  words: string[],
  ends: Set<number>,
  at: number,
  allowed: Set<string>,
): number {
  let b = at;
  while (b > 0 && !ends.has(b - 1) && allowed.has(words[b - 1]!)) b--;
  return b;
}

/** Words that may close a clause after a request: question tags, now, here, back. */
export const tails = new Set(
  'right shift duty ga gak gk nggak ngga enggak belum kah no nao rn now today tonight hoy ahora agora hoje ja sekarang skrg malam malem gini ini nih back instead asap urgent urgente urgencia aja saja pra para mim balik volta sebentar bentar bntar'.split(
    ' ',
  ),
);
