import { ParleyError } from '@parley/core';
import { flushMicrotasks } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { baileysDesk, fixture, textMessage } from '../test-helpers.js';

const ANA = '5511987654321@s.whatsapp.net';
const texts = (t: Awaited<ReturnType<typeof baileysDesk>>) =>
  t.fake.current.sentTo(ANA).map((c) => (c as { text: string }).text);

/** The 463 ack of the send `id`, as Baileys reports it (fixture). */
function refused(id: string) {
  const { updates } = fixture('baileys/update-463.json');
  updates[0].key.id = id;
  return updates;
}

describe('P-26: WhatsApp 463 refusals', () => {
  it('P-26: a 463 in the ack pauses the number with a channel.status, fails the message without sending it again, and sends resume after the back-off', async () => {
    const t = await baileysDesk({
      whatsapp: { pacing: { backoffMs: 10_000, minIntervalMs: 0, jitterMs: 0 } },
    });
    const t0 = t.clock.now().getTime();
    await t.deliver({ type: 'notify', messages: [textMessage(ANA, '3A0000000000000CUST1', 'oi')] });
    const first = t.fake.current.sent[0]!.id;
    t.fake.current.emit('messages.update', refused(first));
    await t.adapter.whenIdle();

    // The alert: paused for the first back-off step (10 s, equal jitter at 0.5: 7.5 s).
    const alert = t.statuses.at(-1)!;
    expect(alert.state).toBe('error');
    expect(alert.detail).toMatch(/\+5521988776655 is not sending until .*463/);
    expect(alert.data).toMatchObject({ pausedUntil: new Date(t0 + 7500).toISOString() });
    const [row] = (await t.desk.inbox.list()).items;
    const stored = (await t.desk.inbox.messages(row!.conversation.id)).find(
      (m) => m.externalId === first,
    )!;
    expect(stored.status).toBe('failed');
    expect(stored.reason).toMatch(/463.*restricted.*not sent again/);

    // Nothing leaves during the pause; the refused message is never sent again.
    const next = t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'second');
    await flushMicrotasks();
    await t.clock.advance(7499);
    expect(texts(t)).toEqual(['echo 1']);
    await t.clock.advance(1);
    await next;
    expect(texts(t)).toEqual(['echo 1', 'second']);
    expect(t.statuses.at(-1)).toMatchObject({ state: 'connected', data: { resumed: true } });

    // A second refusal soon after doubles the pause (20 s → 15 s at 0.5).
    const second = t.fake.current.sent.at(-1)!.id;
    t.fake.current.emit('messages.update', refused(second));
    await t.adapter.whenIdle();
    const at = t.clock.now().getTime();
    expect(t.statuses.at(-1)!.data).toMatchObject({
      pausedUntil: new Date(at + 15_000).toISOString(),
    });
    // More refusals of sends made before the pause are the same episode: no longer pause.
    t.fake.current.emit('messages.update', refused(first));
    await t.adapter.whenIdle();
    expect(t.statuses.at(-1)!.data).toMatchObject({
      pausedUntil: new Date(at + 15_000).toISOString(),
    });
    await t.clock.advance(60_000);
    expect(texts(t)).toEqual(['echo 1', 'second']);
    await t.desk.stop();
  });

  it('P-26: a send that throws 463 fails at once without a retry and pauses the number', async () => {
    const t = await baileysDesk({
      whatsapp: { pacing: { backoffMs: 10_000, minIntervalMs: 0, jitterMs: 0 } },
    });
    // Baileys' query errors: a Boom whose data is the server's error code.
    const boom = Object.assign(new Error('not-acceptable'), {
      data: 463,
      output: { statusCode: 500 },
    });
    t.fake.current.failNextSends(1, boom);
    const error = await t.desk
      .send({ channelId: 'wa', to: '+5511987654321' }, 'hello')
      .catch((e: unknown) => e);
    expect(ParleyError.hasCode(error, 'RATE_LIMITED')).toBe(true);
    expect((error as Error).message).toMatch(/not tried again/);
    expect(t.statuses.at(-1)).toMatchObject({ state: 'error' });

    const later = t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'later');
    await flushMicrotasks();
    await t.clock.advance(7499);
    expect(texts(t)).toEqual([]);
    await t.clock.advance(1);
    await later;
    expect(texts(t)).toEqual(['later']);
    await t.desk.stop();
  });

  it('P-26: a pause outlives a restart: the new run holds its sends until the pause ends', async () => {
    const t = await baileysDesk({
      whatsapp: { pacing: { backoffMs: 10_000, minIntervalMs: 0, jitterMs: 0 } },
    });
    await t.deliver({ type: 'notify', messages: [textMessage(ANA, '3A0000000000000CUST1', 'oi')] });
    t.fake.current.emit('messages.update', refused(t.fake.current.sent[0]!.id));
    await t.adapter.whenIdle();
    await t.clock.advance(5000);
    await t.desk.stop();

    const again = await baileysDesk({
      store: t.store,
      clock: t.clock,
      whatsapp: { pacing: { backoffMs: 10_000, minIntervalMs: 0, jitterMs: 0 } },
    });
    const sent = again.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'after restart');
    await flushMicrotasks();
    expect(again.statuses.at(-1)).toMatchObject({ state: 'error' });
    await again.clock.advance(2499);
    expect(again.fake.current.sentTo(ANA)).toEqual([]);
    await again.clock.advance(1);
    await sent;
    expect(again.fake.current.sentTo(ANA)).toEqual([{ type: 'text', text: 'after restart' }]);
    await again.desk.stop();
  });
});
