import type { QueryToken } from '../analysis/analyzer.js';
import { type Scored, topK } from './top-k.js';

const k1 = 1.2;
/** Share of a full token's score a minor token (function word) can add. */
const minorWeight = 0.5;
/** Share of a matched minor token's idf added to the ceiling (so function words cannot lift a score alone). */
const minorCeiling = 0.5;
const b = 0.75;

/** The fields of a chunk; a term's frequencies in them are combined before saturation. */
export const fields = ['text', 'context', 'question'] as const;
export type FieldName = (typeof fields)[number];
export type FieldTerms = Record<FieldName, string[]>;

/** A term's frequencies in the three fields, packed in one number (each capped at 1023). */
const tfBits = 1024;
const fieldUnit = [1, tfBits, tfBits * tfBits];

/**
 * A lexical hit: raw BM25F and the same divided by what a plain match of every token
 * scores (above 1 for repeated or boosted matches; callers clamp it for display).
 */
export interface LexicalScored extends Scored {
  normalized: number;
}

/**
 * An inverted index scored with BM25F (Robertson et al.): per chunk, a term's
 * frequencies in the weighted fields, each normalised by its field's length, add up
 * to one pseudo-frequency that saturates once, so a word in both an FAQ's question
 * and its answer is not counted twice. Postings are `[slot, packed tfs]` pairs; the
 * per-field length factors are cached until the next change, and scores accumulate in
 * typed arrays reused across queries. Slots of removed chunks are reused.
 */
/**
 * Query tokens past which a message counts as long (see `search`): chosen on seven shops'
 * dev questions (4 and 5 answered more long messages but handed off fewer out-of-scope
 * ones; 6 changed nothing else).
 */
const longQuery = 6;

export class LexicalIndex {
  private readonly termIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  private lengths: Float64Array[] = fields.map(() => new Float64Array(64));
  private readonly totalLength = fields.map(() => 0);
  private readonly weights: number[];
  private factors: Float64Array[] = fields.map(() => new Float64Array(64));
  private factorsFresh = false;
  private slotTerms: (Int32Array | undefined)[] = [];
  private readonly free: number[] = [];
  private live = 0;
  private total = new Float64Array(64);
  private token = new Float64Array(64);
  private stamp = new Uint32Array(64);
  private generation = 0;
  // Lists of touched slots, reused so a query allocates (almost) nothing.
  private touched = new Int32Array(64);
  private tokenTouched = new Int32Array(64);

  constructor(weights: Record<FieldName, number>) {
    this.weights = fields.map((f) => weights[f]);
  }

  /** Number of chunks indexed. */
  get size(): number {
    return this.live;
  }

  /** Whether some live chunk holds the term. */
  has(term: string): boolean {
    const id = this.termIds.get(term);
    return id !== undefined && this.postings[id]!.length > 0;
  }

