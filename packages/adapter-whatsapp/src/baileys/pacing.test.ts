import { flushMicrotasks } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { baileysDesk, fixture } from '../test-helpers.js';

const ANA = '5511987654321@s.whatsapp.net';

describe('Baileys outbound pacing', () => {
  it("PL2: a reply's parts go out spaced on the clock and in order; other conversations wait their turn", async () => {
    const t = await baileysDesk({
      whatsapp: { pacing: { minIntervalMs: 1000, jitterMs: 1000 } },
      script: () => ({
        type: 'reply',
        messages: [
          { type: 'text', text: 'one' },
          { type: 'text', text: 'two' },
          { type: 'text', text: 'three' },
        ],
      }),
    });
    const times: number[] = [];
    const send = t.fake.current.sendMessage;
    t.fake.current.sendMessage = async (...args) => {
      times.push(t.clock.now().getTime());
      return send(...args);
    };
    t.fake.current.upsert(fixture('baileys/upsert-text-pn.json').messages, 'notify');
    await flushMicrotasks();
    await t.clock.advance(10_000);
    await t.adapter.whenIdle();
    expect(t.fake.current.sentTo(ANA).map((c) => (c as { text: string }).text)).toEqual([
      'one',
      'two',
      'three',
    ]);
    const gaps = times.slice(1).map((at, i) => at - times[i]!);
    expect(gaps).toEqual([1500, 1500]); // 1000 + 0.5 × 1000 jitter
    await t.desk.stop();
  });

  it('P-26, PL2: a rate-limit refusal from WhatsApp pauses the number and the send goes through after back-off', async () => {
    const t = await baileysDesk({ whatsapp: { pacing: { backoffMs: 10_000 } } });
    const rateLimited = Object.assign(new Error('rate-overlimit'), { output: { statusCode: 429 } });
    t.fake.current.failNextSends(1, rateLimited);
    const sent = t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'hello');
    await flushMicrotasks();
    expect(t.fake.current.sent).toHaveLength(0);
    await t.clock.advance(7499);
    expect(t.fake.current.sent).toHaveLength(0);
    await t.clock.advance(1);
    await sent;
    expect(t.fake.current.sentTo(ANA)).toEqual([{ type: 'text', text: 'hello' }]);
    // The pause was raised as channel.status, and the send after it said so.
    const pause = t.statuses.find((s) => s.data?.pausedUntil !== undefined)!;
    expect(pause).toMatchObject({ state: 'error', data: { reason: 'rate limited by WhatsApp' } });
    expect(t.statuses.at(-1)).toMatchObject({ state: 'connected', data: { resumed: true } });
    await t.desk.stop();
  });

  it('PL2: the Baileys defaults space sends and cap the day', async () => {
    const t = await baileysDesk({
      whatsapp: { pacing: { dailyCap: 2, minIntervalMs: 0, jitterMs: 0 } },
    });
    const to = { channelId: 'wa', to: '+5511987654321' };
    await t.desk.send(to, 'a');
    await t.desk.send(to, 'b');
    await expect(t.desk.send(to, 'c')).rejects.toThrow(/daily cap of 2/);
    await t.desk.stop();
  });
});
