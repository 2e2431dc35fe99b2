import { createHmac } from 'node:crypto';

/**
 * Standard Webhooks signing, the one place it happens in this package: swap this
 * function for `@parley/webhooks`' signer when that package lands.
 *
 * `secret` is `whsec_<base64 key>` (a bare base64 key is accepted too); the signature is
 * `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, timestamp in Unix seconds.
 */
export function signPayload(input: {
  secret: string;
  id: string;
  timestamp: number;
  body: string;
}): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const key = Buffer.from(input.secret.replace(/^whsec_/, ''), 'base64');
  const timestamp = String(Math.floor(input.timestamp));
  const signature = createHmac('sha256', key)
    .update(`${input.id}.${timestamp}.${input.body}`)
    .digest('base64');
  return {
    'webhook-id': input.id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  };
}

/** True when `secret` decodes to a usable key (`whsec_` + base64 of at least 16 bytes). */
export function isValidSecret(secret: string): boolean {
  const body = secret.replace(/^whsec_/, '');
  return /^[A-Za-z0-9+/]+={0,2}$/.test(body) && Buffer.from(body, 'base64').length >= 16;
}
