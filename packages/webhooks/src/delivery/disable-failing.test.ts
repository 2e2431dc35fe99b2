import { describe, expect, it } from 'vitest';
import { advance, setup } from './test-setup.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('endpoints that keep failing', () => {
  it('P-06, OB1: an endpoint failing for 3 days (the default) is disabled with an event; re-enabling starts afresh', async () => {
    const s = await setup();
    s.receiver.reply({ status: 500, body: 'down' });
    // One event every 6 hours, each retried on the schedule: the endpoint never answers 2xx.
    const first = s.clock.now().getTime();
    while (s.clock.now().getTime() - first < 3 * DAY) {
      expect((await s.delivery.getEndpoint('t1', s.endpoint.id))?.enabled).toBe(true);
      await s.delivery.deliver('t1', 'message.sent', {});
      await advance(s, 6 * HOUR);
    }
    // The first failed attempt 3 days after the first failure disables the endpoint.
    await s.delivery.deliver('t1', 'message.sent', {});
    await advance(s, 0);
    const endpoint = await s.delivery.getEndpoint('t1', s.endpoint.id);
    expect(endpoint).toMatchObject({
      enabled: false,
      disabledReason: expect.stringMatching(/failing since .* for 3 days.*disableAfterMs/),
    });
    const disabled = s.events.filter((e) => e.type === 'endpoint.disabled');
    expect(disabled).toHaveLength(1);
    expect(disabled[0]).toMatchObject({ endpoint: { id: s.endpoint.id, enabled: false } });
    // Nothing more is sent to it; what was pending is dead (replayable).
    const sent = s.receiver.requests.length;
    await advance(s, 2 * DAY);
    expect(s.receiver.requests).toHaveLength(sent);
    expect(await s.delivery.listDeliveries('t1', { status: 'pending' })).toEqual([]);
    expect((await s.delivery.deliver('t1', 'message.sent', {})).deliveryIds).toEqual([]);

    // Re-enabled by the host: one more failure does not disable it again at once.
    await s.delivery.updateEndpoint('t1', s.endpoint.id, { enabled: true });
    await s.delivery.deliver('t1', 'message.sent', {});
    await advance(s, HOUR);
    expect((await s.delivery.getEndpoint('t1', s.endpoint.id))?.enabled).toBe(true);
    s.receiver.reply({ status: 204 });
    expect(await s.delivery.replayDeadLetters('t1')).toBeGreaterThan(0);
    await advance(s, 1);
    expect(await s.delivery.listDeliveries('t1', { status: 'dead' })).toEqual([]);
  });

  it('P-06, OB1: one success resets the failing period; disableAfterMs is configurable and can be turned off', async () => {
    const s = await setup({ disableAfterMs: DAY });
    let healthy = false;
    s.receiver.reply(() => (healthy ? { status: 200 } : { status: 503 }));
    for (let i = 0; i < 3; i++) {
      await s.delivery.deliver('t1', 'message.sent', {});
      await advance(s, 8 * HOUR);
    }
    // 16 h failing, then one success (a retry that gets through).
    healthy = true;
    await s.delivery.deliver('t1', 'message.sent', {});
    await advance(s, 1);
    healthy = false;
    for (let i = 0; i < 3; i++) {
      await s.delivery.deliver('t1', 'message.sent', {});
      await advance(s, 8 * HOUR);
    }
    expect((await s.delivery.getEndpoint('t1', s.endpoint.id))?.enabled).toBe(true);
    await s.delivery.deliver('t1', 'message.sent', {});
    await advance(s, 8 * HOUR);
    expect((await s.delivery.getEndpoint('t1', s.endpoint.id))?.enabled).toBe(false);

    const never = await setup({ disableAfterMs: false });
    never.receiver.reply({ status: 500 });
    for (let i = 0; i < 10; i++) {
      await never.delivery.deliver('t1', 'message.sent', {});
      await advance(never, DAY);
    }
    expect((await never.delivery.getEndpoint('t1', never.endpoint.id))?.enabled).toBe(true);
    await expect(setup({ disableAfterMs: 1000 })).rejects.toThrow(/disableAfterMs/);
  });
});
