import { createMemoryScheduler, createMemoryStore } from '@parley/core';
import { createTestDesk, type ScriptedReply } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../signing/verify.js';
import { createTestReceiver } from '../testing/test-receiver.js';
import { attachToDesk } from './attach-to-desk.js';
import { createWebhookDelivery } from './create-delivery.js';
import { onCleanup } from './test-setup.js';

/** A test desk whose events go to a loopback receiver through a delivery on its clock. */
async function deskWithWebhooks(script: ScriptedReply[], types: string[]) {
  const t = await createTestDesk({ script });
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
  const endpoint = await delivery.addEndpoint('default', { url: receiver.url, types });
  await delivery.start();
  attachToDesk(t.desk, delivery);
  return { t, receiver, scheduler, delivery, endpoint };
}

describe('OB1 with the real engine', () => {
  it('OB1: a customer turn on a desk reaches a subscribed URL as signed events', async () => {
    const { t, receiver, scheduler, delivery, endpoint } = await deskWithWebhooks(
      ['Olá! Como posso ajudar?'],
      ['message.*', 'conversation.opened'],
    );

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

  it('OB1: lead and sale events, and the citations of an answer (AI3), reach a subscribed URL', async () => {
    const citations = [{ ref: 'K1', file: 'planos.xlsx', sheet: 'Preços', row: 3, score: 0.9 }];
    const { t, receiver, delivery } = await deskWithWebhooks(
      [{ type: 'reply', messages: [{ type: 'text', text: 'R$ 199,90 por mês.' }], citations }],
      ['lead.*', 'sale.*', 'message.sent'],
    );

    await t.customer('5511999990000', { name: 'Ana' }).send('Quanto custa o plano?');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    await t.desk.inbox.markLead(id, { by: 'op-1' });
    await t.desk.inbox.recordSale(id, { value: 199.9, currency: 'BRL', reference: 'PED-1' });
    await new Promise((r) => setImmediate(r));
    await delivery.idle();

    type Wire = { message: { citations: unknown }; sale: unknown; conversation: { id: string } };
    const events = receiver.requests.map((r) => JSON.parse(r.body) as { type: string; data: Wire });
    expect(events.map((e) => e.type).sort()).toEqual([
      'lead.marked',
      'message.sent',
      'sale.recorded',
    ]);
    const sent = events.find((e) => e.type === 'message.sent')!;
    expect(sent.data.message.citations).toEqual(citations);
    const sale = events.find((e) => e.type === 'sale.recorded')!;
    expect(sale.data.sale).toMatchObject({ value: 199.9, currency: 'BRL', reference: 'PED-1' });
    expect(sale.data.conversation.id).toBe(id);
  });
});
