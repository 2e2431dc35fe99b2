import type { KnowledgeLimits } from '../../limits.js';
import type { LoadedFile, LoadedUnit } from '../../loaders/unit.js';
import type { IngestAs } from '../../types.js';

/**
 * Host → parser process. The file itself is not in the message: it is written to a
 * private temporary file the parser reads (written from the upload's own bytes on the
 * thread pool, so the host neither copies nor serialises it on its event loop).
 */
export interface ParseRequest {
  path: string;
  name: string;
  fileType?: string;
  /** The upload was text (decode the file as UTF-8), not bytes. */
  text: boolean;
  as: IngestAs;
  label: string;
  limits: KnowledgeLimits;
}

/** A ParleyError (or any error) flattened for the IPC channel. */
export interface SerializedError {
  code?: string;
  message: string;
  details?: Record<string, unknown>;
}

/** Parser process → host. Units come back in batches, then `done` closes the file. */
export type ParseReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'units'; units: LoadedUnit[] }
  | { type: 'done'; format: LoadedFile['format'] }
  | { type: 'failed'; error: SerializedError };

/** Units per `units` message: each reply deserialises in a short slice of the host's loop. */
export const UNITS_PER_MESSAGE = 2000;
