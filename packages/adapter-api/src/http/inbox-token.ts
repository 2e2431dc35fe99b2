import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { refuse } from './respond.js';

const challenge = { 'www-authenticate': 'Bearer realm="parley-api-channel"' };

/** A fresh inbox token: 32 random bytes, base64url (43 characters). */
export function generateInboxToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Bits a token carries at most, estimated from its length and the character classes it
 * uses (lower, upper, digits, symbols). P-19 asks for 128; `generateInboxToken()` has 256.
 */
export function tokenBits(token: string): number {
  let alphabet = 0;
  if (/[a-z]/.test(token)) alphabet += 26;
  if (/[A-Z]/.test(token)) alphabet += 26;
  if (/[0-9]/.test(token)) alphabet += 10;
  if (/[^a-zA-Z0-9]/.test(token)) alphabet += 32;
  const distinct = new Set(token).size;
  return distinct < 8 ? 0 : Math.floor(token.length * Math.log2(Math.max(2, alphabet)));
}

export interface TokenCheck {
  (request: Request): void;
  /**
   * Installs `next` as the inbox token; the previous one keeps working for `overlapMs`
   * (0: revoked at once), so clients can switch without downtime or a restart.
   */
  rotate(next: string, overlapMs: number, nowMs: number): void;
}

/**
 * Checks `Authorization: Bearer <inbox token>`. Only SHA-256 digests are kept (P-19),
 * and both sides are hashed first so the comparison is constant-time whatever the
 * presented token's length.
 */
export function createTokenCheck(inboxToken: string, now: () => number): TokenCheck {
  let current = digest(inboxToken);
  let previous: { digest: Buffer; until: number } | undefined;
  const matches = (given: Buffer) => {
    const isCurrent = timingSafeEqual(given, current);
    const isPrevious =
      previous !== undefined && now() < previous.until && timingSafeEqual(given, previous.digest);
    return isCurrent || isPrevious;
  };
  const check = function checkInboxToken(request: Request) {
    const header = request.headers.get('authorization');
    if (header === null || header.trim() === '') {
      refuse(
        401,
        'missing_token',
        'Send the channel inbox token as `Authorization: Bearer <inboxToken>`.',
        { headers: challenge },
      );
    }
    const match = /^Bearer +(\S+) *$/i.exec(header);
    if (!match) {
      refuse(
        401,
        'invalid_authorization',
        'The Authorization header must be `Bearer <inboxToken>` (one token, Bearer scheme).',
        { headers: challenge },
      );
    }
    if (!matches(digest(match[1]!))) {
      refuse(
        401,
        'invalid_token',
        "The inbox token is wrong: send this channel's inbox token as `Authorization: Bearer <inboxToken>`.",
        { headers: challenge },
      );
    }
  };
  return Object.assign(check, {
    rotate(next: string, overlapMs: number, nowMs: number) {
      previous = overlapMs > 0 ? { digest: current, until: nowMs + overlapMs } : undefined;
      current = digest(next);
    },
  });
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
