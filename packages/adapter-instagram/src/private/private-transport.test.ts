import { contentText, ParleyError } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COMMENT_POLL_MS,
  POLL_MS,
  type PrivateHarness,
  privateHarness,
} from './private-harness.test-support.js';

const dewi = { pk: '6100000001', username: 'dewi.sartika', full_name: 'Dewi Sartika' };
const budi = { pk: '6100000002', username: 'budi', full_name: 'Budi' };
const sari = { pk: '6100000003', username: 'sari', full_name: '' };

const echo = (input: { turn: Array<{ content: Parameters<typeof contentText>[0] }> }) =>
  `re: ${input.turn.map((m) => contentText(m.content)).join(' | ')}`;

let h: PrivateHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const inboxReads = (h: PrivateHarness) =>
  h.fake.requests.filter((r) => r.path === '/api/v1/direct_v2/inbox/').length;

describe('private transport: session', () => {
  it('CH3: logs in once, keeps the session in the store, and a restart resumes without a new login', async () => {
    h = await privateHarness({ script: echo });
    expect(h.statuses.map((s) => s.state)).toEqual(['connecting', 'connected']);
    expect(h.statuses[1]!.data).toEqual({ userId: h.fake.self.pk, username: 'batik.nusantara' });
    await h.clock.advance(0);
    h.fake.customerWrites(dewi, 'Halo, ready stock?');
    await h.clock.advance(POLL_MS);
    expect(h.fake.sentTo(dewi.pk)).toEqual(['re: Halo, ready stock?']);

    await h.restart();
    expect(h.fake.loginCount).toBe(1);
    await h.clock.advance(POLL_MS);
    h.fake.customerWrites(dewi, 'Thanks!');
    await h.clock.advance(POLL_MS);
    // The cursor survived the restart too: the first message is not answered again.
    expect(h.fake.sentTo(dewi.pk)).toEqual(['re: Halo, ready stock?', 're: Thanks!']);
    expect(h.errors).toEqual([]);
  });

  it('CH3: messages written before the first login are not imported', async () => {
    h = await privateHarness({ script: echo });
    await h.clock.advance(0);
    h.fake.customerWrites(dewi, 'now');
    await h.clock.advance(POLL_MS);
    await h.restart();
    expect(h.received.map((m) => contentText(m.content))).toEqual(['now']);
  });

  it('CH3: with no session and no password the channel reports logged-out with what to do', async () => {
    h = await privateHarness({ adapter: { password: undefined } });
    expect(h.statuses.at(-1)).toMatchObject({
      state: 'logged-out',
      detail: expect.stringMatching(/`password`/),
    });
    expect(h.fake.loginCount).toBe(0);
  });

  it('CH3: two-factor login is a challenge status; the host submits the code and polling starts', async () => {
    h = await privateHarness({ fake: { twoFactorCode: '112233' }, script: echo });
    expect(h.statuses.at(-1)).toMatchObject({
      state: 'challenge',
      data: { kind: 'two-factor', method: 'sms' },
      detail: expect.stringMatching(/submitCode/),
    });
    await h.clock.advance(POLL_MS);
    expect(inboxReads(h)).toBe(0);
    const wrong = await h.adapter.submitCode('000000').catch((e) => e);
    expect(ParleyError.hasCode(wrong, 'UNAUTHORIZED')).toBe(true);
    expect((wrong as Error).message).toMatch(/did not accept the code/);
    await h.adapter.submitCode('112233');
    expect(h.statuses.at(-1)?.state).toBe('connected');
    h.fake.customerWrites(dewi, 'hi');
    await h.clock.advance(POLL_MS);
    expect(h.fake.sentTo(dewi.pk)).toEqual(['re: hi']);
    // The finished login is saved: a restart needs no code and no login.
    await h.restart();
    expect(h.statuses.at(-1)?.state).toBe('connected');
    expect(h.fake.loginCount).toBe(1);
  });

  it('CH3: a checkpoint in the middle of polling pauses the channel until the code is submitted', async () => {
    h = await privateHarness({ script: echo });
    await h.clock.advance(0);
    h.fake.checkpointOnNextRequest();
    await h.clock.advance(POLL_MS);
    expect(h.statuses.at(-1)).toMatchObject({
      state: 'challenge',
      data: { kind: 'checkpoint', contactPoint: '+62 ***-****-**89' },
    });
    const reads = inboxReads(h);
    await h.clock.advance(POLL_MS * 3);
    expect(inboxReads(h)).toBe(reads);
    const e = await h.desk.send({ channelId: 'ig', to: dewi.pk }, 'hello?').catch((x) => x);
    expect(ParleyError.hasCode(e, 'CHANNEL_UNAVAILABLE')).toBe(true);
    await h.adapter.submitCode('424242');
    h.fake.customerWrites(dewi, 'back?');
    await h.clock.advance(POLL_MS);
    expect(h.fake.sentTo(dewi.pk)).toEqual(['re: back?']);
  });

  it('CH3: an ended session logs in again with the password', async () => {
    h = await privateHarness({ script: echo });
    await h.clock.advance(0);
    h.fake.expireSessions();
    h.fake.customerWrites(dewi, 'still there?');
    await h.clock.advance(POLL_MS);
    expect(h.fake.loginCount).toBe(2);
    await h.clock.advance(POLL_MS);
    expect(h.fake.sentTo(dewi.pk)).toEqual(['re: still there?']);
  });
});

