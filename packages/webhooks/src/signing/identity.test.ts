import { describe, expect, it } from 'vitest';
import { identityHash, verifyIdentityHash } from './identity.js';
import { generateSecret } from './keys.js';

describe('CH7 identity hash (signing side)', () => {
  it('CH7: the hash is the hex HMAC-SHA256 of the identifier under the channel secret', () => {
    // Computed independently: printf 'visitor-42' | openssl dgst -sha256 -hmac 'channel-secret'
    expect(identityHash({ identifier: 'visitor-42', secret: 'channel-secret' })).toBe(
      'a0fe5fa0ad6011283a8ca6413e7fb32a4975a5ac84a4fc33e83d3a20d9f85a57',
    );
  });

  it('P-16: the checklist vector (Chatwoot-compatible identifier_hash) and wrong/blank hashes', () => {
    const vector = '051dfd7c85489ceafa7136b8298687303566b8e22a2d799ef6180ed3c3717727';
    expect(identityHash({ identifier: 'user-42', secret: 'test-hmac-token' })).toBe(vector);
    expect(
      verifyIdentityHash({ identifier: 'user-42', hash: vector, secret: 'test-hmac-token' }),
    ).toBe(true);
    for (const hash of ['', ' ', vector.slice(0, -1), `${vector}0`, 'z'.repeat(64)]) {
      expect(verifyIdentityHash({ identifier: 'user-42', hash, secret: 'test-hmac-token' })).toBe(
        false,
      );
    }
  });

  it('CH7: a visitor claiming an identity without the right hash is rejected', () => {
    const secret = generateSecret();
    const hash = identityHash({ identifier: 'ana@example.com', secret });
    expect(verifyIdentityHash({ identifier: 'ana@example.com', hash, secret })).toBe(true);
    expect(
      verifyIdentityHash({ identifier: 'ana@example.com', hash: hash.toUpperCase(), secret }),
    ).toBe(true);
    expect(verifyIdentityHash({ identifier: 'bob@example.com', hash, secret })).toBe(false);
    expect(
      verifyIdentityHash({ identifier: 'ana@example.com', hash, secret: generateSecret() }),
    ).toBe(false);
    expect(verifyIdentityHash({ identifier: 'ana@example.com', hash: hash.slice(1), secret })).toBe(
      false,
    );
    expect(verifyIdentityHash({ identifier: 'ana@example.com', hash: '', secret })).toBe(false);
    expect(
      verifyIdentityHash({ identifier: 'ana@example.com', hash: 'zz'.repeat(32), secret }),
    ).toBe(false);
  });

  it('CH7: an empty secret is a configuration error, not a silent pass', () => {
    expect(() => identityHash({ identifier: 'x', secret: '' })).toThrow(/identity secret is empty/);
    expect(() => identityHash({ identifier: 'x', secret: new Uint8Array() })).toThrow(/empty/);
  });
});
