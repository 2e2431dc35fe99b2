/**
 * Turns texts into vectors for semantic retrieval. Any model fits: OpenAI, a local
 * OpenAI-compatible server, or a host's own function.
 */
export interface Embedder {
  /**
   * Names the model and its settings (`openai:text-embedding-3-small:512`). Vectors
   * made under another id are never compared with this one's: a restored snapshot
   * whose id differs is searched lexically until re-ingested.
   */
  readonly id: string;
  /** Most texts per `embed` call (default 64). */
  readonly batchSize?: number;
  /** One vector per text, in order. */
  embed(texts: string[], options?: { signal?: AbortSignal }): Promise<ArrayLike<number>[]>;
}
