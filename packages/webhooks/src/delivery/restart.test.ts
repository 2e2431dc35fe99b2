import { createMemoryStore } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { advance, setup } from './test-setup.js';

describe('OB1 delivery survives restarts', () => {
  it('OB1: a new instance over the same store resumes the retries and delivers exactly once', async () => {
    const s = await setup();
    const statuses: number[] = [];
    s.receiver.reply((_, i) => {
      const status = i === 0 ? 503 : 200;
      statuses.push(status);
      return { status };
    });
    const { deliveryIds } = await s.delivery.deliver('t1', 'message.sent', { n: 1 });
    await s.delivery.idle();
    expect(s.receiver.requests).toHaveLength(1);

    // The process dies: the old instance is never stopped and its clock never moves again.
    const clock = createFakeClock(s.clock.now());
    const revived = s.another({ clock });
    await revived.start();
    await clock.advance(4_999);
    await revived.idle();
    expect(s.receiver.requests).toHaveLength(1);
    await clock.advance(1);
    await revived.idle();
    expect(s.receiver.requests).toHaveLength(2);
    await clock.advance(3 * 24 * 3_600_000);
    await revived.idle();
    expect(s.receiver.requests).toHaveLength(2);
    expect(statuses.filter((status) => status < 300)).toHaveLength(1);
    const record = await revived.getDelivery('t1', deliveryIds[0]!);
    expect(record).toMatchObject({ status: 'delivered' });
    expect(record!.attempts.map((a) => a.status)).toEqual([503, 200]);
    expect(await s.store.kv('webhooks').list('q:')).toEqual([]);
  });

  it('OB1: events accepted while stopped are sent after start()', async () => {
    const s = await setup();
    await s.delivery.stop();
    const revived = s.another();
    const { deliveryIds } = await revived.deliver('t1', 'message.sent', {});
    await revived.idle();
    expect(s.receiver.requests).toHaveLength(0);
    await revived.start();
    await revived.idle();
    expect(s.receiver.requests).toHaveLength(1);
    expect((await revived.getDelivery('t1', deliveryIds[0]!))?.status).toBe('delivered');
  });

  it('OB1: two instances sharing the store make each attempt once (store claims)', async () => {
    const s = await setup();
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    // The retry is held open at the receiver, so both instances reach it while in flight.
    s.receiver.reply(async (_, i) => {
      if (i === 0) return { status: 500 };
      await gate;
      return { status: 200 };
    });
    await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    const second = s.another();
    await second.start();
    // Both now hold the retry due in 5 s.
    await s.clock.advance(5_000);
    await s.receiver.waitFor(2);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    open();
    await Promise.all([s.delivery.idle(), second.idle()]);
    expect(s.receiver.requests).toHaveLength(2);
    await s.clock.advance(24 * 3_600_000);
    await Promise.all([s.delivery.idle(), second.idle()]);
    expect(s.receiver.requests).toHaveLength(2);
  });

  it('OB1: a crash half-way through deliver() or after success leaves nothing to resend', async () => {
    const clock = createFakeClock();
    const store = createMemoryStore({ clock });
    const s = await setup({ clock, store });
    await s.delivery.stop();
    const kv = store.kv('webhooks');
    // An outbox entry whose record was never written: deliver() had not returned.
    await kv.set('q:t1:msg_lost:ep_x', 1);
    // A delivered record whose outbox entry was not yet removed.
    const done = await s.another().deliver('t1', 'message.sent', {});
    const id = done.deliveryIds[0]!;
    const record = await kv.get<Record<string, unknown>>(`d:t1:${id}`);
    await kv.set(`d:t1:${id}`, { ...record, status: 'delivered' });
    const revived = s.another();
    await revived.start();
    await revived.idle();
    expect(s.receiver.requests).toHaveLength(0);
    expect(await kv.list('q:')).toEqual([]);
  });

  it('OB1: tenant ids cannot reach into each other’s keys', async () => {
    const s = await setup();
    await s.delivery.addEndpoint('t1:x', { url: s.receiver.url });
    await s.delivery.deliver('t1:x', 'message.sent', {});
    await s.delivery.idle();
    expect(await s.delivery.listDeliveries('t1')).toHaveLength(0);
    expect(await s.delivery.listDeliveries('t1:x')).toHaveLength(1);
    expect((await s.delivery.listEndpoints('t1')).map((e) => e.tenantId)).toEqual(['t1']);
  });

  it('OB1: a durable scheduler, when given, carries the retries', async () => {
    const clock = createFakeClock();
    const scheduled: Array<{ id: string; type: string; runAt: Date; payload: unknown }> = [];
    const handlers = new Map<string, (job: never) => Promise<void>>();
    const scheduler = {
      define: (type: string, handler: (job: never) => Promise<void>) =>
        void handlers.set(type, handler),
      schedule: async (job: (typeof scheduled)[number]) => {
        scheduled.push(job);
        clock.setTimeout(
          () => handlers.get(job.type)!({ ...job, attempts: 0 } as never),
          job.runAt.getTime() - clock.now().getTime(),
        );
      },
      cancel: async () => false,
      get: async () => undefined,
      start: async () => {},
      stop: async () => {},
    };
    const s = await setup({ clock, scheduler });
    s.receiver.reply((_, i) => ({ status: i === 0 ? 500 : 200 }));
    const { deliveryIds } = await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatchObject({
      type: 'parley.webhooks.retry',
      runAt: new Date(clock.now().getTime() + 5_000),
    });
    await advance(s, 5_000);
    expect(s.receiver.requests).toHaveLength(2);
    expect((await s.delivery.getDelivery('t1', deliveryIds[0]!))?.status).toBe('delivered');
  });
});

describe('OB1 endpoint caches across processes', () => {
  it('OB1: an endpoint added by another process is not mistaken for a removed one', async () => {
    const s = await setup({ endpointCacheMs: 60_000 });
    // This instance caches t2's endpoint list while it is still empty...
    expect((await s.delivery.deliver('t2', 'message.sent', {})).deliveryIds).toEqual([]);
    // ...then another process adds an endpoint and accepts an event for it, and stops.
    const other = s.another();
    await other.addEndpoint('t2', { url: s.receiver.url });
    const { deliveryIds } = await other.deliver('t2', 'message.sent', {});
    // This instance picks the delivery up from the outbox with its stale cache.
    await s.delivery.stop();
    await s.delivery.start();
    await s.delivery.idle();
    expect((await s.delivery.getDelivery('t2', deliveryIds[0]!))?.status).toBe('delivered');
    expect(s.receiver.requests).toHaveLength(1);
  });
});
