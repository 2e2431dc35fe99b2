import { createHmac, sign as edSign } from 'node:crypto';
import { ParleyError } from '@parley/core';
import { parseSigningKey, type SigningKey } from './keys.js';

/** The three Standard Webhooks headers (a type, so it passes as a plain header record). */
export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

export interface SignInput {
  /** The message id (`webhook-id`): the same on every retry of one event. */
  id: string;
  /** The attempt time: a Date, or whole seconds since the epoch. */
  timestamp: Date | number;
  /** The exact bytes sent; never re-serialised. */
  body: string | Uint8Array;
}

/**
 * Signs messages with one or more keys, parsed once. Several keys give several
 * space-separated signatures: sign with the new and the old secret while receivers
 * rotate (zero downtime).
 */
export interface Signer {
  /** The `webhook-signature` header value, e.g. `v1,K5oZ…= v1a,hnO3…==`. */
  sign(input: SignInput): string;
  /** All three headers for `input`. */
  headers(input: SignInput): WebhookHeaders;
}

/** A signer for `secrets`: `whsec_` (HMAC-SHA256, `v1`) and/or `whsk_` (ed25519, `v1a`). */
export function createSigner(secrets: string | readonly string[]): Signer {
  const list = typeof secrets === 'string' ? [secrets] : [...secrets];
  if (list.length === 0) {
    throw new ParleyError('CONFIG_INVALID', 'createSigner: pass at least one secret.');
  }
  const keys = list.map(parseSigningKey);
  const sign = (input: SignInput) => {
    const seconds = timestampSeconds(input.timestamp);
    assertSignableId(input.id);
    return keys.map((key) => signOne(key, input.id, seconds, input.body)).join(' ');
  };
  return {
    sign,
    headers: (input) => ({
      'webhook-id': input.id,
      'webhook-timestamp': String(timestampSeconds(input.timestamp)),
      'webhook-signature': sign(input),
    }),
  };
}

/** One-shot: the `webhook-signature` value of `input` under `secret` (or several). */
export function sign(input: SignInput & { secret: string | readonly string[] }): string {
  return createSigner(input.secret).sign(input);
}

/** One-shot: the three Standard Webhooks headers of `input` under `secret` (or several). */
export function signHeaders(
  input: SignInput & { secret: string | readonly string[] },
): WebhookHeaders {
  return createSigner(input.secret).headers(input);
}

/** `{id}.{timestamp}.{body}` as bytes; the body's bytes are used as they are. */
export function signedContent(id: string, seconds: number, body: string | Uint8Array): Buffer {
  const head = `${id}.${seconds}.`;
  if (typeof body === 'string') return Buffer.from(head + body, 'utf8');
  return Buffer.concat([Buffer.from(head, 'utf8'), body]);
}

/** The raw HMAC-SHA256 of the signed content (used by the verifier too). */
export function hmac(key: SigningKey & { version: 'v1' }, content: Buffer): Buffer {
  return createHmac('sha256', key.key).update(content).digest();
}

function signOne(key: SigningKey, id: string, seconds: number, body: string | Uint8Array): string {
  const content = signedContent(id, seconds, body);
  if (key.version === 'v1') return `v1,${hmac(key, content).toString('base64')}`;
  return `v1a,${edSign(null, content, key.privateKey).toString('base64')}`;
}

function timestampSeconds(timestamp: Date | number): number {
  const seconds = timestamp instanceof Date ? Math.floor(timestamp.getTime() / 1000) : timestamp;
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw new ParleyError(
      'INPUT_INVALID',
      `Webhook timestamp must be a valid Date or whole seconds since the epoch, got ${String(timestamp)}.`,
    );
  }
  return seconds;
}

// A dot in the id would make `{id}.{timestamp}.{body}` ambiguous; whitespace and commas
// would break the header format.
const signableId = /^[^\s.,]{1,256}$/;

function assertSignableId(id: string): void {
  if (typeof id !== 'string' || !signableId.test(id)) {
    throw new ParleyError(
      'INPUT_INVALID',
      `Webhook id ${JSON.stringify(id)} is not usable: use 1–256 characters without dots, commas or whitespace (e.g. \`msg_2KWPBgLlAfxdpx2AI54pPJ85f4W\`).`,
    );
  }
}
