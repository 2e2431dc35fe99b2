import { ParleyError, parseOrThrow } from '@parley/core';
import OpenAI from 'openai';
import { z } from 'zod';
import type { Embedder } from './embedder.js';

export interface OpenAIEmbedderOptions {
  /** Embedding model (default `text-embedding-3-small`). */
  model?: string;
  /** Defaults to the OPENAI_API_KEY environment variable; optional with `baseURL`. */
  apiKey?: string;
  /** An OpenAI-compatible server (`http://localhost:11434/v1` for Ollama, ...). */
  baseURL?: string;
  /** Shorter vectors, for models that support it (text-embedding-3-*). */
  dimensions?: number;
  /** Texts per request (default 64). */
  batchSize?: number;
  /** Per-request timeout in ms (default 30,000). */
  timeoutMs?: number;
  /** Retries on 429/5xx, with the client's back-off (default 2). */
  maxRetries?: number;
  /** A fetch to use instead of the global one (proxies, tests). */
  fetch?: typeof globalThis.fetch;
}

const optionsSchema = z
  .object({
    model: z.string().min(1).default('text-embedding-3-small'),
    apiKey: z.string().min(1).optional(),
    baseURL: z.url().optional(),
    dimensions: z.number().int().positive().optional(),
    batchSize: z.number().int().min(1).max(2048).default(64),
    timeoutMs: z.number().int().positive().default(30_000),
    maxRetries: z.number().int().min(0).max(10).default(2),
    fetch: z.custom<typeof globalThis.fetch>((v) => typeof v === 'function').optional(),
  })
  .strict();

/**
 * An Embedder over the `/v1/embeddings` endpoint through the `openai` package: OpenAI
 * itself, or any OpenAI-compatible server given by `baseURL`.
 */
export function openAIEmbedder(options: OpenAIEmbedderOptions = {}): Embedder {
  const o = parseOrThrow(optionsSchema, options, 'openAIEmbedder options');
  const apiKey = o.apiKey ?? process.env.OPENAI_API_KEY ?? (o.baseURL ? 'unused' : undefined);
  if (!apiKey) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'openAIEmbedder needs an API key: pass `apiKey` or set OPENAI_API_KEY (or give `baseURL` of a server that needs none).',
    );
  }
  const client = new OpenAI({
    apiKey,
    baseURL: o.baseURL,
    timeout: o.timeoutMs,
    maxRetries: o.maxRetries,
    fetch: o.fetch,
  });
  return {
    id: `openai:${o.baseURL ?? 'api'}:${o.model}${o.dimensions ? `:${o.dimensions}` : ''}`,
    batchSize: o.batchSize,
    async embed(texts, { signal } = {}) {
      if (texts.length === 0) return [];
      try {
        const response = await client.embeddings.create(
          {
            model: o.model,
            input: texts,
            // Floats, not the client's base64 default: not every compatible server has it.
            encoding_format: 'float',
            ...(o.dimensions ? { dimensions: o.dimensions } : {}),
          },
          { signal },
        );
        const vectors = [...response.data]
          .sort((a, b) => a.index - b.index)
          .map((d) => d.embedding);
        if (vectors.length !== texts.length) {
          throw new Error(
            `the server returned ${vectors.length} vectors for ${texts.length} texts`,
          );
        }
        return vectors;
      } catch (cause) {
        throw new ParleyError(
          'ASSISTANT_FAILED',
          `Embedding with "${o.model}" failed: ${(cause as Error).message}. Check the model name, the key and that the server is reachable.`,
          { cause, details: { model: o.model } },
        );
      }
    },
  };
}
