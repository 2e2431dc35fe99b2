import type { HeadersInput } from '../signing/headers.js';
import type { Verifier } from '../signing/verify.js';
import { verificationError } from '../signing/verify-error.js';
import type { Dedupe } from './dedupe.js';

/** A verified webhook with its JSON body parsed (after verification, never before). */
export interface WebhookEvent<T = unknown> {
  /** `webhook-id`: the idempotency key. */
  id: string;
  /** `webhook-timestamp`: when this attempt was signed. */
  timestamp: Date;
  /** Which signature matched. */
  version: 'v1' | 'v1a';
  /** The body's `type` (e.g. `message.sent`), when it is a string. */
  type: string | undefined;
  /** The body's `data`, or the whole body when it has no `data` field. */
  data: T;
  /** The whole parsed body. */
  payload: unknown;
  /** The body exactly as received. */
  rawBody: string;
}

/** Default most bytes a receiver reads: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Verifies the raw bytes, then (only then) decodes and parses them. */
export function verifyAndParse(
  verifier: Verifier,
  body: Uint8Array | string,
  headers: HeadersInput,
): WebhookEvent {
  const verified = verifier(body, headers);
  let rawBody: string;
  let payload: unknown;
  try {
    rawBody = typeof body === 'string' ? body : utf8.decode(body);
    payload = JSON.parse(rawBody);
  } catch {
    throw verificationError('invalid_body', 'The webhook body is not UTF-8 JSON.');
  }
  const object =
    typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  return {
    id: verified.id,
    timestamp: verified.timestamp,
    version: verified.version,
    type: typeof object.type === 'string' ? object.type : undefined,
    data: 'data' in object ? object.data : payload,
    payload,
    rawBody,
  };
}

/**
 * Runs `fn` for `event` unless `dedupe` has seen its id; releases the claim when `fn`
 * throws so the sender's retry is handled. True when `fn` ran.
 */
export async function runOnce(
  event: WebhookEvent,
  dedupe: Dedupe | undefined,
  fn: () => unknown,
): Promise<boolean> {
  if (dedupe && !(await dedupe.claim(event.id))) return false;
  try {
    await fn();
    return true;
  } catch (error) {
    await dedupe?.release?.(event.id);
    throw error;
  }
}

/** The message sent back to the sender when `bytes` is over `max`. */
export function tooLarge(max: number): Error {
  return verificationError(
    'body_too_large',
    `The webhook body is over ${max} bytes (maxBodyBytes); raise the limit if such events are expected.`,
  );
}
