import { ParleyError } from '@parley/core';
import { fileError } from '../../errors.js';
import type { SerializedError } from './protocol.js';

/** An error the parser process sent back, as the ParleyError it was there. */
export function revive(error: SerializedError, file: string): Error {
  if (error.code) {
    return new ParleyError(error.code as ParleyError['code'], error.message, {
      details: error.details ?? { file },
    });
  }
  return fileError(
    'FILE_INVALID',
    file,
    `it could not be read (${error.message})`,
    'Check the file, save it again and upload it again.',
  );
}

export function tooMuchMemory(file: string, maxMemoryMb: number, cause?: unknown): ParleyError {
  return fileError(
    'FILE_TOO_LARGE',
    file,
    `parsing it needed more than ${maxMemoryMb} MiB`,
    'Split the file, or raise `parser.maxMemoryMb` in createKnowledgeBase options for files you trust.',
    cause,
  );
}

export function tooSlow(file: string, timeoutMs: number): ParleyError {
  return fileError(
    'FILE_TOO_LARGE',
    file,
    `parsing took longer than ${timeoutMs} ms`,
    'Split the file, or raise `parser.timeoutMs` in createKnowledgeBase options for files you trust.',
  );
}

export function parserCrashed(file: string, why: string): ParleyError {
  return fileError(
    'FILE_INVALID',
    file,
    `the parser failed (${why})`,
    'Check the file, save it again and upload it again.',
  );
}

/** What V8 prints when a process reaches `--max-old-space-size`. */
export const OUT_OF_HEAP = /heap limit|heap out of memory|allocation failed/i;