describe('private transport: inbox polling', () => {
  it('CH3: new items across inbox pages and thread pages are answered once, in order', async () => {
    h = await privateHarness({
      fake: { inboxPageSize: 1, threadPageSize: 2 },
      script: () => ({ type: 'none' }),
    });
    await h.clock.advance(0);
    for (const text of ['a1', 'a2', 'a3', 'a4', 'a5']) {
      h.fake.customerWrites(dewi, text);
      await h.clock.advance(10);
    }
    h.fake.customerWrites(budi, 'b1');
    await h.clock.advance(10);
    h.fake.customerWrites(sari, 's1', { pending: true });
    await h.clock.advance(POLL_MS);
    expect(h.received.map((m) => contentText(m.content))).toEqual([
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
      'b1',
      's1',
    ]);
    const names = h.received.map((m) => m.contactId);
    expect(new Set(names).size).toBe(3);
    await h.clock.advance(POLL_MS * 2);
    expect(h.received).toHaveLength(7);
  });

  it('CH3: a rate-limited poll backs off on the clock, reports it, and recovers', async () => {
    h = await privateHarness({ script: echo, adapter: { messageRequests: false } });
    await h.clock.advance(0);
    const at = inboxReads(h);
    h.fake.failNext(429);
    await h.clock.advance(POLL_MS);
    expect(inboxReads(h)).toBe(at + 1);
    expect(h.statuses.at(-1)).toMatchObject({
      state: 'error',
      detail: expect.stringMatching(/rate-limited[\s\S]*10 s/),
    });
    // Back-off: twice the interval, not the interval.
    await h.clock.advance(POLL_MS);
    expect(inboxReads(h)).toBe(at + 1);
    h.fake.customerWrites(dewi, 'patient');
    await h.clock.advance(POLL_MS);
    expect(inboxReads(h)).toBe(at + 2);
    expect(h.statuses.at(-1)?.state).toBe('connected');
    expect(h.fake.sentTo(dewi.pk)).toEqual(['re: patient']);
  });
});

describe('private transport: comment-to-DM', () => {
  const rule = {
    id: 'promo',
    match: 'promo',
    publicReplies: ['DM sent {username} 💌'],
    dm: 'Hi {username}! The promo code is JAN10.',
  };

  it('CH4: recent posts are polled; a matching comment gets a public reply and a DM, once per commenter', async () => {
    h = await privateHarness({ adapter: { commentRules: [rule] } });
    const post = h.fake.addPost('3300000000000000001', 'CxBatik01');
    await h.clock.advance(0);
    h.fake.customerComments(post, dewi, 'Promo dong!');
    h.fake.customerComments(post, budi, 'Nice colours');
    await h.clock.advance(COMMENT_POLL_MS);
    expect(h.fake.commentReplies()).toEqual([
      { mediaId: post, text: 'DM sent @dewi.sartika 💌', repliedTo: expect.any(String) },
    ]);
    expect(h.fake.sentTo(dewi.pk)).toEqual(['Hi @dewi.sartika! The promo code is JAN10.']);
    expect(h.fake.sentTo(budi.pk)).toEqual([]);
    h.fake.customerComments(post, dewi, 'promo again?');
    await h.clock.advance(COMMENT_POLL_MS * 2);
    expect(h.fake.sentTo(dewi.pk)).toHaveLength(1);
    expect(h.fake.commentReplies()).toHaveLength(1);
    // The account's own reply comment is never taken as a customer's comment.
    expect(h.received.map((m) => m.content.type)).toEqual(['comment', 'comment']);
    // Replying to the DM continues the same conversation with the assistant.
    h.fake.customerWrites(dewi, 'thanks!');
    await h.clock.advance(POLL_MS);
    expect(h.fake.sentTo(dewi.pk).at(-1)).toMatch(/^echo: /);
    expect(new Set(h.received.map((m) => m.conversationId)).size).toBe(1);
  });

  it('CH4: rules listing posts by shortcode watch only those posts', async () => {
    h = await privateHarness({ adapter: { commentRules: [{ ...rule, posts: ['CxBatik02'] }] } });
    const one = h.fake.addPost('3300000000000000001', 'CxBatik01');
    const two = h.fake.addPost('3300000000000000002', 'CxBatik02');
    await h.clock.advance(0);
    h.fake.customerComments(one, dewi, 'promo');
    h.fake.customerComments(two, budi, 'promo');
    await h.clock.advance(COMMENT_POLL_MS);
    expect(h.fake.sentTo(dewi.pk)).toEqual([]);
    expect(h.fake.sentTo(budi.pk)).toEqual(['Hi @budi! The promo code is JAN10.']);
    expect(h.fake.requests.some((r) => r.path === `/api/v1/media/${one}/comments/`)).toBe(false);
  });

  it('CH4: the quiz over the private API answers right and wrong once per commenter', async () => {
    h = await privateHarness({
      adapter: {
        commentRules: [
          {
            id: 'quiz',
            quiz: { answers: ['solo'], right: { dm: 'Benar!' }, wrong: { dm: 'Salah!' } },
          },
        ],
      },
    });
    const post = h.fake.addPost('3300000000000000001', 'CxQuiz');
    await h.clock.advance(0);
    h.fake.customerComments(post, dewi, 'Solo!');
    h.fake.customerComments(post, budi, 'Jogja');
    h.fake.customerComments(post, budi, 'eh, Solo');
    await h.clock.advance(COMMENT_POLL_MS);
    expect(h.fake.sentTo(dewi.pk)).toEqual(['Benar!']);
    expect(h.fake.sentTo(budi.pk)).toEqual(['Salah!']);
  });
});
