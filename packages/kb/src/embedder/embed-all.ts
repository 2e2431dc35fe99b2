import { normaliseVector } from '../retrieval/vector-index.js';
import type { Embedder } from './embedder.js';

/** Embeds texts in the embedder's batches, reporting each batch; vectors come back unit-length. */
export async function embedAll(
  embedder: Embedder,
  texts: string[],
  options: { signal?: AbortSignal; onBatch?: (done: number, total: number) => void } = {},
): Promise<Float32Array[]> {
  const size = embedder.batchSize ?? 64;
  const vectors: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += size) {
    const batch = texts.slice(i, i + size);
    const result = await embedder.embed(batch, { signal: options.signal });
    if (result.length !== batch.length) {
      throw new Error(
        `embedder "${embedder.id}" returned ${result.length} vectors for ${batch.length} texts`,
      );
    }
    for (const v of result) vectors.push(normaliseVector(v));
    options.onBatch?.(vectors.length, texts.length);
  }
  return vectors;
}
