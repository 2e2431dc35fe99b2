import type { Scored } from './top-k.js';
import { topK } from './top-k.js';

/** Unit-length copy of a vector, so a dot product is the cosine similarity. */
export function normaliseVector(vector: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(vector);
  let norm = 0;
  for (let i = 0; i < out.length; i++) norm += out[i]! * out[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}

/** Exact nearest neighbours by cosine similarity over every stored vector. */
export class VectorIndex {
  private readonly vectors = new Map<number, Float32Array>();

  get size(): number {
    return this.vectors.size;
  }

  set(slot: number, vector: Float32Array): void {
    this.vectors.set(slot, vector);
  }

  remove(slots: Iterable<number>): void {
    for (const slot of slots) this.vectors.delete(slot);
  }

  search(query: Float32Array, limit: number, accept?: (slot: number) => boolean): Scored[] {
    const slots: number[] = [];
    const scores: number[] = [];
    for (const [slot, vector] of this.vectors) {
      if (vector.length !== query.length || (accept && !accept(slot))) continue;
      let dot = 0;
      for (let i = 0; i < vector.length; i++) dot += vector[i]! * query[i]!;
      slots.push(slot);
      scores.push(dot);
    }
    return topK(
      slots.length,
      (i) => slots[i]!,
      (i) => scores[i]!,
      limit,
    );
  }
}
