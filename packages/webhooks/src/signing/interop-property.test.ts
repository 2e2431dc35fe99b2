import fc from 'fast-check';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { signHeaders } from './sign.js';

// Both verifiers read the wall clock and allow five minutes either way: sign near now.
const secretArb = fc
  .uint8Array({ minLength: 24, maxLength: 64 })
  .map((bytes) => `whsec_${Buffer.from(bytes).toString('base64')}`);
const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const skewArb = fc.integer({ min: -240, max: 240 });
// Any text at all, the body a JSON document (both verifiers parse the payload).
const bodyArb = fc
  .string({ unit: 'binary', maxLength: 400 })
  .map((text) => JSON.stringify({ text }));

describe('Standard Webhooks interop, as a property', () => {
  it('P-01, OB1: for random ids, times, secrets and unicode bodies, standardwebhooks and svix both verify what we sign', () => {
    fc.assert(
      fc.property(secretArb, idArb, skewArb, bodyArb, (secret, id, skew, body) => {
        const timestamp = new Date(Date.now() + skew * 1000);
        const headers = { ...signHeaders({ id, timestamp, body, secret }) };
        expect(new StandardWebhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
        // svix returns nothing and throws on a bad signature; it reads its own header names too.
        expect(() => new SvixWebhook(secret).verify(body, headers)).not.toThrow();
        const svixHeaders = {
          'svix-id': headers['webhook-id'],
          'svix-timestamp': headers['webhook-timestamp'],
          'svix-signature': headers['webhook-signature'],
        };
        expect(() => new SvixWebhook(secret).verify(body, svixHeaders)).not.toThrow();
        // One byte changed, and neither accepts it.
        const tampered = `${body.slice(0, -1)} }`;
        expect(() => new StandardWebhook(secret).verify(tampered, headers)).toThrow();
        expect(() => new SvixWebhook(secret).verify(tampered, headers)).toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
