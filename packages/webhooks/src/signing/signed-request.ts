import { type Clock, systemClock } from '@parley/core';
import { newMessageId } from './ids.js';
import { createSigner } from './sign.js';

export interface SignedRequestInput {
  url: string | URL;
  /** The exact body to send (JSON text for the usual case). */
  body: string | Uint8Array;
  /** `whsec_` (HMAC) or `whsk_` (ed25519) secret(s) shared with the receiving business. */
  secret: string | readonly string[];
  /** Defaults to a fresh `msg_…` id. */
  id?: string;
  method?: string;
  headers?: Record<string, string>;
  clock?: Clock;
}

/**
 * AI4 (and any outbound call to a business's own endpoint): a `Request` carrying the
 * Standard Webhooks headers, so the business verifies it with any Standard Webhooks
 * library — or `verifyRequest` from this package.
 */
export function createSignedRequest(input: SignedRequestInput): Request {
  const clock = input.clock ?? systemClock;
  const now = clock.now();
  const id = input.id ?? newMessageId(now);
  const signed = createSigner(input.secret).headers({ id, timestamp: now, body: input.body });
  return new Request(input.url, {
    method: input.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...input.headers, ...signed },
    body: input.body as BodyInit,
  });
}
