import { createHmac } from 'node:crypto';
import { identityHash } from '@parley/webhooks';
import { describe, expect, it } from 'vitest';
import { call, IDENTITY_SECRET, read, setupChannel } from './harness.test-support.js';

const setup = (requireIdentity: boolean) =>
  setupChannel({ channel: { identitySecret: IDENTITY_SECRET, requireIdentity } });

/** What the host's server computes: hex HMAC-SHA256 of the user id with the secret. */
const hashOf = (id: string) => createHmac('sha256', IDENTITY_SECRET).update(id).digest('hex');
const as = (id: string) => ({ 'identifier-hash': hashOf(id) });

describe('API channel: user identity validation', () => {
  it('CH7: with requireIdentity, every request naming a contact needs a valid Identifier-Hash', async () => {
    const { adapter, desk } = await setup(true);
    const without = await read(call(adapter, 'POST', '/contacts', { id: 'user-1' }));
    expect(without).toMatchObject({ status: 403, body: { error: 'identity_required' } });
    expect(without.body.message).toContain('Identifier-Hash');

    const created = await read(call(adapter, 'POST', '/contacts', { id: 'user-1' }, as('user-1')));
    expect(created.status).toBe(201);
    expect(created.body.contact.verified).toBe(true);
    const opened = await read(
      call(
        adapter,
        'POST',
        '/contacts/user-1/conversations',
        { message: { text: 'hi' } },
        as('user-1'),
      ),
    );
    expect(opened.status).toBe(201);
    const id = opened.body.conversation.id;
    for (const [method, path, body] of [
      ['GET', '/contacts/user-1', undefined],
      ['PATCH', '/contacts/user-1', { name: 'X' }],
      ['POST', '/contacts/user-1/conversations', { message: { text: 'x' } }],
      ['GET', `/contacts/user-1/conversations/${id}`, undefined],
      ['GET', `/contacts/user-1/conversations/${id}/messages`, undefined],
      ['POST', `/contacts/user-1/conversations/${id}/messages`, { text: 'x' }],
    ] as const) {
      expect((await call(adapter, method, path, body)).status, `${method} ${path}`).toBe(403);
      expect((await call(adapter, method, path, body, as('user-1'))).status).toBeLessThan(300);
    }
    const noId = await read(call(adapter, 'POST', '/contacts', { name: 'anonymous' }));
    expect(noId).toMatchObject({ status: 422, body: { issues: [{ path: 'id' }] } });
    // Only the requests that carried the hash reached the desk.
    const inbound = (await desk.inbox.messages(id)).filter((m) => m.direction === 'inbound');
    expect(inbound).toHaveLength(3);
  });

  it('CH7: a forged or borrowed hash is refused and nothing reaches the desk', async () => {
    const { adapter, desk } = await setup(true);
    const forged = '0'.repeat(64);
    const cases: Array<[string, string]> = [
      [forged, 'invalid_identity_hash'],
      [hashOf('user-2'), 'invalid_identity_hash'], // another user's valid hash
      [hashOf('user-1').toUpperCase().replace(/.$/, 'X'), 'invalid_identity_hash'],
      ['not-hex', 'invalid_identity_hash'],
      [
        createHmac('sha256', 'another-secret-value').update('user-1').digest('hex'),
        'invalid_identity_hash',
      ],
    ];
    for (const [hash, reason] of cases) {
      const r = await read(
        call(adapter, 'POST', '/contacts', { id: 'user-1' }, { 'identifier-hash': hash }),
      );
      expect(r.status, hash).toBe(403);
      expect(r.body.error).toBe(reason);
      expect(r.body.message).toContain('HMAC-SHA256');
    }
    expect((await call(adapter, 'GET', '/contacts/user-1', undefined, as('user-1'))).status).toBe(
      404,
    );
    expect((await desk.inbox.list({ channelId: 'api' })).items).toEqual([]);
  });

  it("CH7: the webhooks package's identityHash is the hash the channel expects", async () => {
    const { adapter } = await setup(true);
    const hash = identityHash({ identifier: 'ana@example.com', secret: IDENTITY_SECRET });
    expect(hash).toBe(hashOf('ana@example.com'));
    const r = await call(
      adapter,
      'POST',
      '/contacts',
      { id: 'ana@example.com' },
      { 'identifier-hash': hash },
    );
    expect(r.status).toBe(201);
  });

  it('CH7: when identity is optional, a contact once verified still needs its hash', async () => {
    const { adapter } = await setup(false);
    expect((await call(adapter, 'POST', '/contacts', { id: 'guest' })).status).toBe(201);
    expect((await call(adapter, 'GET', '/contacts/guest')).status).toBe(200);

    expect((await call(adapter, 'POST', '/contacts', { id: 'vip' }, as('vip'))).status).toBe(201);
    const impostor = await read(
      call(adapter, 'POST', '/contacts/vip/conversations', { message: { text: 'refund me' } }),
    );
    expect(impostor).toMatchObject({ status: 403, body: { error: 'identity_required' } });
    expect(impostor.body.message).toContain('was verified');

    // An unverified contact becomes verified by the first request that proves it.
    const upgraded = await read(
      call(adapter, 'PATCH', '/contacts/guest', { name: 'G' }, as('guest')),
    );
    expect(upgraded.body.contact.verified).toBe(true);
    expect((await call(adapter, 'GET', '/contacts/guest')).status).toBe(403);
    // A wrong hash is refused even where none is needed.
    const wrong = await call(adapter, 'POST', '/contacts', { id: 'other' }, as('guest'));
    expect(wrong.status).toBe(403);
  });

  it('CH7: Identifier-Hash on a channel without an identity secret is a clear 400', async () => {
    const { adapter } = await setupChannel();
    const r = await read(call(adapter, 'POST', '/contacts', { id: 'u' }, as('u')));
    expect(r).toMatchObject({ status: 400, body: { error: 'identity_not_configured' } });
  });
});
