const marker = Symbol.for('parley.error');

/** Every error code Parley raises. Closed on purpose: hosts can switch on it. */
export const errorCodes = [
  'CONFIG_INVALID',
  'INPUT_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'CHANNEL_UNAVAILABLE',
  'CHANNEL_SEND_FAILED',
  'REPLY_WINDOW_CLOSED',
  'RATE_LIMITED',
  'LIMIT_EXCEEDED',
  'UNAUTHORIZED',
  'SIGNATURE_INVALID',
  'FILE_INVALID',
  'FILE_TOO_LARGE',
  'ASSISTANT_FAILED',
  'TIMEOUT',
  'STORE_FAILED',
  'ABORTED',
] as const;

export type ParleyErrorCode = (typeof errorCodes)[number];

export interface ParleyErrorOptions {
  cause?: unknown;
  /** Structured facts about the failure (field path, file name, channel id, ...). */
  details?: Record<string, unknown>;
}

/**
 * The one error class of Parley. `message` says what went wrong and how to fix it;
 * `code` is stable for programs. Use `ParleyError.isInstance(e)` rather than
 * `instanceof`, so two installed copies of the package still recognise each other.
 */
export class ParleyError extends Error {
  readonly code: ParleyErrorCode;
  readonly details: Record<string, unknown>;
  readonly [marker] = true;

  constructor(code: ParleyErrorCode, message: string, options: ParleyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ParleyError';
    this.code = code;
    this.details = options.details ?? {};
  }

  static isInstance(value: unknown): value is ParleyError {
    return typeof value === 'object' && value !== null && marker in value;
  }

  /** True when `value` is a ParleyError with the given code. */
  static hasCode(value: unknown, code: ParleyErrorCode): value is ParleyError {
    return ParleyError.isInstance(value) && value.code === code;
  }
}

/** Normalises anything thrown into an Error, keeping ParleyErrors as they are. */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}
