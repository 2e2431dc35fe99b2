import { createHmac } from 'node:crypto';
import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, generateSecret, publicKeyOf } from './keys.js';
import { createSigner, sign, signHeaders } from './sign.js';
import { createVerifier, verifyWebhook } from './verify.js';
import { verificationFailureOf } from './verify-error.js';

// The vector published with the Standard Webhooks reference library.
const vector = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

function failureOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    const failure = verificationFailureOf(error);
    if (failure) return failure;
    throw error;
  }
  throw new Error('expected the webhook to be refused');
}

describe('signing', () => {
  it('P-01, OB1: signs the published Standard Webhooks test vector exactly', () => {
    expect(sign({ ...vector })).toBe(vector.signature);
    expect(sign({ ...vector, timestamp: new Date(vector.timestamp * 1000 + 999) })).toBe(
      vector.signature,
    );
  });

  it('OB1: verifies the published test vector at its own time, from a string or bytes', () => {
    const clock = createFakeClock(new Date(vector.timestamp * 1000));
    const headers = {
      'webhook-id': vector.id,
      'webhook-timestamp': String(vector.timestamp),
      'webhook-signature': vector.signature,
    };
    const verified = verifyWebhook(vector.body, headers, { secret: vector.secret, clock });
    expect(verified).toMatchObject({ id: vector.id, version: 'v1', body: vector.body });
    expect(verified.timestamp.getTime()).toBe(vector.timestamp * 1000);
    const bytes = new TextEncoder().encode(vector.body);
    expect(verifyWebhook(bytes, headers, { secret: vector.secret, clock }).body).toBe(bytes);
  });

  it('OB1: a signature is HMAC-SHA256 of id.timestamp.body under the decoded secret', () => {
    const secret = generateSecret();
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const body = '{"type":"message.sent","data":{"text":"olá 👋"}}';
    const expected = createHmac('sha256', key).update(`msg_1.1700000000.${body}`).digest('base64');
    expect(sign({ id: 'msg_1', timestamp: 1700000000, body, secret })).toBe(`v1,${expected}`);
  });

  it('P-02, OB1: bytes that are not valid UTF-8 are signed and verified as they are', () => {
    const secret = generateSecret();
    const clock = createFakeClock();
    const body = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const headers = signHeaders({ id: 'msg_b', timestamp: clock.now(), body, secret });
    expect(verifyWebhook(body, headers, { secret, clock }).version).toBe('v1');
    // Decoding to a string would turn the bad bytes into U+FFFD and change the signature.
    const lossy = new TextDecoder().decode(body);
    expect(failureOf(() => verifyWebhook(lossy, headers, { secret, clock })).reason).toBe(
      'no_matching_signature',
    );
  });

  it('OB1: rotation signs with every secret, space separated, and either one verifies', () => {
    const clock = createFakeClock();
    const [oldSecret, newSecret] = [generateSecret(), generateSecret()];
    const headers = createSigner([newSecret, oldSecret]).headers({
      id: 'msg_rot',
      timestamp: clock.now(),
      body: '{}',
    });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verifyWebhook('{}', headers, { secret: oldSecret, clock }).id).toBe('msg_rot');
    expect(verifyWebhook('{}', headers, { secret: newSecret, clock }).id).toBe('msg_rot');
    // A receiver mid-rotation holds both and accepts a message signed with one only.
    const single = signHeaders({
      id: 'msg_one',
      timestamp: clock.now(),
      body: '{}',
      secret: newSecret,
    });
    expect(verifyWebhook('{}', single, { secret: [oldSecret, newSecret], clock }).id).toBe(
      'msg_one',
    );
  });

  it('OB1: unknown signature versions are skipped, not fatal', () => {
    const clock = createFakeClock();
    const secret = generateSecret();
    const headers = signHeaders({ id: 'msg_v', timestamp: clock.now(), body: '{}', secret });
    headers['webhook-signature'] = `v2,abc= v1,${'A'.repeat(43)}= ${headers['webhook-signature']}`;
    expect(verifyWebhook('{}', headers, { secret, clock }).version).toBe('v1');
  });

  it('OB1: refuses ids that would make the signed content ambiguous', () => {
    const secret = generateSecret();
    for (const id of ['', 'a.b', 'a b', 'a,b']) {
      expect(() => sign({ id, timestamp: 1, body: '', secret })).toThrow(/not usable/);
    }
    expect(() => sign({ id: 'ok', timestamp: 1.5, body: '', secret })).toThrow(/whole seconds/);
  });
});

