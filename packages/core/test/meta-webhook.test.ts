import { describe, expect, it } from 'vitest';
import { signMetaBody, verifyMetaSignature } from '../src/internal.js';

describe('Meta webhook signature', () => {
  it("P-10: GitHub's published X-Hub-Signature-256 example and a self-made pair verify", () => {
    // docs.github.com "Validating webhook deliveries": secret and payload below.
    const github = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';
    expect(signMetaBody("It's a Secret to Everybody", 'Hello, World!')).toBe(github);
    expect(
      verifyMetaSignature("It's a Secret to Everybody", Buffer.from('Hello, World!'), github),
    ).toBe(true);
    const body = Buffer.from('{"entry":[{"id":"1","emoji":"🙂"}]}');
    const self = signMetaBody('app-secret', body);
    expect(verifyMetaSignature('app-secret', body, self)).toBe(true);
    expect(verifyMetaSignature('app-secret', body, ` ${self} `)).toBe(true);
    expect(verifyMetaSignature('app-secret', Buffer.from(`${body} `), self)).toBe(false);
  });

  it('P-10: malformed headers are false, never a throw (timingSafeEqual length guard)', () => {
    const body = Buffer.from('{}');
    for (const header of [
      null,
      undefined,
      '',
      'sha256=',
      'sha1=abc',
      `sha256=${'a'.repeat(63)}`,
      `sha256=${'g'.repeat(64)}`,
      `sha256=${'a'.repeat(66)}`,
    ]) {
      expect(() => verifyMetaSignature('s', body, header)).not.toThrow();
      expect(verifyMetaSignature('s', body, header)).toBe(false);
    }
  });
});
