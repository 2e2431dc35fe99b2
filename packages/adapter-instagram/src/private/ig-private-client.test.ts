import { ParleyError } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeInstagram, fakeInstagram } from './fake-instagram.test-support.js';
import { igPrivateClient } from './ig-private-client.js';

const dewi = { pk: '6100000001', username: 'dewi.sartika', full_name: 'Dewi Sartika' };
const budi = { pk: '6100000002', username: 'budi', full_name: 'Budi' };

let fake: FakeInstagram | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(extra: Partial<Parameters<typeof fakeInstagram>[0]> = {}) {
  const clock = createFakeClock();
  fake = await fakeInstagram({
    clock,
    username: 'batik.nusantara',
    password: 'rahasia-123',
    ...extra,
  });
  return { fake, clock, client: igPrivateClient({ baseUrl: fake.baseUrl }) };
}

describe('igPrivateClient over instagram-private-api (loopback)', () => {
  it('CH3: logs in with the encrypted password and restores the saved session without a new login', async () => {
    const { fake, client } = await setup();
    const result = await client.login('batik.nusantara', 'rahasia-123');
    expect(result).toEqual({
      status: 'logged-in',
      user: { id: fake.self.pk, username: 'batik.nusantara', fullName: 'Batik Nusantara' },
    });
    const session = JSON.parse(JSON.stringify(await client.exportSession()));
    expect(session).not.toHaveProperty('constants');
    expect(String(session.authorization)).toMatch(/^Bearer IGT:2:/);

    const restarted = igPrivateClient({ baseUrl: fake.baseUrl });
    expect(await restarted.restore(session)).toMatchObject({ id: fake.self.pk });
    expect(fake.loginCount).toBe(1);
    expect(fake.requests.filter((r) => r.path === '/api/v1/accounts/login/')).toHaveLength(1);
  });

  it('CH3: a wrong password is refused with UNAUTHORIZED; an ended session restores to undefined', async () => {
    const { fake, client } = await setup();
    const e = await client.login('batik.nusantara', 'wrong').catch((x) => x);
    expect(ParleyError.hasCode(e, 'UNAUTHORIZED')).toBe(true);
    expect((e as ParleyError).details.reason).toBe('bad-credentials');
    await client.login('batik.nusantara', 'rahasia-123');
    const session = await client.exportSession();
    fake.expireSessions();
    expect(await igPrivateClient({ baseUrl: fake.baseUrl }).restore(session)).toBeUndefined();
  });

  it('CH3: two-factor login waits for the SMS code; a wrong code can be retried', async () => {
    const { client } = await setup({ twoFactorCode: '112233' });
    expect(await client.login('batik.nusantara', 'rahasia-123')).toEqual({
      status: 'two-factor',
      method: 'sms',
      detail: 'Enter the SMS code sent to the phone ending 89.',
    });
    const wrong = await client.submitCode('000000').catch((x) => x);
    expect((wrong as ParleyError).details.reason).toBe('wrong-code');
    expect(await client.submitCode('112233')).toMatchObject({ status: 'logged-in' });
  });

  it('CH3: a checkpoint asks for the security code sent to the contact point', async () => {
    const { client } = await setup({ checkpointCode: '654321' });
    expect(await client.login('batik.nusantara', 'rahasia-123')).toEqual({
      status: 'checkpoint',
      contactPoint: '+62 ***-****-**89',
      detail: 'Instagram sent a security code to +62 ***-****-**89; enter it to confirm the login.',
    });
    const wrong = await client.submitCode('111111').catch((x) => x);
    expect((wrong as ParleyError).details.reason).toBe('wrong-code');
    expect(await client.submitCode('654321')).toMatchObject({ status: 'logged-in' });
  });

  it('CH3: reads the inbox and threads with cursors, and sends DMs', async () => {
    const { fake, client, clock } = await setup({ inboxPageSize: 1, threadPageSize: 2 });
    await client.login('batik.nusantara', 'rahasia-123');
    fake.customerWrites(dewi, 'one');
    await clock.advance(1000);
    fake.customerWrites(dewi, 'two');
    await clock.advance(1000);
    fake.customerWrites(dewi, 'three');
    await clock.advance(1000);
    fake.customerWrites(budi, 'hello');
    const first = await client.inbox({});
    expect(first.threads.map((t) => t.users[0]?.username)).toEqual(['budi']);
    expect(first.nextCursor).toBe('page:1');
    const second = await client.inbox({ cursor: first.nextCursor! });
    const thread = second.threads[0]!;
    expect(thread.items.map((i) => i.content)).toEqual([
      { type: 'text', text: 'three' },
      { type: 'text', text: 'two' },
    ]);
    expect(thread.items[0]!.at.getTime() - thread.items[1]!.at.getTime()).toBe(1000);
    const older = await client.threadItems(thread.id, thread.olderCursor!);
    expect(older.items.map((i) => i.content)).toEqual([{ type: 'text', text: 'one' }]);
    expect(older.olderCursor).toBeUndefined();

    expect(await client.sendText(dewi.pk, 'Terima kasih!')).toEqual({ itemId: expect.any(String) });
    await client.sendText(dewi.pk, 'See https://shop.example/katalog');
    expect(fake.sentTo(dewi.pk)).toEqual(['Terima kasih!', 'See https://shop.example/katalog']);
  });

  it('CH4: lists recent posts, reads comments and replies under one', async () => {
    const { fake, client } = await setup();
    await client.login('batik.nusantara', 'rahasia-123');
    const post = fake.addPost('3300000000000000001', 'CxBatik01');
    const commentId = fake.customerComments(post, dewi, 'PRICE?');
    expect(await client.recentMedia(5)).toEqual([
      { id: post, aliases: ['3300000000000000001', 'CxBatik01'], takenAt: expect.any(Date) },
    ]);
    expect(await client.comments(post)).toEqual([
      {
        id: commentId,
        text: 'PRICE?',
        user: { id: dewi.pk, username: 'dewi.sartika', fullName: 'Dewi Sartika' },
        at: expect.any(Date),
      },
    ]);
    const reply = await client.replyToComment({
      mediaId: post,
      commentId,
      text: 'Check your DMs!',
    });
    expect(fake.commentReplies()).toEqual([
      { mediaId: post, text: 'Check your DMs!', repliedTo: commentId },
    ]);
    expect(reply.id).toMatch(/^1790/);
  });

  it('CH3: a 429 maps to RATE_LIMITED and an ended session to login-required', async () => {
    const { fake, client } = await setup();
    await client.login('batik.nusantara', 'rahasia-123');
    fake.failNext(429);
    const limited = await client.inbox({}).catch((x) => x);
    expect(ParleyError.hasCode(limited, 'RATE_LIMITED')).toBe(true);
    fake.expireSessions();
    const ended = await client.inbox({}).catch((x) => x);
    expect((ended as ParleyError).details.reason).toBe('login-required');
  });

  it('CH3: a checkpoint in the middle of a session becomes a challenge with its contact point', async () => {
    const { fake, client } = await setup();
    await client.login('batik.nusantara', 'rahasia-123');
    fake.checkpointOnNextRequest();
    const e = await client.inbox({}).catch((x) => x);
    expect((e as ParleyError).details).toMatchObject({
      reason: 'challenge',
      contactPoint: '+62 ***-****-**89',
    });
    expect(await client.submitCode('424242')).toMatchObject({ status: 'logged-in' });
    expect((await client.inbox({})).threads).toEqual([]);
  });
});
