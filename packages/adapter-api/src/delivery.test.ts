import { createDesk, createMemoryScheduler, createMemoryStore, ParleyError } from '@parley/core';
import { createFakeClock, scriptedAssistant } from '@parley/core/testing';
import {
  attachToDesk,
  createVerifier,
  createWebhookDelivery,
  generateSecret,
} from '@parley/webhooks';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  advance,
  call,
  openConversation,
  type SetupOptions,
  setupChannel,
  startDesk,
  startReceiver,
  testChannel,
  WEBHOOK_SECRET,
} from './harness.test-support.js';

const setup = (channel: SetupOptions['channel'] = {}) => setupChannel({ channel });

describe('API channel: outbound messages to the webhook', () => {
  it('CH6: each outbound message is signed (Standard Webhooks) and verifies with ours and the standardwebhooks package', async () => {
    const { adapter, receiver, desk } = await setup();
    const id = await openConversation(adapter, 'crm-1', 'hello');
    await adapter.webhook.idle();
    const [request] = receiver.requests;
    const [event] = receiver.events;
    const [, reply] = await desk.inbox.messages(id);
    expect(request!.headers['webhook-id']).toBe(reply!.id);
    expect(request!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(event!.id).toBe(reply!.id);
    expect(reply!.externalId).toBe(reply!.id);
    // The reference library checks the same bytes and headers independently.
    const headers = {
      'webhook-id': String(request!.headers['webhook-id']),
      'webhook-timestamp': String(request!.headers['webhook-timestamp']),
      'webhook-signature': String(request!.headers['webhook-signature']),
    };
    expect(new Webhook(WEBHOOK_SECRET).verify(event!.rawBody, headers)).toEqual(event!.payload);
    expect(() => new Webhook(generateSecret()).verify(event!.rawBody, headers)).toThrow();
    expect(() =>
      createVerifier({ secret: WEBHOOK_SECRET })(event!.rawBody.replace('hello', 'HELLO'), headers),
    ).toThrow();
  });

  it('OB1: send resolves once queued; a failing receiver gets retries on the schedule and the log shows each attempt', async () => {
    const { adapter, receiver, desk, clock } = await setup();
    receiver.reply((i) => (i < 2 ? { status: 500 } : 'accept'));
    const started = clock.now().getTime();
    const id = await openConversation(adapter, 'crm-1', 'hello');
    // The turn is done and the reply recorded as sent although the receiver said 500.
    const [, reply] = await desk.inbox.messages(id);
    expect(reply!.status).toBe('sent');
    await adapter.webhook.idle();
    let [record] = await adapter.webhook.deliveries();
    expect(record).toMatchObject({ status: 'pending', type: 'message.sent', messageId: reply!.id });
    expect(record!.attempts.map((a) => a.status)).toEqual([500]);

    await advance(adapter, clock, 5_000);
    await advance(adapter, clock, 5 * 60_000);
    [record] = await adapter.webhook.deliveries();
    expect(record!.status).toBe('delivered');
    expect(record!.attempts.map((a) => a.status)).toEqual([500, 500, 204]);
    expect(receiver.requests.map((r) => r.at - started)).toEqual([0, 5_000, 305_000]);
    expect(receiver.events).toHaveLength(1);
    expect(await adapter.webhook.deliveries({ status: 'pending' })).toEqual([]);
  });

  it('OB1: a receiver that does not answer times out and is retried', async () => {
    const { adapter, receiver, clock } = await setup({
      deliveryOptions: { allowPrivateNetworks: true, jitter: 0, timeoutMs: 10_000 },
    });
    receiver.reply((i) => (i === 0 ? 'hang' : 'accept'));
    await openConversation(adapter, 'crm-1', 'hello');
    await receiver.waitFor(1);
    await advance(adapter, clock, 10_000);
    const [pending] = await adapter.webhook.deliveries();
    expect(pending!.status).toBe('pending');
    expect(pending!.attempts[0]!.error).toMatch(/no response within 10000 ms/);
    await advance(adapter, clock, 5_000);
    expect((await adapter.webhook.deliveries())[0]!.status).toBe('delivered');
    expect(receiver.events).toHaveLength(1);
  });

  it('OB1: Retry-After from the receiver is honoured', async () => {
    const { adapter, receiver, clock } = await setup();
    receiver.reply((i) =>
      i === 0 ? { status: 503, headers: { 'retry-after': '120' } } : 'accept',
    );
    await openConversation(adapter, 'crm-1', 'hello');
    await adapter.webhook.idle();
    await advance(adapter, clock, 5_000); // the schedule alone would retry now
    expect(receiver.requests).toHaveLength(1);
    await advance(adapter, clock, 115_000);
    expect(receiver.requests).toHaveLength(2);
    expect((await adapter.webhook.deliveries())[0]!.status).toBe('delivered');
  });

  it('OB1: 410 Gone disables the endpoint; later messages fail clearly until it is enabled and the dead letter replayed', async () => {
    const { adapter, receiver, desk, statuses } = await setup();
    receiver.reply(() => ({ status: 410 }));
    await openConversation(adapter, 'crm-1', 'hello');
    await adapter.webhook.idle();
    const endpoint = await adapter.webhook.endpoint();
    expect(endpoint.enabled).toBe(false);
    expect(endpoint.disabledReason).toMatch(/410 Gone/);
    const dead = await adapter.webhook.deadLetters();
    expect(dead).toHaveLength(1);
    expect(statuses.at(-1)?.update).toMatchObject({ state: 'error' });
    expect(statuses.at(-1)?.update.detail).toContain('webhook.enable()');

    // The desk records the next message as failed, with the reason.
    const failure = await desk
      .send({ channelId: 'api', to: 'crm-1' }, 'Are you there?')
      .catch((e) => e);
    expect(ParleyError.hasCode(failure, 'CHANNEL_UNAVAILABLE')).toBe(true);
    expect((failure as Error).message).toContain('webhook.enable()');

    receiver.reply(() => 'accept');
    await adapter.webhook.enable();
    expect(await adapter.webhook.replayDeadLetters()).toBe(1);
    await adapter.webhook.idle();
    expect(receiver.events.map((e) => e.data.message.text)).toEqual(['echo: hello']);
    expect((await adapter.webhook.deliveries())[0]).toMatchObject({
      status: 'delivered',
      replays: 1,
    });
  });

  it('OB1: when retries run out the delivery is a dead letter, replayable by id', async () => {
    const { adapter, receiver, clock } = await setup({
      deliveryOptions: { allowPrivateNetworks: true, jitter: 0, retrySchedule: [0, 1_000] },
    });
    receiver.reply(() => ({ status: 502 }));
    await openConversation(adapter, 'crm-1', 'hello');
    await adapter.webhook.idle();
    await advance(adapter, clock, 1_000);
    const [dead] = await adapter.webhook.deadLetters();
    expect(dead!.error).toMatch(/gave up after 2 attempts: HTTP 502/);
    receiver.reply(() => 'accept');
    await adapter.webhook.replay(dead!.id);
    await adapter.webhook.idle();
    expect(receiver.events).toHaveLength(1);
  });

  it('OB1: a restart in the middle of retries loses nothing and delivers once', async () => {
    const clock = createFakeClock(new Date());
    const receiver = await startReceiver({ clock });
    receiver.reply(() => ({ status: 500 }));
    const store = createMemoryStore({ clock });
    const first = testChannel(receiver);
    const one = await startDesk(first, { clock, store });
    await openConversation(first, 'crm-1', 'hello');
    await first.webhook.idle();
    await one.desk.stop(); // the process goes away with the delivery pending

    receiver.reply(() => 'accept');
    await clock.advance(60_000);
    expect(receiver.requests).toHaveLength(1);
    const second = testChannel(receiver);
    await startDesk(second, { clock, store });
    await second.webhook.idle();
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.events.map((e) => e.data.message.text)).toEqual(['echo: hello']);
    const [record] = await second.webhook.deliveries();
    expect(record!.attempts.map((a) => a.status)).toEqual([500, 204]);
    // And the restarted channel still knows its contacts and conversations.
    expect((await call(second, 'GET', '/contacts/crm-1')).status).toBe(200);
  });

  it('OB1: a message over the payload limit is refused at send and recorded failed', async () => {
    const { adapter, desk, receiver } = await setup({
      deliveryOptions: { allowPrivateNetworks: true, jitter: 0, maxPayloadBytes: 2_000 },
    });
    await openConversation(adapter, 'crm-1', 'hi');
    const error = await desk
      .send({ channelId: 'api', to: 'crm-1' }, 'x'.repeat(3_000))
      .catch((e: unknown) => e);
    expect(ParleyError.hasCode(error, 'LIMIT_EXCEEDED')).toBe(true);
    await adapter.webhook.idle();
    expect(receiver.events.map((e) => e.data.message.text)).toEqual(['echo: hi']);
  });

  it('CH6: a changed webhook URL or secret takes effect at the next start, re-enabling a gone endpoint', async () => {
    const clock = createFakeClock(new Date());
    const store = createMemoryStore({ clock });
    const oldReceiver = await startReceiver({ clock });
    oldReceiver.reply(() => ({ status: 410 }));
    const first = testChannel(oldReceiver);
    const one = await startDesk(first, { clock, store });
    await openConversation(first, 'crm-1', 'hello');
    await first.webhook.idle();
    await one.desk.stop();

    // Same options: the endpoint stays disabled and the host is told at start.
    const two = await startDesk(testChannel(oldReceiver), { clock, store });
    expect(two.statuses.map((s) => s.update.state)).toEqual(['error']);
    await two.desk.stop();

    const secret = generateSecret();
    const newReceiver = await startReceiver({ secret, clock });
    const adapter = testChannel(newReceiver, { webhookSecret: secret });
    const three = await startDesk(adapter, { clock, store });
    expect(three.statuses.map((s) => s.update.state)).toEqual(['connected']);
    expect(await adapter.webhook.endpoint()).toMatchObject({ url: newReceiver.url, enabled: true });
    const conversationId = (await three.desk.inbox.list({ channelId: 'api' })).items[0]!
      .conversation.id;
    await call(adapter, 'POST', `/contacts/crm-1/conversations/${conversationId}/messages`, {
      text: 'again',
    });
    await adapter.webhook.idle();
    expect(oldReceiver.requests).toHaveLength(1);
    expect(newReceiver.events.map((e) => e.data.message.text)).toEqual(['echo: again']);
    // Signed with the new secret only.
    const signature = String(newReceiver.requests[0]!.headers['webhook-signature']);
    expect(signature.split(' ')).toHaveLength(1);
  });

  it("OB1: a shared delivery engine (the desk's store and scheduler) carries the channel's messages apart from the tenant's event endpoints", async () => {
    const clock = createFakeClock(new Date());
    const store = createMemoryStore({ clock });
    const scheduler = createMemoryScheduler({ clock });
    const delivery = createWebhookDelivery({
      store,
      scheduler,
      clock,
      allowPrivateNetworks: true,
      jitter: 0,
    });
    const channelReceiver = await startReceiver({ clock });
    const eventsSecret = generateSecret();
    const eventsReceiver = await startReceiver({ secret: eventsSecret, clock });
    await delivery.addEndpoint('default', {
      url: eventsReceiver.url,
      types: ['*'],
      secret: eventsSecret,
    });
    const adapter = testChannel(channelReceiver, { delivery });
    const desk = createDesk({
      clock,
      store,
      scheduler,
      assistants: [{ id: 'bot', assistant: scriptedAssistant(), backupTeam: 'support' }],
      teams: [{ id: 'support' }],
      channels: [{ id: 'api', adapter, route: { assistant: 'bot' } }],
    });
    const detach = attachToDesk(desk, delivery);
    await desk.start();
    await delivery.start();
    try {
      channelReceiver.reply((i) => (i === 0 ? { status: 500 } : 'accept'));
      await openConversation(adapter, 'crm-1', 'hello');
      await delivery.idle();
      // The retry is a job of the desk's scheduler.
      await clock.advance(5_000);
      await delivery.idle();
      expect(channelReceiver.events.map((e) => [e.type, e.data.message.text])).toEqual([
        ['message.sent', 'echo: hello'],
      ]);
      const types = eventsReceiver.events.map((e) => e.type);
      expect(types).toContain('conversation.opened');
      expect(types).toContain('message.received');
      // The tenant's endpoints and the channel's are kept apart.
      expect((await delivery.listEndpoints('default')).map((e) => e.url)).toEqual([
        eventsReceiver.url,
      ]);
      expect((await adapter.webhook.deliveries()).map((d) => d.status)).toEqual(['delivered']);
    } finally {
      detach();
      await desk.stop();
      await delivery.stop();
    }
  });
});
