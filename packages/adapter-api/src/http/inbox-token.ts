import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { refuse } from './respond.js';

const challenge = { 'www-authenticate': 'Bearer realm="parley-api-channel"' };

/** A fresh inbox token: 32 random bytes, base64url (43 characters). */
export function generateInboxToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Checks `Authorization: Bearer <inbox token>`. Both sides are hashed first so the
 * comparison is constant-time whatever the presented token's length.
 */
export function createTokenCheck(inboxToken: string): (request: Request) => void {
  const expected = digest(inboxToken);
  return function checkInboxToken(request) {
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
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      refuse(
        401,
        'invalid_token',
        "The inbox token is wrong: send this channel's inbox token as `Authorization: Bearer <inboxToken>`.",
        { headers: challenge },
      );
    }
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
