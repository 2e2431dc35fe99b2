import { createHmac, timingSafeEqual } from 'node:crypto';
import { ParleyError } from '@parley/core';

/** Anonymous visitors get addresses with this prefix; identifiers may not use it. */
export const ANONYMOUS_PREFIX = 'visitor:';

/**
 * CH7: the `identifier_hash` a host's server computes for a signed-in visitor: the hex
 * HMAC-SHA256 of `identifier` keyed with the channel's identity secret (its UTF-8
 * bytes). Hand it to the widget beside the identifier (`data-identifier`,
 * `data-identifier-hash`); the secret itself never reaches the browser.
 */
export function signVisitorIdentity(identifier: string, secret: string): string {
  checkIdentifier(identifier);
  return hmac(identifier, secret).toString('hex');
}

/** CH7: true when `hash` is the identity hash of `identifier` (constant-time compare). */
export function verifyVisitorIdentity(identifier: string, hash: unknown, secret: string): boolean {
  if (typeof hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hash)) return false;
  if (identifier.length === 0 || identifier.startsWith(ANONYMOUS_PREFIX)) return false;
  return timingSafeEqual(Buffer.from(hash, 'hex'), hmac(identifier, secret));
}

function hmac(identifier: string, secret: string): Buffer {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'The live-chat identity secret is empty: pass the same `identitySecret` the channel uses.',
    );
  }
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(identifier, 'utf8').digest();
}

function checkIdentifier(identifier: string): void {
  if (typeof identifier !== 'string' || identifier.length === 0 || identifier.length > 256) {
    throw new ParleyError(
      'INPUT_INVALID',
      'A visitor identifier must be a non-empty string of at most 256 characters (a user id or email).',
    );
  }
  if (identifier.startsWith(ANONYMOUS_PREFIX)) {
    throw new ParleyError(
      'INPUT_INVALID',
      `A visitor identifier may not start with "${ANONYMOUS_PREFIX}": that prefix marks anonymous visitors. Use your own user id.`,
    );
  }
}
