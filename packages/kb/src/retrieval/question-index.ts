/** Character trigrams of words, each padded with spaces: "kirim" → " ki", "kir", ... */
export function trigrams(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

interface Entry {
  slot: number;
  size: number;
}

/**
 * Question-to-question matching for FAQ pairs and examples: the Dice similarity of
 * character trigrams between the customer's words and each stored question (and its
 * alternatives). Trigrams forgive typos and word forms the stemmers miss ("ongkir",
 * "pengiriman"/"kirim").
 */
export class QuestionIndex {
  private readonly grams = new Map<string, number[]>();
  private readonly entries: (Entry | undefined)[] = [];
  private readonly bySlot = new Map<number, number[]>();

  get size(): number {
    return this.bySlot.size;
  }

  /** Adds the questions (content words of each phrasing) of one chunk. */
  add(slot: number, questions: string[][]): void {
    const ids: number[] = [];
    for (const words of questions) {
      const grams = trigrams(words);
      if (grams.size === 0) continue;
      const id = this.entries.length;
      this.entries.push({ slot, size: grams.size });
      ids.push(id);
      for (const gram of grams) {
        let list = this.grams.get(gram);
        if (!list) {
          list = [];
          this.grams.set(gram, list);
        }
        list.push(id);
      }
    }
    if (ids.length > 0) this.bySlot.set(slot, ids);
  }

  remove(slots: Iterable<number>): void {
    const gone = new Set<number>();
    for (const slot of slots) {
      for (const id of this.bySlot.get(slot) ?? []) {
        gone.add(id);
        this.entries[id] = undefined;
      }
      this.bySlot.delete(slot);
    }
    if (gone.size === 0) return;
    for (const [gram, list] of this.grams) {
      const kept = list.filter((id) => !gone.has(id));
      if (kept.length === 0) this.grams.delete(gram);
      else if (kept.length !== list.length) this.grams.set(gram, kept);
    }
  }

  /** Best similarity (0..1) per slot, over every phrasing of its question. */
  search(words: string[]): Map<number, number> {
    const query = trigrams(words);
    const shared = new Map<number, number>();
    for (const gram of query) {
      for (const id of this.grams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const best = new Map<number, number>();
    for (const [id, count] of shared) {
      const entry = this.entries[id];
      if (!entry) continue;
      const dice = (2 * count) / (query.size + entry.size);
      if (dice > (best.get(entry.slot) ?? 0)) best.set(entry.slot, dice);
    }
    return best;
  }
}
