import { createHmac, timingSafeEqual } from 'node:crypto';
import { ParleyError } from '@parley/core';
import { parseSecret, SECRET_PREFIX } from './keys.js';

export interface IdentityInput {
  /** The visitor's identifier in the host's own system (user id, email). */
  identifier: string;
  /**
   * The channel's identity secret. A `whsec_` secret is used by its decoded bytes; any
   * other string by its UTF-8 bytes (as most chat widgets do).
   */
  secret: string | Uint8Array;
}

/**
 * CH7: the hex HMAC-SHA256 of `identifier` under the channel's secret. The host's server
 * computes it and hands it to the widget with the identifier; the visitor cannot forge
 * it because the secret never reaches the browser.
 */
export function identityHash(input: IdentityInput): string {
  return createHmac('sha256', keyBytes(input.secret))
    .update(input.identifier, 'utf8')
    .digest('hex');
}

/** CH7: true when `hash` is the identity hash of `identifier` (constant-time). */
export function verifyIdentityHash(input: IdentityInput & { hash: string }): boolean {
  if (typeof input.hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(input.hash)) return false;
  const expected = createHmac('sha256', keyBytes(input.secret))
    .update(input.identifier, 'utf8')
    .digest();
  return timingSafeEqual(Buffer.from(input.hash, 'hex'), expected);
}

function keyBytes(secret: string | Uint8Array): Uint8Array {
  if (secret instanceof Uint8Array) {
    if (secret.byteLength > 0) return secret;
  } else if (typeof secret === 'string' && secret.length > 0) {
    return secret.startsWith(SECRET_PREFIX) ? parseSecret(secret) : Buffer.from(secret, 'utf8');
  }
  throw new ParleyError(
    'CONFIG_INVALID',
    'The identity secret is empty: pass the channel secret (generateSecret() makes one).',
  );
}
