/**
 * Reading a message typed on a phone without spaces ("talktoahuman", "falarcomatendente",
 * "quierohablarconunasesor"): ADR 0660. A word of this kind is no typo of one word, so the
 * one-typo reading cannot find it; split against the request vocabulary, it reads as the
 * words the customer meant.
 */

/** Shorter run-together words are ordinary words ("personal", "someone") or two words (`unspaced`). */
const minLength = 9;

/**
 * The words of the lists that `word` is made of, fewest first, when it reads as a request:
 * three words or more, a role among them and a verb or a want ("talk to a human", not "a
 * human" nor "to the shop"). Otherwise undefined, and the word stays as typed.
 */
export function runTogether(
  word: string,
  all: Set<string>,
  roles: Set<string>,
  asks: Set<string>,
): string[] | undefined {
  if (word.length < minLength) return undefined;
  // best[k]: the fewest list words that make the first k letters, or undefined.
  const best: (string[] | undefined)[] = [[]];
  for (let k = 1; k <= word.length; k++) {
    for (let start = 0; start < k; start++) {
      const before = best[start];
      const part = word.slice(start, k);
      if (!before || !all.has(part)) continue;
      const next = [...before, part];
      if (!best[k] || next.length < best[k]!.length) best[k] = next;
    }
  }
  const parts = best[word.length];
  if (!parts || parts.length < 3) return undefined;
  return parts.some((x) => roles.has(x)) && parts.some((x) => asks.has(x)) ? parts : undefined;
}
