import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { verifyRequest } from '../receive/web.js';
import { generateKeyPair, generateSecret } from './keys.js';
import { createSignedRequest } from './signed-request.js';

describe('AI4 signed requests to a business endpoint (signing side)', () => {
  it('AI4: a signed request verifies on the business side with the shared secret', async () => {
    const clock = createFakeClock();
    const secret = generateSecret();
    const body = JSON.stringify({ type: 'kb.query', data: { sku: 'A-1' } });
    const request = createSignedRequest({ url: 'https://shop.example/stock', body, secret, clock });
    expect(request.method).toBe('POST');
    expect(request.headers.get('webhook-id')).toMatch(/^msg_/);
    const event = await verifyRequest(request, { secret, clock });
    expect(event).toMatchObject({ type: 'kb.query', data: { sku: 'A-1' }, rawBody: body });
  });

  it('AI4: with an ed25519 key the business verifies with the public key only', async () => {
    const clock = createFakeClock();
    const pair = generateKeyPair();
    const request = createSignedRequest({
      url: 'https://shop.example/orders',
      body: '{"data":{"order":"77"}}',
      secret: pair.secretKey,
      clock,
    });
    const event = await verifyRequest(request, { secret: pair.publicKey, clock });
    expect(event.version).toBe('v1a');
    const forged = createSignedRequest({
      url: 'https://shop.example/orders',
      body: '{"data":{"order":"77"}}',
      secret: generateKeyPair().secretKey,
      clock,
    });
    await expect(verifyRequest(forged, { secret: pair.publicKey, clock })).rejects.toThrow(
      /No signature/,
    );
  });
});
