import { ParleyError } from '@parley/core';
import { flushMicrotasks } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { cloudDesk, fixture, fixtureText } from '../test-helpers.js';

const ANA = '5511987654321';
const to = { channelId: 'wa', to: '+5511987654321' };

/** Advances the fake clock in small steps, letting the fake Graph server answer in between. */
async function advance(t: Awaited<ReturnType<typeof cloudDesk>>, ms: number) {
  for (let left = ms; left > 0; left -= 500) {
    await flushMicrotasks();
    await t.clock.advance(Math.min(500, left));
  }
  await flushMicrotasks();
}

describe('P-26: Cloud API refusals pause the number', () => {
  it('P-26: a 368 policy block fails the send at once, pauses the number with a channel.status, and later sends wait for the back-off', async () => {
    const t = await cloudDesk({ whatsapp: { pacing: { backoffMs: 4000 } } });
    await t.post(fixtureText('cloud/text.json'));
    const t0 = t.clock.now().getTime();
    t.graph.failNextSends(1, 403, 368, 'Temporarily blocked for policies violations');
    const error = await t.desk.send(to, 'promo').catch((e: unknown) => e);
    expect(ParleyError.hasCode(error, 'RATE_LIMITED')).toBe(true);
    expect((error as Error).message).toMatch(/policy violation.*not tried again/);
    // Tried once: no retry of a blocked send.
    expect(t.graph.requests.filter((r) => r.json?.type === 'text')).toHaveLength(2);
    expect(t.statuses.at(-1)).toMatchObject({
      state: 'error',
      data: { pausedUntil: new Date(t0 + 3000).toISOString() },
    });

    const later = t.desk.send(to, 'later');
    await advance(t, 2500);
    expect(t.graph.sentTo(ANA)).toHaveLength(1);
    await advance(t, 500);
    await later;
    expect(t.graph.sentTo(ANA)).toHaveLength(2);
    expect(t.statuses.at(-1)).toMatchObject({ state: 'connected', data: { resumed: true } });
    await t.close();
  });

  it('P-26: throttling and policy refusals reported in status webhooks (80007, 130429, 131048, 131056, 368) pause the number with a channel.status', async () => {
    const t = await cloudDesk({ whatsapp: { pacing: { backoffMs: 4000 } } });
    const body = fixture('cloud/status-spam-limit.json');
    const status = body.entry[0].changes[0].value.statuses[0];
    for (const code of [80007, 130429, 131048, 131056, 368]) {
      status.id = `wamid.OUT-${code}`;
      status.errors[0].code = code;
      const before = t.statuses.length;
      await t.post(body);
      const now = t.clock.now().getTime();
      expect(t.statuses.slice(before), String(code)).toEqual([
        expect.objectContaining({
          state: 'error',
          detail: expect.stringContaining(`Meta reported ${code}`),
          data: expect.objectContaining({ pausedUntil: new Date(now + 3000).toISOString() }),
        }),
      ]);
      // A quiet spell longer than twice the pause: the next refusal starts afresh.
      await advance(t, 10_000);
    }
    // A failure that says nothing about the number (24-hour window) does not pause it.
    const closed = fixture('cloud/status-failed.json');
    const before = t.statuses.length;
    await t.post(closed);
    expect(t.statuses.slice(before)).toEqual([]);
    await t.close();
  });
});
