import { describe, expect, it } from 'vitest';
import { contentText } from '../src/model/content.js';
import { createTestDesk } from '../src/testing/index.js';
import { deferred } from './routing-helpers.js';

const turnText = (input: { turn: Array<{ content: Parameters<typeof contentText>[0] }> }) =>
  input.turn.map((m) => contentText(m.content)).join(' + ');

describe('RT9: group consecutive messages', () => {
  it('RT9: a 5-message burst is answered once, after the window of quiet', async () => {
    const t = await createTestDesk({
      settings: { groupMessages: { windowMs: 4000, maxWaitMs: 20_000 } },
    });
    const c = t.customer('c');
    for (const text of ['oi', 'tudo bem?', 'queria saber', 'o preço', 'do plano pro']) {
      expect((await c.send(text)).status).toBe('accepted');
      await t.clock.advance(1000);
    }
    expect(c.texts()).toEqual([]);
    await t.clock.advance(2999);
    expect(c.texts()).toEqual([]);
    await t.clock.advance(1);
    expect(t.assistant.calls).toHaveLength(1);
    expect(c.texts()).toEqual(['echo: oi + tudo bem? + queria saber + o preço + do plano pro']);
    // The next message starts a new burst.
    await c.send('obrigado');
    await t.clock.advance(4000);
    expect(c.lastText()).toBe('echo: obrigado');
  });

  it('RT9: a customer who keeps typing is answered at the maximum wait', async () => {
    const t = await createTestDesk({
      settings: { groupMessages: { windowMs: 4000, maxWaitMs: 10_000 } },
    });
    const c = t.customer('c');
    for (let i = 1; i <= 6; i++) {
      await c.send(`part ${i}`);
      await t.clock.advance(3000);
    }
    // Messages at 0, 3, 6, 9 s went out together at 10 s; 12 and 15 s form the next burst.
    expect(t.assistant.calls.map(turnText)).toEqual(['part 1 + part 2 + part 3 + part 4']);
    await t.clock.advance(4000);
    expect(t.assistant.calls.map(turnText).at(-1)).toBe('part 5 + part 6');
  });

  it('RT9: a message arriving while the reply is generated cancels the stale reply; both are answered together', async () => {
    const gate = deferred();
    const t = await createTestDesk({
      settings: { groupMessages: { windowMs: 4000, maxWaitMs: 20_000 } },
      script: async (input) => {
        if (t.assistant.calls.length === 1) await gate.promise; // the first generation is slow
        return `answer to ${turnText(input)}`;
      },
    });
    const c = t.customer('c');
    await c.send('what is the price?');
    const flushing = t.clock.advance(4000);
    while (t.assistant.calls.length === 0) await new Promise((r) => setImmediate(r));
    await c.send('and the delivery time?');
    await flushing;
    await t.clock.advance(4000);
    gate.release();
    await t.clock.advance(0);
    expect(c.texts()).toEqual(['answer to what is the price? + and the delivery time?']);
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    const outbound = (await t.desk.inbox.messages(conv.id)).filter(
      (m) => m.direction === 'outbound',
    );
    expect(outbound).toHaveLength(1);
    expect(t.errors).toEqual([]);
  });

  it('RT9: a message arriving while host middleware runs for the burst cancels it before the assistant starts', async () => {
    const t = await createTestDesk({
      settings: { groupMessages: { windowMs: 4000, maxWaitMs: 20_000 } },
    });
    const gate = deferred();
    let entered = false;
    t.desk.use(async (_ctx, next) => {
      if (!entered) {
        entered = true;
        await gate.promise;
      }
      await next();
    });
    const c = t.customer('c');
    await c.send('a');
    const flushing = t.clock.advance(4000);
    while (!entered) await new Promise((r) => setImmediate(r));
    const sending = c.send('b');
    gate.release();
    await Promise.all([flushing, sending]);
    expect(t.assistant.calls).toHaveLength(0);
    await t.clock.advance(4000);
    expect(c.texts()).toEqual(['echo: a + b']);
  });

  it('RT9: off by default: each message gets its own answer', async () => {
    const t = await createTestDesk();
    const c = t.customer('c');
    await c.send('a');
    await c.send('b');
    expect(c.texts()).toEqual(['echo: a', 'echo: b']);
  });

  it('RT9: host middleware runs once for the burst, with the whole turn', async () => {
    const t = await createTestDesk({
      settings: { groupMessages: { windowMs: 1000, maxWaitMs: 5000 } },
    });
    const seen: number[] = [];
    t.desk.use(async (ctx, next) => {
      seen.push(ctx.turn.length);
      await next();
    });
    const c = t.customer('c');
    await c.send('1');
    await c.send('2');
    await t.clock.advance(1000);
    expect(seen).toEqual([2]);
    expect(c.texts()).toEqual(['echo: 1 + 2']);
  });

  it('RT9: a takeover before the flush drops the burst', async () => {
    const t = await createTestDesk({
      settings: { groupMessages: { windowMs: 4000, maxWaitMs: 20_000 } },
    });
    const c = t.customer('c');
    await c.send('hello?');
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    await t.desk.inbox.takeOver(conv.id, { operatorId: 'op' });
    await t.clock.advance(5000);
    expect(t.assistant.calls).toHaveLength(0);
    expect((await t.desk.inbox.get(conv.id)).state.burst).toBeUndefined();
  });
});
