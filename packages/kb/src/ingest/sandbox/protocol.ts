import type { KnowledgeLimits } from '../../limits.js';
import type { LoadedFile } from '../../loaders/unit.js';
import type { IngestAs, KnowledgeFile } from '../../types.js';

/** One parse job, main thread → worker. */
export interface ParseJob {
  file: KnowledgeFile;
  as: IngestAs;
  label: string;
  limits: KnowledgeLimits;
}

/** A ParleyError (or any error) flattened for postMessage. */
export interface SerializedError {
  code?: string;
  message: string;
  details?: Record<string, unknown>;
}

/** Worker → main thread. */
export type ParseReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; loaded: LoadedFile }
  | { type: 'failed'; error: SerializedError };
