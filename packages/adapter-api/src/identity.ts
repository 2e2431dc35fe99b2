import { verifyIdentityHash } from '@parley/webhooks';
import { refuse } from './http/respond.js';

/** The header that carries a contact's identity hash (CH7). */
export const IDENTITY_HEADER = 'identifier-hash';

export interface IdentityPolicy {
  secret?: string;
  required: boolean;
}

/**
 * CH7: checks the `Identifier-Hash` a request presents for `contactId`. Resolves true
 * when a valid hash came, false when none came and none is needed; refuses a wrong
 * hash always, and a missing one when the channel requires identity or the contact
 * was verified before (so a verified contact cannot be spoken for without the hash).
 */
export function checkIdentity(
  policy: IdentityPolicy,
  request: Request,
  contactId: string,
  contactVerified: boolean,
): boolean {
  const hash = request.headers.get(IDENTITY_HEADER);
  if (hash !== null) {
    if (policy.secret === undefined) {
      refuse(
        400,
        'identity_not_configured',
        'This channel has no identitySecret, so it cannot check Identifier-Hash; drop the header or configure the secret.',
      );
    }
    if (!verifyIdentityHash({ identifier: contactId, hash: hash.trim(), secret: policy.secret })) {
      refuse(
        403,
        'invalid_identity_hash',
        `Identifier-Hash is not the identity hash of contact "${contactId}": compute hex(HMAC-SHA256(contactId, identitySecret)) on your server.`,
      );
    }
    return true;
  }
  if (policy.required) {
    refuse(
      403,
      'identity_required',
      `This channel requires identity validation: send Identifier-Hash (hex HMAC-SHA256 of "${contactId}" with the identity secret).`,
    );
  }
  if (contactVerified) {
    refuse(
      403,
      'identity_required',
      `Contact "${contactId}" was verified with an identity hash; every request for it must send Identifier-Hash.`,
    );
  }
  return false;
}
