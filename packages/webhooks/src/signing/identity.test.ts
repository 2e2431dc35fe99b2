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
