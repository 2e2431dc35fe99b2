import {
  type Clock,
  DEFAULT_TENANT,
  type KeyValue,
  type Logger,
  parseOrThrow,
  silentLogger,
  systemClock,
} from '@parley/core';
import { z } from 'zod';
import type { ChunkOptions } from './chunking/chunk.js';
import type { Embedder } from './embedder/embedder.js';
import type { ParseSandboxOptions } from './ingest/sandbox/parse-pool.js';
import { defaultLimits, type KnowledgeLimits, limitsSchema } from './limits.js';
import type { Language } from './types.js';

export interface KnowledgeBaseOptions {
  /** Names this knowledge base within its tenant (default `default`); one per assistant is fine. */
  id?: string;
  /** The tenant that owns it (default `default`); searches never leave it. */
  tenantId?: string;
  /**
   * Languages of the content and the customers (default all four). The first is the
   * fallback when a text's language cannot be told.
   */
  languages?: Language[];
  limits?: Partial<KnowledgeLimits>;
  chunking?: ChunkOptions;
  /** Adds vector retrieval, fused with the lexical ranking. */
  embedder?: Embedder;
  /** Keeps documents across restarts (one key per document); loaded on first use. */
  store?: KeyValue;
  clock?: Clock;
  logger?: Logger;
  /**
   * Where files are parsed (P-36). By default in a child process with a heap cap
   * (`maxMemoryMb`) and a wall-clock timeout, so no upload stalls or kills the
   * conversations on this process. `worker: false` parses inline (trusted files, or
   * platforms that cannot start processes); `workers` is the number of parser processes.
   */
  parser?: Partial<ParseSandboxOptions> & { worker?: boolean };
}

export interface ResolvedOptions {
  id: string;
  tenantId: string;
  languages: Language[];
  limits: KnowledgeLimits;
  chunking: Required<ChunkOptions>;
  embedder?: Embedder;
  store?: KeyValue;
  clock: Clock;
  logger: Logger;
  parser: ParseSandboxOptions & { worker: boolean };
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null;

const schema = z
  .object({
    id: z.string().min(1).default('default'),
    tenantId: z.string().min(1).default(DEFAULT_TENANT),
    languages: z
      .array(z.enum(['en', 'id', 'pt', 'es']))
      .min(1)
      .default(['en', 'id', 'pt', 'es']),
    limits: limitsSchema.default({}),
    chunking: z
      .object({
        maxChars: z.number().int().min(100).default(1000),
        overlapChars: z.number().int().min(0).default(200),
      })
      .strict()
      .default({ maxChars: 1000, overlapChars: 200 }),
    embedder: z
      .custom<Embedder>(
        (v) =>
          isObject(v) &&
          typeof (v as Embedder).embed === 'function' &&
          typeof (v as Embedder).id === 'string',
        {
          message: 'expected an Embedder ({ id, embed(texts) })',
        },
      )
      .optional(),
    store: z
      .custom<KeyValue>((v) => isObject(v) && typeof (v as KeyValue).list === 'function', {
        message: 'expected a KeyValue store (e.g. store.kv("kb"))',
      })
      .optional(),
    clock: z
      .custom<Clock>((v) => isObject(v) && typeof (v as Clock).now === 'function')
      .default(systemClock),
    logger: z
      .custom<Logger>((v) => isObject(v) && typeof (v as Logger).warn === 'function')
      .default(silentLogger),
    parser: z
      .object({
        worker: z.boolean().default(true),
        timeoutMs: z.number().int().positive().default(60_000),
        maxMemoryMb: z.number().int().min(32).default(512),
        workers: z.number().int().min(1).max(16).default(1),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export function resolveOptions(options: KnowledgeBaseOptions): ResolvedOptions {
  const o = parseOrThrow(schema, options, 'createKnowledgeBase options');
  return {
    ...o,
    languages: [...new Set(o.languages)],
    limits: { ...defaultLimits, ...o.limits },
  };
}
