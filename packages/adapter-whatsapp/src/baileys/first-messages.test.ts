import { ParleyError } from '@parley/core';
import { flushMicrotasks } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { baileysDesk, textMessage } from '../test-helpers.js';

const ANA = '5511987654321@s.whatsapp.net';
const COLD = '+5511912345678';
const COLD_JID = '5511912345678@s.whatsapp.net';
const wrote = (id: string) => ({ type: 'notify' as const, messages: [textMessage(ANA, id, 'oi')] });

async function failure(promise: Promise<unknown>): Promise<ParleyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!ParleyError.isInstance(error)) throw new Error(`expected a ParleyError, got ${error}`);
  return error;
}

describe('first messages on a number linked by QR', () => {
  it('P-26: a first message to a number that never wrote is refused by default; people who wrote are answered', async () => {
    // The default: the test helper opts in for other tests, `undefined` restores it.
    const t = await baileysDesk({ transport: { coldMessages: undefined }, script: () => 'olá!' });
    const error = await failure(t.desk.send({ channelId: 'wa', to: COLD }, 'Promoção!'));
    expect(error.code).toBe('CHANNEL_SEND_FAILED');
    expect(error.message).toMatch(/never wrote.*coldMessages: true/);
    expect(t.fake.current.sentTo(COLD_JID)).toEqual([]);

    await t.deliver(wrote('3EB0WROTE00000000001'));
    expect(t.fake.current.sentTo(ANA)).toEqual([{ type: 'text', text: 'olá!' }]);
    await t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'Seu pedido saiu');
    expect(t.fake.current.sentTo(ANA)).toHaveLength(2);

    // A restart remembers who wrote.
    await t.desk.stop();
    const again = await baileysDesk({
      store: t.store,
      clock: t.clock,
      transport: { coldMessages: undefined },
    });
    await again.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'Chegou?');
    expect(again.fake.current.sentTo(ANA)).toEqual([{ type: 'text', text: 'Chegou?' }]);
    await again.desk.stop();
  });

  it('P-26: after WhatsApp reports message-capping, new chats pause with a channel.status until the cycle ends; replies go on', async () => {
    const t = await baileysDesk({ transport: { coldMessages: true }, script: () => 'ok' });
    await t.desk.send({ channelId: 'wa', to: COLD }, 'Olá, aqui é a loja');
    expect(t.fake.current.sentTo(COLD_JID)).toHaveLength(1);
    await t.deliver(wrote('3EB0WROTE00000000002'));

    const end = Math.round(t.clock.now().getTime() / 1000) + 6 * 3600;
    t.fake.current.emit('message-capping.update', {
      capping_status: 'CAPPED',
      used_quota: 250,
      total_quota: 250,
      cycle_end_timestamp: String(end),
    } as never);
    await flushMicrotasks();
    const status = t.statuses.at(-1)!;
    expect(status.state).toBe('error');
    expect(status.detail).toMatch(/capped new chats.*paused until/);
    expect(status.data).toMatchObject({ pausedUntil: new Date(end * 1000).toISOString() });

    const paused = await failure(t.desk.send({ channelId: 'wa', to: '+5511900002222' }, 'Oi'));
    expect(paused.code).toBe('RATE_LIMITED');
    expect(paused.message).toMatch(/not starting new chats until/);
    expect(t.fake.current.sentTo('5511900002222@s.whatsapp.net')).toEqual([]);
    // Capping counts new chats only: people who wrote, and chats already started, go on.
    await t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'Seu pedido saiu');
    await t.desk.send({ channelId: 'wa', to: COLD }, 'Obrigado pela resposta');
    expect(t.fake.current.sentTo(ANA).at(-1)).toEqual({ type: 'text', text: 'Seu pedido saiu' });

    await t.clock.advance(6 * 3600 * 1000);
    await t.desk.send({ channelId: 'wa', to: '+5511900002222' }, 'Oi');
    expect(t.fake.current.sentTo('5511900002222@s.whatsapp.net')).toHaveLength(1);
    await t.desk.stop();
  });
});
