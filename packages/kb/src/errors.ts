import { ParleyError } from '@parley/core';
import type { KnowledgeLimits } from './limits.js';

/**
 * A file that cannot be read: names the file and the reason, and says what to do.
 * `FILE_TOO_LARGE` for a limit, `FILE_INVALID` for everything else.
 */
export function fileError(
  code: 'FILE_INVALID' | 'FILE_TOO_LARGE',
  file: string,
  reason: string,
  hint: string,
  cause?: unknown,
): ParleyError {
  return new ParleyError(code, `Cannot ingest "${file}": ${reason}. ${hint}`, {
    cause,
    details: { file, reason },
  });
}

/** Throws FILE_TOO_LARGE when `actual` is over `limits[option]`, in one message for every loader. */
export function assertWithin(
  file: string,
  limits: KnowledgeLimits,
  option: keyof KnowledgeLimits,
  actual: number,
  what: string,
): void {
  if (actual > limits[option]) throw tooLarge(file, what, actual, limits[option], option);
}

function tooLarge(file: string, what: string, actual: number, max: number, option: string) {
  return fileError(
    'FILE_TOO_LARGE',
    file,
    `${what} is ${actual}, over the limit of ${max}`,
    `Split the file, or raise \`limits.${option}\` in createKnowledgeBase options.`,
  );
}

/** Throws the signal's reason as an ABORTED ParleyError when the caller gave up. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new ParleyError('ABORTED', 'Ingestion was aborted by the caller.', {
      cause: signal.reason,
    });
  }
}
