import { describe, expect, it } from 'vitest';
import { createDesk } from '../desk/create-desk.js';
import { ParleyError } from '../errors.js';
import type { DeskEvents } from '../events.js';
import { contentText } from '../model/content.js';
import { createTestDesk, flushMicrotasks, memoryChannel } from '../testing/index.js';

const flood = { messages: 1, perMs: 60_000, notice: 'Recebemos suas mensagens, já respondemos.' };

describe('PL2: inbound rate limit per contact', () => {
  it('PL2: a flood is answered once, and every message of it is recorded', async () => {
    const t = await createTestDesk({ settings: { rateLimit: { inbound: flood } } });
    const ignored: Array<DeskEvents['message.ignored']> = [];
    t.desk.on('message.ignored', (e) => {
      ignored.push(e);
    });
    const c = t.customer('5521988776655');
    const outcomes = [];
    for (let i = 1; i <= 12; i++) outcomes.push(await c.send(`msg ${i}`));

    expect(t.assistant.calls).toHaveLength(1);
    expect(c.texts()).toEqual(['echo: msg 1', flood.notice]);
    const convId = (outcomes[0] as { conversationId: string }).conversationId;
    expect(outcomes.slice(1).every((o) => o.status === 'ignored')).toBe(true);
    expect(outcomes[1]).toMatchObject({ status: 'ignored', conversationId: convId });
    expect((outcomes[1] as { reason: string }).reason).toMatch(/more than 1 messages in 60 s/);

    const history = await t.desk.inbox.messages(convId, { limit: 100 });
    const inbound = history.filter((m) => m.direction === 'inbound');
    expect(inbound.map((m) => contentText(m.content))).toEqual(
      Array.from({ length: 12 }, (_, i) => `msg ${i + 1}`),
    );
    expect(inbound.map((m) => m.status)).toEqual(['received', ...Array(11).fill('ignored')]);
    expect(ignored).toHaveLength(11);
    expect(ignored[0]!.message.conversationId).toBe(convId);
    expect(t.errors).toEqual([]);
  });

  it('PL2: a flooded message delivered again is a duplicate, and the window reopens', async () => {
    const t = await createTestDesk({ settings: { rateLimit: { inbound: flood } } });
    const c = t.customer('budi');
    await c.send('halo');
    expect((await c.send('lagi', { externalId: 'wamid.F1' })).status).toBe('ignored');
    expect(await c.send('lagi', { externalId: 'wamid.F1' })).toEqual({ status: 'duplicate' });
    await t.clock.advance(60_000);
    expect((await c.send('masih ada?')).status).toBe('accepted');
    expect(t.assistant.calls).toHaveLength(2);
    expect(c.texts().filter((x) => x === flood.notice)).toHaveLength(1);
  });

  it('P-31, PL2: the limit is per contact: one flooding contact never slows another', async () => {
    const t = await createTestDesk({ settings: { rateLimit: { inbound: flood } } });
    await t.customer('a').send('1');
    await t.customer('a').send('2');
    await t.customer('b').send('1');
    expect(t.customer('b').texts()).toEqual(['echo: 1']);
  });

  it('PL2: over the limit with no open conversation, the message joins the ignored list', async () => {
    const t = await createTestDesk({
      tenants: [{ id: 'default', autoCloseHours: 1 }],
      settings: { rateLimit: { inbound: { messages: 1, perMs: 2 * 3_600_000 } } },
    });
    const c = t.customer('ana');
    await c.send('oi');
    await t.clock.advance(3_600_000 + 1000);
    const rows = await t.desk.inbox.list({ status: ['closed'] });
    expect(rows.items).toHaveLength(1);
    const outcome = await c.send('ainda aí?');
    expect(outcome.status).toBe('ignored');
    expect((await t.desk.inbox.list({ status: ['open'] })).items).toHaveLength(0);
    const kept = await t.desk.inbox.ignored();
    expect(kept.map((i) => contentText(i.message.content))).toEqual(['ainda aí?']);
    expect(kept[0]!.message.reason).toMatch(/rate limited/);
  });

  it('PL2: rate limit options are checked at once', () => {
    expect(() =>
      createDesk({
        channels: [
          { id: 'x', adapter: memoryChannel(), rateLimit: { inbound: { messages: 0, perMs: 10 } } },
        ],
      }),
    ).toThrow(/channels\.0\.rateLimit\.inbound\.messages/);
  });
});

describe('PL2: outbound rate limit per channel', () => {
  it('PL2: sends past the channel limit wait their turn, in order', async () => {
    const t = await createTestDesk({
      settings: { rateLimit: { outbound: { messages: 2, perMs: 1000 } } },
    });
    const start = t.clock.now().getTime();
    const sentAt: number[] = [];
    t.desk.on('message.sent', ({ message }) => {
      sentAt.push(message.createdAt.getTime() - start);
    });
    const all = Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((to) => t.desk.send({ channelId: 'test', to }, `hi ${to}`)),
    );
    await flushMicrotasks();
    expect(sentAt).toEqual([0, 0]);
    await t.clock.advance(999);
    expect(sentAt).toHaveLength(2);
    await t.clock.advance(1);
    expect(sentAt).toEqual([0, 0, 1000, 1000]);
    await t.clock.advance(1000);
    await all;
    expect(sentAt).toEqual([0, 0, 1000, 1000, 2000]);
    expect(t.channel.sent.map((m) => m.to)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('PL2: a send that would wait longer than maxWaitMs fails with RATE_LIMITED and is recorded', async () => {
    const t = await createTestDesk({
      settings: { rateLimit: { outbound: { messages: 1, perMs: 10_000, maxWaitMs: 5000 } } },
    });
    await t.desk.send({ channelId: 'test', to: 'a' }, 'first');
    const refused = await t.desk.send({ channelId: 'test', to: 'b' }, 'second').catch((e) => e);
    expect(ParleyError.hasCode(refused, 'RATE_LIMITED')).toBe(true);
    expect((refused as Error).message).toMatch(/1 messages per 10000 ms.*maxWaitMs/);
    const row = (await t.desk.inbox.list()).items.find(
      (r) => r.conversation.contactAddress === 'b',
    );
    const [failed] = await t.desk.inbox.messages(row!.conversation.id);
    expect(failed?.status).toBe('failed');
    await t.clock.advance(10_000);
    await t.desk.send({ channelId: 'test', to: 'b' }, 'third');
    expect(t.channel.sent.map((m) => contentText(m.content))).toEqual(['first', 'third']);
  });
});
