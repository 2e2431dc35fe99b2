import { createMemoryScheduler, createMemoryStore } from '@parley/core';
import { createTestDesk } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../signing/verify.js';
import { createTestReceiver } from '../testing/test-receiver.js';
import { attachToDesk } from './attach-to-desk.js';
import { createWebhookDelivery } from './create-delivery.js';
import { onCleanup } from './test-setup.js';

describe('OB1 with the real engine', () => {
  it('OB1: a customer turn on a desk reaches a subscribed URL as signed events', async () => {
    const t = await createTestDesk({ script: ['Olá! Como posso ajudar?'] });
    onCleanup(() => t.desk.stop());
    const receiver = await createTestReceiver();
    onCleanup(() => receiver.close());
    // The core's own memory store and scheduler, on the desk's fake clock.
    const store = createMemoryStore({ clock: t.clock });
    const scheduler = createMemoryScheduler({ clock: t.clock });
    const delivery = createWebhookDelivery({
      store,
      scheduler,
      clock: t.clock,
      allowPrivateNetworks: true,
      jitter: 0,
    });
    onCleanup(() => delivery.stop());
    await scheduler.start();
    onCleanup(() => scheduler.stop());
    const endpoint = await delivery.addEndpoint('default', {
      url: receiver.url,
      types: ['message.*', 'conversation.opened'],
    });
    await delivery.start();
    attachToDesk(t.desk, delivery);

    await t.customer('5511999990000', { name: 'Ana' }).send('Oi, vocês entregam hoje?');
    await new Promise((r) => setImmediate(r));
    await delivery.idle();

    const events = receiver.requests.map((r) => {
      verifyWebhook(r.body, r.headers as Record<string, string>, {
        secret: endpoint.secret,
        clock: t.clock,
      });
      return JSON.parse(r.body) as { type: string; data: unknown };
    });
    const types = events.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['conversation.opened', 'message.received', 'message.sent']),
    );
    expect(
      types.every((type) => type.startsWith('message.') || type === 'conversation.opened'),
    ).toBe(true);
    const received = events.find((e) => e.type === 'message.received')!;
    expect(JSON.stringify(received.data)).toContain('Oi, vocês entregam hoje?');
    const sent = events.find((e) => e.type === 'message.sent')!;
    expect(JSON.stringify(sent.data)).toContain('Olá! Como posso ajudar?');
    expect(t.errors).toEqual([]);

    // A failing receiver: the retry goes through the core scheduler on the fake clock.
    let failedOnce = false;
    receiver.reply(() => {
      if (!failedOnce) {
        failedOnce = true;
        return { status: 503 };
      }
      return { status: 200 };
    });
    const before = receiver.requests.length;
    await delivery.deliver('default', 'message.sent', { probe: true });
    await delivery.idle();
    expect(receiver.requests.length).toBe(before + 1);
    await t.clock.advance(4_999);
    await scheduler.idle();
    await delivery.idle();
    expect(receiver.requests.length).toBe(before + 1);
    await t.clock.advance(1);
    await scheduler.idle();
    await delivery.idle();
    expect(receiver.requests.length).toBe(before + 2);
  });
});
