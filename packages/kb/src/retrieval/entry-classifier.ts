import { analyzeText, expandedWords, functionTerms } from '../analysis/analyzer.js';
import { fold } from '../analysis/normalize.js';
import type { Language } from '../types.js';

/** One phrasing of an entry, as the classifier learns it. */
interface Example {
  slot: number;
  text: string;
  language: Language;
}

/** Phrasings per entry, on average, from which learning pays (the shop FAQ has one each). */
const minPhrasings = 3;
/** Entries needed before there is anything to tell apart. */
const minEntries = 5;
/** Weights (entries × features) kept at most: beyond it rare features are dropped first. */
const maxWeights = 6_000_000;
const epochs = 8;
const learningRate = 0.6;

/**
 * The features of a question: its index terms (stems, notions), its function words and
 * the bigrams of consecutive words ("card arrive" is not "card delivery"). Banking and
 * shop intents often differ by one word, which word order and pairs keep.
 */
export function questionFeatures(text: string, language: Language): string[] {
  const out = new Set<string>(analyzeText(text, language));
  for (const t of functionTerms(text, language)) out.add(t);
  let previous: string | undefined;
  for (const word of expandedWords(text, language)) {
    const primary = analyzeText(word, language)[0] ?? `=${fold(word)}`;
    if (previous !== undefined) out.add(`${previous}_${primary}`);
    previous = primary;
  }
  return [...out];
}

/**
 * A multinomial logistic regression over the entries of a base whose FAQ entries carry
 * several phrasings each (an intent list: BANKING77, CLINC150, an FAQ sheet with
 * "variations"). Trained lazily on the base's own phrasings with a few epochs of SGD
 * (deterministic order); its probability of an entry is blended into the lexical score.
 * Bases with one phrasing per entry never train it: a lexical index already is their
 * nearest neighbour. See docs/decisions/0200-multilingual-retrieval.md for the figures.
 */
export class EntryClassifier {
  private readonly examples = new Map<number, Example[]>();
  private phrasings = 0;
  private trained?: {
    slots: Int32Array;
    features: Map<string, number>;
    weights: Float64Array;
    bias: Float64Array;
  };
  private dirty = false;

  add(slot: number, phrasings: string[], language: Language): void {
    if (phrasings.length === 0) return;
    this.examples.set(
      slot,
      phrasings.map((text) => ({ slot, text, language })),
    );
    this.phrasings += phrasings.length;
    this.dirty = true;
  }

  remove(slots: Iterable<number>): void {
    for (const slot of slots) {
      const list = this.examples.get(slot);
      if (!list) continue;
      this.phrasings -= list.length;
      this.examples.delete(slot);
      this.dirty = true;
    }
  }

  /** True when the slot is one of the entries learnt. */
  has(slot: number): boolean {
    return this.examples.has(slot);
  }

  /** True when the base has enough phrasings per entry to learn from. */
  get active(): boolean {
    return this.examples.size >= minEntries && this.phrasings >= this.examples.size * minPhrasings;
  }

  /** Probability per entry slot (only those above `floor`), or undefined when inactive. */
  predict(text: string, language: Language, floor = 0.001): Map<number, number> | undefined {
    if (!this.active) return undefined;
    const model = this.model();
    const ids = questionFeatures(text, language)
      .map((f) => model.features.get(f))
      .filter((id): id is number => id !== undefined);
    const probs = scores(model.weights, model.bias, ids, model.slots.length);
    const out = new Map<number, number>();
    probs.forEach((p, c) => {
      if (p >= floor) out.set(model.slots[c]!, p);
    });
    return out;
  }

  private model(): NonNullable<EntryClassifier['trained']> {
    if (this.trained && !this.dirty) return this.trained;
    const slots = Int32Array.from(this.examples.keys());
    const classOf = new Map<number, number>();
    slots.forEach((slot, c) => {
      classOf.set(slot, c);
    });
    const rows: Array<{ c: number; terms: string[] }> = [];
    const df = new Map<string, number>();
    for (const list of this.examples.values()) {
      for (const e of list) {
        const terms = questionFeatures(e.text, e.language);
        rows.push({ c: classOf.get(e.slot)!, terms });
        for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
      }
    }
    // A feature seen once teaches nothing beyond its phrasing; keep the most frequent
    // ones within the weight budget.
    const budget = Math.max(1, Math.floor(maxWeights / slots.length));
    const kept = [...df]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, budget);
    const features = new Map(kept.map(([t], i) => [t, i]));
    const data = rows.map((r) => ({
      c: r.c,
      ids: r.terms.map((t) => features.get(t)).filter((id): id is number => id !== undefined),
    }));
    const classes = slots.length;
    const weights = new Float64Array(classes * features.size);
    const bias = new Float64Array(classes);
    const order = data.map((_, i) => i);
    const active = new Int32Array(classes);
    const step = new Float64Array(classes);
    let seed = 1;
    for (let epoch = 0; epoch < epochs; epoch++) {
      // Deterministic shuffle (a linear congruential generator): same base, same model.
      for (let i = order.length - 1; i > 0; i--) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        const j = seed % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const rate = learningRate / (1 + epoch);
      for (const i of order) {
        const { c, ids } = data[i]!;
        if (ids.length === 0) continue;
        const probs = scores(weights, bias, ids, classes);
        const x = 1 / Math.sqrt(ids.length);
        probs[c]! -= 1;
        // Only classes with a gradient worth applying: after an epoch or two most
        // entries' probabilities are near 0 for a phrasing, which keeps training linear.
        let live = 0;
        for (let k = 0; k < classes; k++) {
          const g = probs[k]!;
          if (g > -1e-3 && g < 1e-3) continue;
          bias[k]! -= rate * 0.1 * g;
          active[live] = k;
          step[live++] = rate * x * g;
        }
        // Feature-major weights: one feature's classes are contiguous in memory.
        for (const id of ids) {
          const row = id * classes;
          for (let j = 0; j < live; j++) weights[row + active[j]!]! -= step[j]!;
        }
      }
    }
    this.trained = { slots, features, weights, bias };
    this.dirty = false;
    return this.trained;
  }
}

/** Softmax of the classes' scores for a binary feature vector scaled to unit length. */
function scores(
  weights: Float64Array,
  bias: Float64Array,
  ids: number[],
  classes: number,
): Float64Array {
  const out = Float64Array.from(bias);
  const x = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
  for (const id of ids) {
    const row = id * classes;
    for (let k = 0; k < classes; k++) out[k]! += weights[row + k]! * x;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < classes; k++) if (out[k]! > max) max = out[k]!;
  let sum = 0;
  for (let k = 0; k < classes; k++) {
    out[k] = Math.exp(out[k]! - max);
    sum += out[k]!;
  }
  for (let k = 0; k < classes; k++) out[k]! /= sum;
  return out;
}