  /** Whether some live chunk holds the term in `field`. */
  hasIn(term: string, field: FieldName): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    const unit = fieldUnit[fields.indexOf(field)]!;
    const list = this.postings[id]!;
    for (let i = 1; i < list.length; i += 2)
      if (Math.floor(list[i]! / unit) % tfBits > 0) return true;
    return false;
  }

  /**
   * Share of the tokens of which the chunk at `slot` holds some variant; with `only`,
   * among the tokens it marks (undefined when it marks none).
   */
  coverage(slot: number, tokens: QueryToken[], only?: readonly boolean[]): number | undefined {
    const counted = only ? tokens.filter((_, i) => only[i]) : tokens;
    if (counted.length === 0) return only ? undefined : 0;
    const ids = this.slotTerms[slot];
    if (!ids) return 0;
    let covered = 0;
    for (const variants of counted) {
      for (const term of variants) {
        const id = this.termIds.get(term);
        if (id !== undefined && ids.includes(id)) {
          covered++;
          break;
        }
      }
    }
    return covered / counted.length;
  }

  /** Indexes one chunk's terms; returns its slot. */
  add(terms: FieldTerms): number {
    const slot = this.free.pop() ?? this.slotTerms.length;
    this.ensure(slot + 1);
    const counts = new Map<number, number>();
    fields.forEach((field, f) => {
      const unit = fieldUnit[f]!;
      const list = terms[field];
      for (const term of list) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.postings.length;
          this.termIds.set(term, id);
          this.postings.push([]);
        }
        const packed = counts.get(id) ?? 0;
        const inField = Math.floor(packed / unit) % tfBits;
        counts.set(id, inField < tfBits - 1 ? packed + unit : packed);
      }
      this.lengths[f]![slot] = list.length;
      this.totalLength[f]! += list.length;
    });
    for (const [id, packed] of counts) this.postings[id]!.push(slot, packed);
    this.slotTerms[slot] = Int32Array.from(counts.keys());
    this.live++;
    this.factorsFresh = false;
    return slot;
  }

  /** Removes chunks; each touched posting list is filtered once for the whole batch. */
  remove(slots: Iterable<number>): void {
    const gone = new Set<number>();
    const touched = new Set<number>();
    for (const slot of slots) {
      const ids = this.slotTerms[slot];
      if (!ids) continue;
      gone.add(slot);
      for (const id of ids) touched.add(id);
      fields.forEach((_, f) => {
        this.totalLength[f]! -= this.lengths[f]![slot]!;
        this.lengths[f]![slot] = 0;
      });
      this.slotTerms[slot] = undefined;
      this.live--;
    }
    for (const id of touched) {
      const list = this.postings[id]!;
      let w = 0;
      for (let r = 0; r < list.length; r += 2) {
        if (gone.has(list[r]!)) continue;
        list[w++] = list[r]!;
        list[w++] = list[r + 1]!;
      }
      list.length = w;
    }
    this.free.push(...gone);
    this.factorsFresh = false;
  }

  /**
   * The best `limit` slots for the query. A token scores the best of its variants (two
   * stems of one word never count twice). `normalized` divides by the sum of the
   * tokens' idf: what a chunk holding each token once in plain text would score, so a
   * query whose words are all found scores about 1, and one with unknown words less.
   */
  search(
    tokens: QueryToken[],
    limit: number,
    accept?: (slot: number) => boolean,
    minor: QueryToken[] = [],
  ): LexicalScored[] {
    if (tokens.length + minor.length === 0 || this.live === 0) return [];
    const n = this.live;
    const [wText, wContext, wQuestion] = this.lengthFactors();
    const { total, token, stamp, touched, tokenTouched } = this;
    let touchedCount = 0;
    let ceiling = 0;
    const all = minor.length === 0 ? tokens : [...tokens, ...minor];
    for (let k = 0; k < all.length; k++) {
      const variants = all[k]!;
      const isMinor = k >= tokens.length;
      const tokenGen = this.nextGeneration();
      let tokenCount = 0;
      let best = 0;
      for (const term of variants) {
        const id = this.termIds.get(term);
        const list = id === undefined ? undefined : this.postings[id]!;
        if (!list || list.length === 0) continue;
        const df = list.length / 2;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        if (idf > best) best = idf;
        const top = idf * (k1 + 1) * (isMinor ? minorWeight : 1);
        for (let r = 0; r < list.length; r += 2) {
          const slot = list[r]!;
          const packed = list[r + 1]!;
          const t = packed % tfBits;
          const rest = (packed - t) / tfBits;
          const c = rest % tfBits;
          const q = (rest - c) / tfBits;
          const tf = t * wText![slot]! + c * wContext![slot]! + q * wQuestion![slot]!;
          const score = (top * tf) / (tf + k1);
          if (stamp[slot] !== tokenGen) {
            stamp[slot] = tokenGen;
            token[slot] = score;
            tokenTouched[tokenCount++] = slot;
          } else if (score > token[slot]!) {
            token[slot] = score;
          }
        }
      }
      // A word the base has never seen still counts: the query asks about something missing.
      // Minor tokens (function words) only count when the query has nothing else.
      if (!isMinor) ceiling += best > 0 ? best : Math.log(1 + (n + 0.5) / 0.5);
      else ceiling += best * minorCeiling;
      for (let i = 0; i < tokenCount; i++) {
        const slot = tokenTouched[i]!;
        if (total[slot] === 0) touched[touchedCount++] = slot;
        total[slot]! += token[slot]!;
      }
    }
    const candidates = accept
      ? Array.from(touched.subarray(0, touchedCount)).filter(accept)
      : touched;
    const count = accept ? candidates.length : touchedCount;
    const best = topK(
      count,
      (i) => candidates[i]!,
      (i) => total[candidates[i]!]!,
      limit,
    );
    for (let i = 0; i < touchedCount; i++) total[touched[i]!] = 0;
    // A long message asks one thing among many words (an order number, a story, a date):
    // past `longQuery` tokens the ceiling is that of `longQuery` tokens of the same mean
    // weight, so the question is not diluted by every other word the message holds (ADR 0600).
    if (tokens.length > longQuery) ceiling *= longQuery / tokens.length;
    return best.map((s) => ({ ...s, normalized: ceiling > 0 ? s.score / ceiling : 0 }));
  }

  /** `weight / (1 - b + b * length / average length)` per field and slot. */
  private lengthFactors(): Float64Array[] {
    if (this.factorsFresh) return this.factors;
    const n = Math.max(1, this.live);
    const slots = this.slotTerms.length;
    fields.forEach((_, f) => {
      const avg = Math.max(1, this.totalLength[f]! / n);
      const lengths = this.lengths[f]!;
      const out = this.factors[f]!;
      const weight = this.weights[f]!;
      for (let s = 0; s < slots; s++) out[s] = weight / (1 - b + (b * lengths[s]!) / avg);
    });
    this.factorsFresh = true;
    return this.factors;
  }

  private nextGeneration(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  private ensure(capacity: number): void {
    if (capacity <= this.total.length) return;
    const size = Math.max(capacity, this.total.length * 2);
    const grow = <T extends Float64Array | Uint32Array>(a: T, make: (size: number) => T): T => {
      const next = make(size);
      next.set(a);
      return next;
    };
    this.lengths = this.lengths.map((a) => grow(a, (s) => new Float64Array(s)));
    this.factors = this.factors.map((a) => grow(a, (s) => new Float64Array(s)));
    this.total = grow(this.total, (s) => new Float64Array(s));
    this.token = grow(this.token, (s) => new Float64Array(s));
    this.stamp = grow(this.stamp, (s) => new Uint32Array(s));
    this.touched = new Int32Array(size);
    this.tokenTouched = new Int32Array(size);
  }
}
