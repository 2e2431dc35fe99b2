import { ParleyError } from '@parley/core';

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

/** The same limit message for every loader. */
export function tooLarge(file: string, what: string, actual: number, max: number, option: string) {
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
