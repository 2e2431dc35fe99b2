import { createHmac } from 'node:crypto';
import { contentText, ParleyError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { signVisitorIdentity, verifyVisitorIdentity } from './identity.js';
import { livechat } from './livechat.js';
import { useHarness } from './test-support/harness.js';

const SECRET = 'a-channel-secret-of-some-length';

const start = useHarness();

describe('visitor identity hashes', () => {
  it('CH7: the hash is the hex HMAC-SHA256 of the identifier under the secret', () => {
    const expected = createHmac('sha256', SECRET).update('user-42').digest('hex');
    expect(signVisitorIdentity('user-42', SECRET)).toBe(expected);
    expect(verifyVisitorIdentity('user-42', expected, SECRET)).toBe(true);
    expect(verifyVisitorIdentity('user-42', expected.toUpperCase(), SECRET)).toBe(true);
  });

  it('CH7: a hash of another identifier, another secret, or of the wrong shape does not verify', () => {
    const hash = signVisitorIdentity('user-42', SECRET);
    expect(verifyVisitorIdentity('user-43', hash, SECRET)).toBe(false);
    expect(verifyVisitorIdentity('user-42', hash, `${SECRET}x`)).toBe(false);
    expect(verifyVisitorIdentity('user-42', hash.slice(2), SECRET)).toBe(false);
    expect(verifyVisitorIdentity('user-42', `${hash.slice(0, -1)}g`, SECRET)).toBe(false);
    expect(verifyVisitorIdentity('user-42', undefined, SECRET)).toBe(false);
  });

  it('CH7: identifiers cannot take the anonymous prefix, and an empty secret is refused', () => {
    expect(() => signVisitorIdentity('visitor:abc', SECRET)).toThrow(
      /may not start with "visitor:"/,
    );
    expect(() => signVisitorIdentity('', SECRET)).toThrow(ParleyError);
    expect(() => signVisitorIdentity('user-1', '')).toThrow(/identity secret is empty/);
  });

  it('CH7: requireIdentity without identitySecret is a configuration error naming the fix', () => {
    expect(() => livechat({ requireIdentity: true })).toThrow(
      /identitySecret: `requireIdentity` needs `identitySecret`/,
    );
    expect(() => livechat({ identitySecret: 'short' })).toThrow(/at least 16 characters/);
  });
});

describe('identity validation on the socket', () => {
  it('CH7: a visitor with a valid identifier_hash is identified under its identifier', async () => {
    const t = await start({ chat: { identitySecret: SECRET } });
    const v = await t.visitor();
    const welcome = await v.hello({
      identity: { identifier: 'user-42', identifier_hash: signVisitorIdentity('user-42', SECRET) },
      profile: { name: 'Rina', email: 'rina@example.com' },
    });
    expect(welcome).toMatchObject({ identified: true, visitorId: 'user-42' });
    await v.say('halo');
    expect(t.assistant.calls[0]?.contact).toMatchObject({
      name: 'Rina',
      email: 'rina@example.com',
    });
    // The business can reach the signed-in user by their own id.
    await t.desk.send({ channelId: 'web', to: 'user-42' }, 'Your order shipped');
    const shipped = await v.next(
      'message',
      (f) => contentText(f.message.content) === 'Your order shipped',
    );
    expect(shipped.message.dir).toBe('out');
  });

  it('P-17, CH7: a wrong identifier_hash is refused with 4401 and the visitor gets no session', async () => {
    const t = await start({ chat: { identitySecret: SECRET } });
    const v = await t.visitor();
    v.send({
      type: 'hello',
      v: 1,
      identity: { identifier: 'user-42', identifier_hash: signVisitorIdentity('user-41', SECRET) },
    });
    expect(await v.closed).toEqual({ code: 4401, reason: 'identifier_hash invalid' });
    expect(v.frames).toEqual([]);
    expect(t.refused).toMatchObject([{ code: 4401, reason: 'identifier_hash invalid' }]);
  });

  it('CH7: a missing identifier_hash is refused with 4401', async () => {
    const t = await start({ chat: { identitySecret: SECRET } });
    const v = await t.visitor();
    v.send({ type: 'hello', v: 1, identity: { identifier: 'user-42' } });
    expect(await v.closed).toEqual({ code: 4401, reason: 'identifier_hash missing' });
  });

  it('CH7: with requireIdentity an anonymous visitor is refused; a signed one is let in', async () => {
    const t = await start({ chat: { identitySecret: SECRET, requireIdentity: true } });
    const anonymous = await t.visitor();
    anonymous.send({ type: 'hello', v: 1 });
    expect((await anonymous.closed).code).toBe(4401);
    const signed = await t.visitor();
    const welcome = await signed.hello({
      identity: { identifier: 'user-7', identifier_hash: signVisitorIdentity('user-7', SECRET) },
    });
    expect(welcome.identified).toBe(true);
  });

  it('CH7: an identity claim on a channel without a secret cannot be verified and is refused', async () => {
    const t = await start();
    const v = await t.visitor();
    v.send({
      type: 'hello',
      v: 1,
      identity: { identifier: 'user-42', identifier_hash: signVisitorIdentity('user-42', SECRET) },
    });
    expect(await v.closed).toEqual({
      code: 4401,
      reason: 'identity not accepted: channel has no secret',
    });
  });

  it('P-17, CH7: a resume token never resumes a session of another identity', async () => {
    const t = await start({ chat: { identitySecret: SECRET } });
    const alice = await t.visitor();
    const { token } = await alice.hello({
      identity: { identifier: 'alice', identifier_hash: signVisitorIdentity('alice', SECRET) },
    });
    await alice.say('my address is ...');

    // Same browser, now signed in as bob: bob must not see alice's history.
    const bob = await t.visitor();
    const asBob = await bob.hello({
      token,
      identity: { identifier: 'bob', identifier_hash: signVisitorIdentity('bob', SECRET) },
    });
    expect(asBob).toMatchObject({ visitorId: 'bob', resumed: false, history: [] });

    // Signed out: an anonymous hello with alice's token starts afresh too.
    const anonymous = await t.visitor();
    const fresh = await anonymous.hello({ token });
    expect(fresh).toMatchObject({ resumed: false, identified: false, history: [] });

    // Alice on another device sees her history even without the token.
    const aliceAgain = await t.visitor();
    const other = await aliceAgain.hello({
      identity: { identifier: 'alice', identifier_hash: signVisitorIdentity('alice', SECRET) },
    });
    expect(other.history.map((m) => m.dir)).toEqual(['in', 'out']);
  });
});
