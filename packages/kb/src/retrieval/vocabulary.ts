import { distance } from 'fastest-levenshtein';

/** Shorter words are left alone: one edit turns too many of them into another word. */
const minLength = 5;
/** From this length a word may carry two edits ("pengirimn" is one, "pengirman" too). */
const twoEdits = 9;

/**
 * The folded words of a base's indexed text, counted, for typo tolerance: a query word
 * the base has never seen ("pagamneto", "devolucion" typed "devolusion") is read as the
 * most frequent indexed word within one edit (two from nine letters on) with the same
 * first letter. Words are bucketed by first letter and length, so a lookup compares
 * against a few hundred words even in a large base.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly buckets = new Map<string, Set<string>>();

  add(words: Iterable<string>): void {
    for (const word of words) {
      if (word.length < minLength - 2) continue;
      const n = this.counts.get(word) ?? 0;
      this.counts.set(word, n + 1);
      if (n === 0) this.bucket(word, true)!.add(word);
    }
  }

  remove(words: Iterable<string>): void {
    for (const word of words) {
      const n = this.counts.get(word);
      if (n === undefined) continue;
      if (n > 1) {
        this.counts.set(word, n - 1);
        continue;
      }
      this.counts.delete(word);
      this.bucket(word, false)?.delete(word);
    }
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** The indexed word a typo most likely stands for, if one is close enough. */
  correct(word: string): string | undefined {
    return this.closest(word)?.word;
  }

  /** Like `correct`, with the edit distance and the word's count (to compare bases). */
  closest(word: string): { word: string; distance: number; count: number } | undefined {
    if (word.length < minLength || /\p{N}/u.test(word)) return undefined;
    const edits = word.length >= twoEdits ? 2 : 1;
    let best: { word: string; distance: number; count: number } | undefined;
    for (let length = word.length - edits; length <= word.length + edits; length++) {
      const bucket = this.buckets.get(`${word[0]}${length}`);
      if (!bucket) continue;
      for (const candidate of bucket) {
        const d = distance(word, candidate);
        if (d > edits) continue;
        const count = this.counts.get(candidate)!;
        if (!best || d < best.distance || (d === best.distance && count > best.count))
          best = { word: candidate, distance: d, count };
      }
    }
    return best?.distance === 0 ? undefined : best;
  }

  private bucket(word: string, create: boolean): Set<string> | undefined {
    const key = `${word[0]}${word.length}`;
    let set = this.buckets.get(key);
    if (!set && create) {
      set = new Set();
      this.buckets.set(key, set);
    }
    return set;
  }
}
