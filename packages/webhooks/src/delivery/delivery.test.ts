import { createMemoryStore, ParleyError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { generateSecret } from '../signing/keys.js';
import { verifyWebhook } from '../signing/verify.js';
import { createWebhookDelivery } from './create-delivery.js';
import { advance, arrivalTimes, onCleanup, setup } from './test-setup.js';

const headersOf = (r: { headers: Record<string, unknown> }) => r.headers as Record<string, string>;

describe('OB1 delivery', () => {
  it('OB1: an event is signed and delivered to every subscribed endpoint, and only those', async () => {
    const s = await setup({ types: ['message.*'] });
    const other = await s.delivery.addEndpoint('t1', {
      url: s.receiver.url,
      types: ['conversation.solved'],
    });
    const at = new Date('2026-01-05T08:59:00Z');
    const result = await s.delivery.deliver('t1', 'message.sent', {
      message: { id: 'm1', text: 'Olá', createdAt: at },
    });
    expect(result.deliveryIds).toEqual([`${result.messageId}:${s.endpoint.id}`]);
    await s.delivery.idle();
    expect(s.receiver.requests).toHaveLength(1);
    const request = s.receiver.requests[0]!;
    const verified = verifyWebhook(request.body, headersOf(request), {
      secret: s.endpoint.secret,
      clock: s.clock,
    });
    expect(verified.id).toBe(result.messageId);
    expect(() =>
      verifyWebhook(request.body, headersOf(request), { secret: other.secret, clock: s.clock }),
    ).toThrow();
    expect(JSON.parse(request.body)).toEqual({
      type: 'message.sent',
      timestamp: s.clock.now().toISOString(),
      data: { message: { id: 'm1', text: 'Olá', createdAt: at.toISOString() } },
    });
    expect(request.headers['content-type']).toBe('application/json');
    const record = await s.delivery.getDelivery('t1', result.deliveryIds[0]!);
    expect(record).toMatchObject({
      status: 'delivered',
      type: 'message.sent',
      attempts: [{ status: 204 }],
    });
    expect(record!.attempts[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(s.events.map((e) => e.type)).toEqual(['delivery.succeeded']);
  });

  it('OB1: wildcard, exact and disabled subscriptions; other tenants never see the event', async () => {
    const s = await setup({ types: ['conversation.*'] });
    await s.delivery.addEndpoint('t1', {
      url: s.receiver.url,
      types: ['message.sent'],
      enabled: false,
    });
    await s.delivery.addEndpoint('t2', { url: s.receiver.url, types: ['*'] });
    expect((await s.delivery.deliver('t1', 'conversation.solved', {})).deliveryIds).toHaveLength(1);
    expect((await s.delivery.deliver('t1', 'message.sent', {})).deliveryIds).toHaveLength(0);
    expect((await s.delivery.deliver('t3', 'message.sent', {})).deliveryIds).toHaveLength(0);
    await s.delivery.idle();
    expect(s.receiver.requests).toHaveLength(1);
    expect(await s.delivery.listDeliveries('t2')).toEqual([]);
  });

  it('OB1: the event is in the outbox before the first attempt is made', async () => {
    const clockless = createMemoryStore();
    const seen: unknown[] = [];
    const delivery = createWebhookDelivery({
      store: clockless,
      allowPrivateNetworks: true,
      fetch: async () => {
        seen.push(await clockless.kv('webhooks').list('q:'));
        return new Response(null, { status: 200 });
      },
    });
    onCleanup(() => delivery.stop());
    await delivery.addEndpoint('t1', { url: 'https://hooks.example.com/x' });
    await delivery.start();
    const { deliveryIds } = await delivery.deliver('t1', 'message.sent', { a: 1 });
    await delivery.idle();
    expect(seen).toEqual([[{ key: `q:t1:${deliveryIds[0]}`, value: 1 }]]);
    // Delivered: out of the outbox, kept in the log.
    expect(await clockless.kv('webhooks').list('q:')).toEqual([]);
    expect((await delivery.getDelivery('t1', deliveryIds[0]!))?.status).toBe('delivered');
  });

  it('OB1: when the store refuses the write, deliver() fails and nothing is sent', async () => {
    const real = createMemoryStore();
    let failing = false;
    const store = {
      claim: real.claim.bind(real),
      kv(namespace: string) {
        const kv = real.kv(namespace);
        return {
          ...kv,
          set: async (key: string, value: unknown, options?: { ttlMs?: number }) => {
            if (failing) throw new Error('disk full');
            return kv.set(key, value, options);
          },
        };
      },
    };
    let sent = 0;
    const delivery = createWebhookDelivery({
      store,
      fetch: async () => {
        sent++;
        return new Response(null, { status: 200 });
      },
    });
    onCleanup(() => delivery.stop());
    await delivery.addEndpoint('t1', { url: 'https://hooks.example.com/x' });
    await delivery.start();
    failing = true;
    await expect(delivery.deliver('t1', 'message.sent', {})).rejects.toThrow('disk full');
    await delivery.idle();
    expect(sent).toBe(0);
  });

  it('P-06, OB1: failures follow the Standard Webhooks schedule, then the delivery is dead', async () => {
    const s = await setup();
    const arrivals = arrivalTimes(s.clock);
    s.receiver.reply(() => {
      arrivals.mark();
      return { status: 500, body: 'database down' };
    });
    const { deliveryIds } = await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    const record = await s.delivery.getDelivery('t1', deliveryIds[0]!);
    expect(record).toMatchObject({ status: 'pending', error: 'HTTP 500' });
    expect(record!.nextAttemptAt).toEqual(new Date(s.clock.now().getTime() + 5_000));

    await advance(s, 4_999);
    expect(s.receiver.requests).toHaveLength(1);
    const steps = [
      5_000,
      5 * 60_000,
      30 * 60_000,
      2 * 3_600_000,
      5 * 3_600_000,
      10 * 3_600_000,
      10 * 3_600_000,
    ];
    await advance(s, 1);
    for (const step of steps.slice(1)) await advance(s, step);
    let total = 0;
    expect(arrivals.times).toEqual([0, ...steps.map((step) => (total += step))]);

    const dead = await s.delivery.getDelivery('t1', deliveryIds[0]!);
    expect(dead).toMatchObject({ status: 'dead', error: 'gave up after 8 attempts: HTTP 500' });
    expect(dead!.attempts).toHaveLength(8);
    expect(dead!.attempts.every((a) => a.status === 500 && a.response === 'database down')).toBe(
      true,
    );
    await advance(s, 7 * 24 * 3_600_000);
    expect(s.receiver.requests).toHaveLength(8);
    expect(await s.delivery.deadLetters('t1')).toHaveLength(1);
    expect(s.events.filter((e) => e.type === 'delivery.failed')).toHaveLength(7);
    expect(s.events.at(-1)?.type).toBe('delivery.dead');
  });

  it('P-03, OB1: every attempt keeps the webhook-id and signs a fresh timestamp', async () => {
    const s = await setup({ retrySchedule: [0, 60_000] });
    s.receiver.reply((_, i) => ({ status: i === 0 ? 502 : 200 }));
    await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    await advance(s, 60_000);
    const [first, second] = s.receiver.requests.map(headersOf);
    expect(first!['webhook-id']).toBe(second!['webhook-id']);
    expect(Number(second!['webhook-timestamp']) - Number(first!['webhook-timestamp'])).toBe(60);
  });

  it('OB1: retry delays are spread by jitter', async () => {
    const low = await setup({ jitter: 0.2, random: () => 0 });
    low.receiver.reply({ status: 500 });
    const { deliveryIds } = await low.delivery.deliver('t1', 'a.b', {});
    await low.delivery.idle();
    const next = (await low.delivery.getDelivery('t1', deliveryIds[0]!))!.nextAttemptAt!;
    expect(next.getTime() - low.clock.now().getTime()).toBe(4_000);
  });

  it('OB1: Retry-After is honoured and holds the endpoint back', async () => {
    const s = await setup();
    const arrivals = arrivalTimes(s.clock);
    s.receiver.reply((_, i) => {
      arrivals.mark();
      return i === 0 ? { status: 429, headers: { 'retry-after': '120' } } : { status: 200 };
    });
    await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    // A second event arrives while the endpoint asked us to wait: it waits too.
    await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    await advance(s, 5_000);
    expect(s.receiver.requests).toHaveLength(1);
    await advance(s, 115_000);
    expect(arrivals.times).toEqual([0, 120_000, 120_000]);
  });

  it('P-06, OB1: a 410 disables the endpoint and stops retries', async () => {
    const s = await setup();
    s.receiver.reply({ status: 410 });
    const first = await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    const endpoint = await s.delivery.getEndpoint('t1', s.endpoint.id);
    expect(endpoint).toMatchObject({
      enabled: false,
      disabledReason: expect.stringContaining('410 Gone'),
    });
    expect(await s.delivery.getDelivery('t1', first.deliveryIds[0]!)).toMatchObject({
      status: 'dead',
      error: expect.stringContaining('410'),
    });
    expect(s.events.map((e) => e.type)).toEqual(['endpoint.disabled', 'delivery.dead']);
    await advance(s, 3 * 24 * 3_600_000);
    expect(s.receiver.requests).toHaveLength(1);
    expect((await s.delivery.deliver('t1', 'message.sent', {})).deliveryIds).toEqual([]);

    // Replay needs the endpoint enabled again.
    await expect(s.delivery.replay('t1', first.deliveryIds[0]!)).rejects.toThrow(/enable it/);
    s.receiver.reply({ status: 200 });
    await s.delivery.updateEndpoint('t1', s.endpoint.id, { enabled: true });
    expect((await s.delivery.getEndpoint('t1', s.endpoint.id))?.disabledReason).toBeUndefined();
    await s.delivery.replay('t1', first.deliveryIds[0]!);
    await s.delivery.idle();
    expect((await s.delivery.getDelivery('t1', first.deliveryIds[0]!))?.status).toBe('delivered');
  });

  it('P-07, OB1: a receiver that never answers times out and is retried', async () => {
    const s = await setup({ timeoutMs: 15_000 });
    s.receiver.reply((_, i) => (i === 0 ? 'hang' : { status: 204 }));
    const { deliveryIds } = await s.delivery.deliver('t1', 'message.sent', {});
    await s.receiver.waitFor(1);
    await advance(s, 15_000);
    const record = await s.delivery.getDelivery('t1', deliveryIds[0]!);
    expect(record).toMatchObject({
      status: 'pending',
      error: 'no response within 15000 ms (timeoutMs)',
    });
    expect(record!.attempts[0]!.status).toBeUndefined();
    await advance(s, 5_000);
    expect((await s.delivery.getDelivery('t1', deliveryIds[0]!))?.status).toBe('delivered');
  });

  it('OB1: a connection refused is a failed attempt with the reason in the log', async () => {
    const s = await setup();
    const url = s.receiver.url;
    await s.receiver.close();
    const { deliveryIds } = await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    const record = await s.delivery.getDelivery('t1', deliveryIds[0]!);
    expect(record?.status).toBe('pending');
    expect(record?.attempts[0]?.error).toMatch(/ECONNREFUSED/);
    expect(record?.url).toBe(url);
  });

  it('OB1: redirects are failures and are not followed', async () => {
    const s = await setup();
    s.receiver.reply({ status: 301, headers: { location: 'http://169.254.169.254/' } });
    const { deliveryIds } = await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    expect((await s.delivery.getDelivery('t1', deliveryIds[0]!))?.error).toMatch(
      /redirect \(not followed/,
    );
    expect(s.receiver.requests).toHaveLength(1);
  });

  it('OB1: per-endpoint concurrency limits attempts in flight', async () => {
    const s = await setup();
    await s.delivery.updateEndpoint('t1', s.endpoint.id, { maxConcurrency: 2 });
    let inFlight = 0;
    let peak = 0;
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    s.receiver.reply(async () => {
      peak = Math.max(peak, ++inFlight);
      await gate;
      inFlight--;
      return { status: 200 };
    });
    for (let i = 0; i < 6; i++) await s.delivery.deliver('t1', 'message.sent', { i });
    await s.receiver.waitFor(2);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(s.receiver.requests).toHaveLength(2);
    open();
    await s.delivery.idle();
    expect(s.receiver.requests).toHaveLength(6);
    expect(peak).toBe(2);
    expect(s.receiver.requests.map((r) => JSON.parse(r.body).data.i).sort()).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('OB1: an oversized payload is refused with a clear error and nothing is stored', async () => {
    const s = await setup({ maxPayloadBytes: 1_000 });
    const error = await s.delivery
      .deliver('t1', 'message.sent', { text: 'x'.repeat(2_000) })
      .catch((e) => e);
    expect(ParleyError.hasCode(error, 'LIMIT_EXCEEDED')).toBe(true);
    expect(error.message).toMatch(
      /message\.sent webhook payload is \d+ bytes, over maxPayloadBytes \(1000\)/,
    );
    expect(await s.delivery.listDeliveries('t1')).toEqual([]);
    expect(await s.store.kv('webhooks').list('q:')).toEqual([]);
  });

  it('OB1: dead letters are replayed by hand with the same webhook-id', async () => {
    const s = await setup({ retrySchedule: [0, 1_000] });
    s.receiver.reply({ status: 500 });
    const { messageId, deliveryIds } = await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    await advance(s, 1_000);
    expect((await s.delivery.deadLetters('t1')).map((d) => d.id)).toEqual(deliveryIds);
    s.receiver.reply({ status: 200 });
    const replayed = await s.delivery.replay('t1', deliveryIds[0]!);
    expect(replayed).toMatchObject({ status: 'pending', replays: 1 });
    await s.delivery.idle();
    const record = await s.delivery.getDelivery('t1', deliveryIds[0]!);
    expect(record).toMatchObject({ status: 'delivered', replays: 1 });
    expect(record!.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    expect(headersOf(s.receiver.requests[2]!)['webhook-id']).toBe(messageId);
    await expect(s.delivery.replay('t1', 'nope')).rejects.toThrow(/No webhook delivery/);
    expect(await s.delivery.deadLetters('t1')).toEqual([]);
  });

  it('OB1: replayDeadLetters replays every dead delivery of an endpoint', async () => {
    const s = await setup({ retrySchedule: [0] });
    s.receiver.reply({ status: 500 });
    for (let i = 0; i < 3; i++) await s.delivery.deliver('t1', 'message.sent', { i });
    await s.delivery.idle();
    expect(await s.delivery.deadLetters('t1', { endpointId: s.endpoint.id })).toHaveLength(3);
    s.receiver.reply({ status: 200 });
    expect(await s.delivery.replayDeadLetters('t1', { endpointId: s.endpoint.id })).toBe(3);
    await s.delivery.idle();
    expect(await s.delivery.listDeliveries('t1', { status: 'delivered' })).toHaveLength(3);
    await expect(
      s.delivery.replay('t1', (await s.delivery.listDeliveries('t1'))[0]!.id),
    ).resolves.toBeDefined();
  });

  it('OB1: the delivery log lists newest first and filters', async () => {
    const s = await setup();
    const first = await s.delivery.deliver('t1', 'message.sent', {});
    await s.clock.advance(1);
    const second = await s.delivery.deliver('t1', 'conversation.solved', {});
    await s.delivery.idle();
    const log = await s.delivery.listDeliveries('t1');
    expect(log.map((d) => d.messageId)).toEqual([second.messageId, first.messageId]);
    expect(await s.delivery.listDeliveries('t1', { limit: 1 })).toHaveLength(1);
    expect((await s.delivery.listDeliveries('t1', { messageId: first.messageId }))[0]?.type).toBe(
      'message.sent',
    );
    expect(await s.delivery.listDeliveries('t1', { status: 'dead' })).toEqual([]);
  });

  it('OB1: deliver() with an id is idempotent', async () => {
    const s = await setup();
    const a = await s.delivery.deliver('t1', 'message.sent', {}, { id: 'msg_fixed' });
    const b = await s.delivery.deliver('t1', 'message.sent', {}, { id: 'msg_fixed' });
    await s.delivery.idle();
    expect(a.deliveryIds).toHaveLength(1);
    expect(b.deliveryIds).toEqual([]);
    expect(s.receiver.requests).toHaveLength(1);
    expect(headersOf(s.receiver.requests[0]!)['webhook-id']).toBe('msg_fixed');
  });

  it('P-04, OB1: a rotated secret signs beside the new one until the overlap ends', async () => {
    const s = await setup();
    const oldSecret = s.endpoint.secret;
    const rotated = await s.delivery.rotateSecret('t1', s.endpoint.id, { overlapMs: 3_600_000 });
    await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    const r1 = s.receiver.requests[0]!;
    expect(headersOf(r1)['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(
      verifyWebhook(r1.body, headersOf(r1), { secret: oldSecret, clock: s.clock }).id,
    ).toBeTruthy();
    expect(
      verifyWebhook(r1.body, headersOf(r1), { secret: rotated.secret, clock: s.clock }).id,
    ).toBeTruthy();
    await s.clock.advance(3_600_001);
    await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    const r2 = s.receiver.requests[1]!;
    expect(headersOf(r2)['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(() =>
      verifyWebhook(r2.body, headersOf(r2), { secret: oldSecret, clock: s.clock }),
    ).toThrow();
  });

  it('OB1: a removed endpoint ends its pending deliveries as dead', async () => {
    const s = await setup();
    s.receiver.reply({ status: 500 });
    const { deliveryIds } = await s.delivery.deliver('t1', 'message.sent', {});
    await s.delivery.idle();
    expect(await s.delivery.removeEndpoint('t1', s.endpoint.id)).toBe(true);
    await advance(s, 5_000);
    expect(await s.delivery.getDelivery('t1', deliveryIds[0]!)).toMatchObject({
      status: 'dead',
      error: 'endpoint removed',
    });
    expect(s.receiver.requests).toHaveLength(1);
  });

  it('OB1: bad endpoints and bad options are refused with how to fix them', async () => {
    const s = await setup();
    await expect(s.delivery.addEndpoint('t1', { url: 'ftp://x.example/' })).rejects.toThrow(
      /http or https/,
    );
    await expect(s.delivery.addEndpoint('t1', { url: 'not a url' })).rejects.toThrow(
      /not a valid URL/,
    );
    await expect(
      s.delivery.addEndpoint('t1', { url: 'https://x.example/', types: ['message.**'] }),
    ).rejects.toThrow(/types\.0/);
    await expect(
      s.delivery.addEndpoint('t1', { url: 'https://x.example/', secret: 'short' }),
    ).rejects.toThrow(/secret/);
    await expect(
      s.delivery.addEndpoint('t1', { url: 'https://x.example/', headers: { 'Webhook-Id': 'x' } }),
    ).rejects.toThrow(/headers: webhook-\*.*set by the sender/);
    await expect(s.delivery.deliver('t1', 'not a type', {})).rejects.toThrow(/message\.sent/);
    expect(() => createWebhookDelivery({} as never)).toThrow(/store/);
    expect(() => createWebhookDelivery({ store: s.store, retrySchedule: [] })).toThrow(
      /retrySchedule/,
    );
    expect(() => createWebhookDelivery({ store: s.store, timeoutMS: 5 } as never)).toThrow(
      /timeoutMS/,
    );
    const strict = createWebhookDelivery({ store: s.store, requireHttps: true });
    await expect(strict.addEndpoint('t1', { url: 'http://x.example/' })).rejects.toThrow(
      /must use https/,
    );
    const withSecret = await s.delivery.addEndpoint('t1', {
      url: 'https://x.example/',
      secret: generateSecret(),
    });
    expect(withSecret.secret).toMatch(/^whsec_/);
  });
});
