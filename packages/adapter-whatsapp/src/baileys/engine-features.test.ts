import { contentText } from '@parley/core';
import { flushMicrotasks } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { baileysDesk, textMessage } from '../test-helpers.js';

const message = (jid: string, id: string, body: string) => textMessage(jid, id, body, 'Cliente');

describe('engine features on WhatsApp', () => {
  it('RT9: a burst arriving in one upsert is answered once, in order, after the quiet window', async () => {
    const t = await baileysDesk({
      channel: { groupMessages: { windowMs: 4000, maxWaitMs: 15_000 } },
      script: (input) => `got: ${input.turn.map((m) => contentText(m.content)).join(' | ')}`,
    });
    const jid = '5511987654321@s.whatsapp.net';
    t.fake.current.upsert([
      message(jid, 'B1', 'oi'),
      message(jid, 'B2', 'quero um tênis'),
      message(jid, 'B3', 'tamanho 40'),
    ]);
    await t.adapter.whenIdle();
    await flushMicrotasks();
    expect(t.assistant.calls).toHaveLength(0);
    await t.clock.advance(4000);
    await t.adapter.whenIdle();
    expect(t.fake.current.sentTo(jid)).toEqual([
      { type: 'text', text: 'got: oi | quero um tênis | tamanho 40' },
    ]);
    await t.desk.stop();
  });

  it('RT10: allow-lists match WhatsApp senders by E.164, old Brazilian JIDs included', async () => {
    const t = await baileysDesk({ channel: { phoneFilter: { allow: ['+55 21 98765-4321'] } } });
    await t.deliver({
      type: 'notify',
      messages: [message('552187654321@s.whatsapp.net', 'A1', 'oi')],
    });
    await t.deliver({
      type: 'notify',
      messages: [message('5511987654321@s.whatsapp.net', 'A2', 'oi')],
    });
    expect(t.assistant.calls).toHaveLength(1);
    expect(t.fake.current.sent.map((s) => s.jid)).toEqual(['552187654321@s.whatsapp.net']);
    const ignored = await t.desk.inbox.ignored({ channelId: 'wa' });
    expect(ignored.map((m) => m.message.externalId)).toEqual(['A2']);
    await t.desk.stop();
  });
});
