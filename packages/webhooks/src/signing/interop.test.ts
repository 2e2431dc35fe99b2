import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateSecret } from './keys.js';
import { signHeaders } from './sign.js';
import { verifyWebhook } from './verify.js';

// The reference library reads the wall clock, so these tests sign at the real time.
describe('interop with the standardwebhooks package', () => {
  const body = JSON.stringify({ type: 'message.sent', data: { text: 'Olá, tudo bem? 👋' } });

  it('P-01, OB1: what we sign, the reference library verifies', () => {
    const secret = generateSecret();
    const headers = signHeaders({ id: 'msg_ours', timestamp: new Date(), body, secret });
    const parsed = new Webhook(secret).verify(body, { ...headers });
    expect(parsed).toEqual(JSON.parse(body));
    // And its verifier refuses our signature under another secret.
    expect(() => new Webhook(generateSecret()).verify(body, { ...headers })).toThrow();
  });

  it('OB1: what the reference library signs, we verify', () => {
    const secret = generateSecret({ bytes: 24 });
    const now = new Date();
    const signature = new Webhook(secret).sign('msg_theirs', now, body);
    const headers = {
      'webhook-id': 'msg_theirs',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature,
    };
    expect(verifyWebhook(body, headers, { secret }).id).toBe('msg_theirs');
    expect(verifyWebhook(Buffer.from(body), headers, { secret }).version).toBe('v1');
    expect(() => verifyWebhook(body, headers, { secret: generateSecret() })).toThrow();
  });

  it('OB1: both agree byte for byte on the signature of the same input', () => {
    const secret = generateSecret({ bytes: 64 });
    const when = new Date('2026-01-05T09:00:00Z');
    const theirs = new Webhook(secret).sign('msg_same', when, body);
    const ours = signHeaders({ id: 'msg_same', timestamp: when, body, secret })[
      'webhook-signature'
    ];
    expect(ours).toBe(theirs);
  });
});
