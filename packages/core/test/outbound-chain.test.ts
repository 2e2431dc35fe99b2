import { describe, expect, it } from 'vitest';
import {
  contentText,
  createLimitCounter,
  createMemoryStore,
  type DeskEvents,
} from '../src/index.js';
import { createFakeClock, createTestDesk, flushMicrotasks } from '../src/testing/index.js';

describe('outbound chain', () => {
  it('host middleware rewrites content before it is fitted to the channel and recorded', async () => {
    const t = await createTestDesk({ channel: { capabilities: { maxTextLength: 20 } } });
    t.desk.useOutbound(async (ctx, next) => {
      if (ctx.content.type === 'text')
        ctx.content = { type: 'text', text: ctx.content.text.replace(/\d{4,}/g, '[card]') };
      await next();
    });
    const sent = await t.desk.send(
      { channelId: 'test', to: 'a' },
      'Card 4111111111111111 ok. Second sentence here.',
    );
    expect(t.channel.sent.map((m) => contentText(m.content))).toEqual([
      'Card [card] ok.',
      'Second sentence',
      'here.',
    ]);
    expect(sent.map((m) => m.id)).toEqual(t.channel.sent.map((m) => m.id));
    const stored = await t.desk.inbox.messages(sent[0]!.conversationId);
    expect(stored.map((m) => contentText(m.content))).toEqual(
      t.channel.sent.map((m) => contentText(m.content)),
    );
    expect(t.errors).toEqual([]);
  });

  it('host middleware holds a message back with suppress(); it is recorded, not sent', async () => {
    const t = await createTestDesk();
    const suppressed: Array<DeskEvents['message.suppressed']> = [];
    t.desk.on('message.suppressed', (e) => {
      suppressed.push(e);
    });
    t.desk.useOutbound(async (ctx, next) => {
      if (ctx.author.kind === 'system' && contentText(ctx.content).includes('promo'))
        return ctx.suppress('no promotions on this channel');
      await next();
    });
    expect(await t.desk.send({ channelId: 'test', to: 'a' }, 'promo!')).toEqual([]);
    await t.desk.send({ channelId: 'test', to: 'a' }, 'hello');
    expect(t.channel.sent.map((m) => contentText(m.content))).toEqual(['hello']);
    expect(suppressed.map((e) => e.reason)).toEqual(['no promotions on this channel']);
    const history = await t.desk.inbox.messages(suppressed[0]!.conversation.id);
    expect(history.map((m) => m.status)).toEqual(['suppressed', 'sent']);
  });

  it('host middleware sees what was sent after next(), and runs for assistant replies too', async () => {
    const t = await createTestDesk();
    const seen: string[] = [];
    t.desk.useOutbound(async (ctx, next) => {
      await next();
      for (const m of ctx.sent) seen.push(`${ctx.author.kind}:${contentText(m.content)}`);
    });
    await t.customer('a').send('oi');
    expect(seen).toEqual(['assistant:echo: oi']);
  });

  it('PL1: limit.reached carries the period, and its listener hands the conversation over before send returns', async () => {
    const t = await createTestDesk({
      tenants: [{ id: 'default', messageLimits: { monthly: 1 } }],
    });
    const reached: Array<DeskEvents['limit.reached']> = [];
    t.desk.on('limit.reached', (e) => {
      reached.push(e);
    });
    await t.customer('a').send('1');
    await t.customer('b').send('1');
    expect(reached.map((e) => [e.period, e.limit, e.author.kind])).toEqual([
      ['month', 1, 'assistant'],
    ]);
    const rows = (await t.desk.inbox.list()).items;
    const b = rows.find((r) => r.conversation.contactAddress === 'b')!;
    expect(b.conversation.handler).toBe('queue');
  });

  it('PL2: channel.paced reports how long a send waits for its slot', async () => {
    const t = await createTestDesk({
      settings: { rateLimit: { outbound: { messages: 1, perMs: 1000 } } },
    });
    const paced: number[] = [];
    t.desk.on('channel.paced', (e) => {
      paced.push(e.waitMs);
    });
    const both = Promise.all([
      t.desk.send({ channelId: 'test', to: 'a' }, 'one'),
      t.desk.send({ channelId: 'test', to: 'b' }, 'two'),
    ]);
    await flushMicrotasks();
    expect(paced).toEqual([1000]);
    await t.clock.advance(1000);
    await both;
    expect(t.channel.sent).toHaveLength(2);
  });
});

describe('createLimitCounter', () => {
  it('PL2: a window ends ttl after its first add, and adds do not extend it', async () => {
    const clock = createFakeClock('2026-01-05T00:00:00Z');
    const counter = createLimitCounter({ kv: createMemoryStore({ clock }).kv('l'), clock });
    expect(await counter.add('k', 1, 1000)).toBe(1);
    await clock.advance(600);
    expect(await counter.add('k', 2, 1000)).toBe(3);
    expect(await counter.get('k')).toBe(3);
    await clock.advance(400);
    expect(await counter.get('k')).toBe(0);
    expect(await counter.add('k', 1, 1000)).toBe(1);
  });

  it('PL2: concurrent adds on one key are all counted', async () => {
    const clock = createFakeClock();
    const counter = createLimitCounter({ kv: createMemoryStore({ clock }).kv('l'), clock });
    await Promise.all(Array.from({ length: 20 }, () => counter.add('k', 1, 60_000)));
    expect(await counter.get('k')).toBe(20);
  });

  it('PL2: slots keep order, and one past maxWaitMs is refused without being reserved', async () => {
    const clock = createFakeClock('2026-01-05T00:00:00Z');
    const start = clock.now().getTime();
    const counter = createLimitCounter({ kv: createMemoryStore({ clock }).kv('l'), clock });
    const limit = { messages: 2, perMs: 1000, maxWaitMs: 1500 };
    const slots = [];
    for (let i = 0; i < 5; i++) slots.push(await counter.reserve('c', limit));
    expect(slots.map((s) => [s.at - start, s.reserved])).toEqual([
      [0, true],
      [0, true],
      [1000, true],
      [1000, true],
      [2000, false],
    ]);
  });
});
