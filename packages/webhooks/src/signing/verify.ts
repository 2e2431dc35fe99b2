import { verify as edVerify, timingSafeEqual } from 'node:crypto';
import { type Clock, ParleyError, systemClock } from '@parley/core';
import { decodeBase64Strict } from './base64.js';
import { type HeadersInput, headerValues } from './headers.js';
import { parseVerifyingKey, type VerifyingKey } from './keys.js';
import { hmac, signedContent } from './sign.js';
import { verificationError } from './verify-error.js';

export interface VerifyOptions {
  /**
   * The endpoint's secret(s): `whsec_…` for `v1` (HMAC), `whpk_…` for `v1a` (ed25519).
   * Several are tried in turn: keep the old one here while a rotation settles.
   */
  secret: string | readonly string[];
  /** How far the `webhook-timestamp` may be from now, either way (default 300 s). */
  toleranceSeconds?: number;
  /** Where "now" comes from (default: the system clock). */
  clock?: Clock;
}

/** A webhook whose signature and timestamp checked out. The body is the caller's, untouched. */
export interface VerifiedWebhook<B extends string | Uint8Array = string | Uint8Array> {
  /** `webhook-id`: the idempotency key; the same on every retry of one event. */
  id: string;
  /** `webhook-timestamp`: when this attempt was signed. */
  timestamp: Date;
  /** Which signature matched: `v1` (HMAC) or `v1a` (ed25519). */
  version: 'v1' | 'v1a';
  body: B;
}

export type Verifier = <B extends string | Uint8Array>(
  body: B,
  headers: HeadersInput,
) => VerifiedWebhook<B>;

const DEFAULT_TOLERANCE_SECONDS = 300;
// Whole seconds, no sign, no fraction, no leading zero; 12 digits reach the year 33658.
const timestampShape = /^(?:0|[1-9]\d{0,11})$/;
const idShape = /^[^\s,]{1,256}$/;

/**
 * A verifier with its keys parsed once. It checks the three Standard Webhooks headers,
 * the timestamp against the tolerance, and every `v1`/`v1a` signature in the header
 * against every key (constant-time for HMAC); unknown versions are skipped. It throws a
 * ParleyError whose `details.reason` and `details.status` say why (see
 * `verificationFailureOf`). The body is never parsed or re-encoded.
 */
export function createVerifier(options: VerifyOptions): Verifier {
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  if (secrets.length === 0) {
    throw new ParleyError('CONFIG_INVALID', 'createVerifier: pass at least one secret.');
  }
  const keys = secrets.map(parseVerifyingKey);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `toleranceSeconds must be a number of seconds >= 0, got ${tolerance}.`,
    );
  }
  const clock = options.clock ?? systemClock;

  return (body, headers) => {
    if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
      throw verificationError(
        'invalid_body',
        'Pass the raw request body (string or Uint8Array) to verify; a parsed object cannot be verified because re-serialising changes its bytes.',
      );
    }
    const id = single(headers, 'webhook-id');
    const stamp = single(headers, 'webhook-timestamp');
    const signatures = single(headers, 'webhook-signature');

    if (!idShape.test(id)) {
      throw verificationError(
        'invalid_id',
        'webhook-id must be 1–256 characters without whitespace or commas.',
      );
    }
    if (!timestampShape.test(stamp)) {
      const hint = /^\d{13}$/.test(stamp) ? ' (it looks like milliseconds)' : '';
      throw verificationError(
        'invalid_timestamp',
        `webhook-timestamp must be whole seconds since the epoch, digits only${hint}.`,
      );
    }
    const seconds = Number(stamp);
    const now = Math.floor(clock.now().getTime() / 1000);
    if (now - seconds > tolerance) {
      throw verificationError(
        'timestamp_too_old',
        `webhook-timestamp is ${now - seconds} s old, beyond the ${tolerance} s tolerance: a replay or a badly skewed sender clock.`,
      );
    }
    if (seconds - now > tolerance) {
      throw verificationError(
        'timestamp_too_new',
        `webhook-timestamp is ${seconds - now} s in the future, beyond the ${tolerance} s tolerance: check the sender's clock.`,
      );
    }

    const candidates = parseSignatureHeader(signatures);
    const content = signedContent(id, seconds, body);
    const version = matchingVersion(keys, candidates, content);
    if (!version) {
      throw verificationError(
        'no_matching_signature',
        'No signature in webhook-signature matches: wrong secret, or the body was changed (verify the raw bytes, before any JSON parsing).',
      );
    }
    return { id, timestamp: new Date(seconds * 1000), version, body };
  };
}

/** One-shot verification; prefer `createVerifier` when verifying many. */
export function verifyWebhook<B extends string | Uint8Array>(
  body: B,
  headers: HeadersInput,
  options: VerifyOptions,
): VerifiedWebhook<B> {
  return createVerifier(options)(body, headers);
}

function single(headers: HeadersInput, name: string): string {
  const values = headerValues(headers, name);
  if (values.length === 0 || values[0] === '') {
    throw verificationError('missing_header', `The ${name} header is missing.`);
  }
  if (values.length > 1) {
    throw verificationError('duplicated_header', `The ${name} header appears more than once.`);
  }
  const value = values[0]!;
  // Joined repeats ("a, b"): Web Headers and Node's `headers` merge duplicates so.
  if (value.includes(', ')) {
    throw verificationError(
      'duplicated_header',
      `The ${name} header appears more than once (its values were joined with ", ").`,
    );
  }
  return value;
}

interface Candidate {
  version: string;
  bytes: Uint8Array;
}

function parseSignatureHeader(header: string): Candidate[] {
  const out: Candidate[] = [];
  let wellFormed = 0;
  for (const entry of header.split(' ')) {
    if (entry === '') continue;
    const comma = entry.indexOf(',');
    if (comma <= 0) continue;
    wellFormed++;
    const bytes = decodeBase64Strict(entry.slice(comma + 1));
    if (bytes) out.push({ version: entry.slice(0, comma), bytes });
  }
  if (wellFormed === 0) {
    throw verificationError(
      'invalid_signature_header',
      'webhook-signature must hold space-separated `v1,<base64>` (or `v1a,<base64>`) entries.',
    );
  }
  return out;
}

function matchingVersion(
  keys: VerifyingKey[],
  candidates: Candidate[],
  content: Buffer,
): 'v1' | 'v1a' | undefined {
  for (const key of keys) {
    if (key.version === 'v1') {
      const expected = hmac(key, content);
      for (const c of candidates) {
        if (c.version === 'v1' && c.bytes.length === expected.length) {
          if (timingSafeEqual(c.bytes, expected)) return 'v1';
        }
      }
    } else {
      for (const c of candidates) {
        if (c.version === 'v1a' && c.bytes.length === 64) {
          if (edVerify(null, content, key.publicKey, c.bytes)) return 'v1a';
        }
      }
    }
  }
  return undefined;
}