describe('asymmetric v1a (ed25519)', () => {
  it('OB1: a whsk_ key signs v1a and only its whpk_ public key verifies', () => {
    const clock = createFakeClock();
    const pair = generateKeyPair();
    expect(pair.secretKey).toMatch(/^whsk_/);
    expect(pair.publicKey).toMatch(/^whpk_/);
    expect(publicKeyOf(pair.secretKey)).toBe(pair.publicKey);
    const headers = signHeaders({
      id: 'msg_ed',
      timestamp: clock.now(),
      body: '{"a":1}',
      secret: pair.secretKey,
    });
    expect(headers['webhook-signature']).toMatch(/^v1a,[A-Za-z0-9+/]{86}==$/);
    expect(verifyWebhook('{"a":1}', headers, { secret: pair.publicKey, clock }).version).toBe(
      'v1a',
    );
    const other = generateKeyPair();
    expect(
      failureOf(() => verifyWebhook('{"a":1}', headers, { secret: other.publicKey, clock })).reason,
    ).toBe('no_matching_signature');
    expect(
      failureOf(() => verifyWebhook('{"a":2}', headers, { secret: pair.publicKey, clock })).status,
    ).toBe(401);
  });

  it('OB1: v1 and v1a signatures travel together during a scheme change', () => {
    const clock = createFakeClock();
    const pair = generateKeyPair();
    const hmacSecret = generateSecret();
    const headers = createSigner([hmacSecret, pair.secretKey]).headers({
      id: 'msg_mix',
      timestamp: clock.now(),
      body: 'x',
    });
    expect(headers['webhook-signature']).toMatch(/^v1,\S+ v1a,\S+$/);
    expect(verifyWebhook('x', headers, { secret: hmacSecret, clock }).version).toBe('v1');
    expect(verifyWebhook('x', headers, { secret: pair.publicKey, clock }).version).toBe('v1a');
  });

  it('OB1: a 32-byte seed alone is accepted as a whsk_ key; a mismatched pair is refused', () => {
    const pair = generateKeyPair();
    const bytes = Buffer.from(pair.secretKey.slice(5), 'base64');
    const seedOnly = `whsk_${bytes.subarray(0, 32).toString('base64')}`;
    expect(publicKeyOf(seedOnly)).toBe(pair.publicKey);
    const other = Buffer.from(generateKeyPair().publicKey.slice(5), 'base64');
    const mismatched = `whsk_${Buffer.concat([bytes.subarray(0, 32), other]).toString('base64')}`;
    expect(() => publicKeyOf(mismatched)).toThrow(/does not belong/);
  });
});

describe('secrets', () => {
  it('P-05, OB1: generated secrets are whsec_ + base64 of 24–64 random bytes', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(Buffer.from(generateSecret({ bytes: 24 }).slice(6), 'base64')).toHaveLength(24);
    expect(Buffer.from(generateSecret({ bytes: 64 }).slice(6), 'base64')).toHaveLength(64);
    expect(generateSecret()).not.toBe(secret);
    expect(() => generateSecret({ bytes: 16 })).toThrow(/24 to 64/);
    expect(() => generateSecret({ bytes: 65 })).toThrow(/24 to 64/);
  });

  it('OB1: secrets that are too short, too long, empty or not base64 are refused with a fix', () => {
    const short = `whsec_${Buffer.alloc(16, 1).toString('base64')}`;
    const long = `whsec_${Buffer.alloc(65, 1).toString('base64')}`;
    for (const secret of [short, long, '', 'whsec_', 'whsec_not*base64!', 'whpk_abc']) {
      expect(() => createVerifier({ secret })).toThrow(/generateSecret\(\)/);
    }
    expect(() => createVerifier({ secret: [] })).toThrow(/at least one/);
    // The reference libraries accept the base64 part without its prefix; so do we.
    expect(() => createVerifier({ secret: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })).not.toThrow();
  });
});
