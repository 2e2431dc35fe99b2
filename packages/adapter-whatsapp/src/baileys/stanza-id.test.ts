import type { Message } from '@parley/core';
import { flushMicrotasks } from '@parley/core/testing';
import { generateMessageID, generateMessageIDV2 } from '@whiskeysockets/baileys';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS, baileysDesk, fixture } from '../test-helpers.js';
import { STANZA_ID_PATTERN, stanzaIdFor } from './stanza-id.js';

const ANA = '5511987654321@s.whatsapp.net';
const scope = { tenantId: 'default', channelId: 'wa', number: BUSINESS };

/** Two replies to every message (`mark` tells a re-run's answers apart). */
const twoReplies =
  (mark = '') =>
  () => ({
    type: 'reply' as const,
    messages: [
      { type: 'text' as const, text: `one${mark}` },
      { type: 'text' as const, text: `two${mark}` },
    ],
  });

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setImmediate(r));
}

const outbound = (messages: Message[]) => messages.filter((m) => m.direction === 'outbound');

describe('Baileys stanza ids', () => {
  it('PL3: a stanza id is a function of the part id and its desk, in the shape Baileys generates', () => {
    const id = stanzaIdFor(scope, 'msg_00abc1234567890');
    expect(stanzaIdFor({ ...scope }, 'msg_00abc1234567890')).toBe(id);
    // Baileys' own ids (V2 on every send, and the older random form's prefix) have this shape.
    expect(generateMessageIDV2(`${BUSINESS.slice(1)}:12@s.whatsapp.net`)).toMatch(
      STANZA_ID_PATTERN,
    );
    expect(id).toMatch(STANZA_ID_PATTERN);
    expect(id).toHaveLength(generateMessageIDV2().length);
    expect(generateMessageID().slice(0, 4)).toBe(id.slice(0, 4));
    // Equal part ids on another tenant, channel or number are other messages.
    const others = [
      stanzaIdFor({ ...scope, tenantId: 'shop-2' }, 'msg_00abc1234567890'),
      stanzaIdFor({ ...scope, channelId: 'wa-2' }, 'msg_00abc1234567890'),
      stanzaIdFor({ ...scope, number: '+5521977776666' }, 'msg_00abc1234567890'),
      // Fields are kept apart: moving a character from one field to the next is another scope.
      stanzaIdFor({ ...scope, tenantId: 'defaultw', channelId: 'a' }, 'msg_00abc1234567890'),
    ];
    expect(new Set([id, ...others]).size).toBe(5);
  });

  it('PL3: distinct part ids get distinct stanza ids, each in the shape Baileys generates', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 50 }),
        (ids) => {
          const stanzas = ids.map((id) => stanzaIdFor(scope, id));
          expect(new Set(stanzas).size).toBe(ids.length);
          for (const s of stanzas) expect(s).toMatch(STANZA_ID_PATTERN);
        },
      ),
    );
  });

  it("PL3: each part and each piece of a split reply goes out under its own stanza id, the recorded message's external id", async () => {
    const long = `${'a'.repeat(4000)} ${'b'.repeat(300)}`;
    const t = await baileysDesk({
      transport: { menus: 'native' },
      script: () => ({
        type: 'reply',
        messages: [
          { type: 'text', text: long },
          { type: 'media', kind: 'image', url: 'https://example.com/p.jpg', caption: 'Produto' },
          { type: 'menu', text: 'Escolha', options: [{ id: 'a', title: 'A' }] },
        ],
      }),
    });
    await t.deliver(fixture('baileys/upsert-text-pn.json'));
    const sent = t.fake.current.sent;
    // The long text is two pieces; the menu goes through relayMessage.
    expect(sent.map((s) => (s.relay ? 'relay' : Object.keys(s.content!)[0]))).toEqual([
      'text',
      'text',
      'image',
      'relay',
    ]);
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    const recorded = outbound(await t.store.listMessages(conv.tenantId, conv.id));
    expect(recorded.map((m) => m.externalId)).toEqual(sent.map((s) => s.id));
    expect(recorded.map((m) => stanzaIdFor(scope, m.id))).toEqual(sent.map((s) => s.id));
    expect(new Set(sent.map((s) => s.id)).size).toBe(4);
    for (const s of sent) expect(s.id).toMatch(STANZA_ID_PATTERN);
    expect(t.errors).toEqual([]);
    await t.desk.stop();
  });

  it('P-14, PL3: a turn killed after WhatsApp took a part re-sends it after restart under the same stanza id, and its receipts reach the record', async () => {
    const first = await baileysDesk({ script: twoReplies() });
    const socket = first.fake.current;
    const send = socket.sendMessage;
    socket.sendMessage = async (jid, content, options) => {
      const result = await send(jid, content, options);
      // WhatsApp has the second part; the process dies before Baileys answers.
      if ('text' in content && content.text === 'two') return new Promise(() => {});
      return result;
    };
    socket.upsert(fixture('baileys/upsert-text-pn.json').messages, 'notify');
    await until(() => socket.sent.length === 2);
    const [one, two] = socket.sent;
    // The desk is abandoned as a killed process would be; the store survives it.

    const second = await baileysDesk({
      store: first.store,
      clock: first.clock,
      script: twoReplies(' (again)'),
    });
    await until(() => second.fake.current.sent.length > 0);
    await second.desk.idle();
    // Only the part that may have left goes again: as it was, under the stanza id
    // WhatsApp already has, so the customer's phone keeps one message.
    expect(second.fake.current.sent.map((s) => [s.id, s.content])).toEqual([
      [two!.id, { text: 'two' }],
    ]);
    const conv = (await second.desk.inbox.list()).items[0]!.conversation;
    const recorded = outbound(await second.store.listMessages(conv.tenantId, conv.id));
    expect(recorded.map((m) => [m.externalId, m.status])).toEqual([
      [one!.id, 'sent'],
      [two!.id, 'sent'],
    ]);

    // Receipts name the stanza id: they find the recorded message.
    const reads: string[][] = [];
    second.desk.on('message.read', (e) => {
      reads.push(e.externalIds);
    });
    second.fake.current.emit('messages.update', [
      { key: { remoteJid: ANA, fromMe: true, id: two!.id }, update: { status: 4 } },
      { key: { remoteJid: ANA, fromMe: true, id: one!.id }, update: { status: 0 } },
    ]);
    await second.adapter.whenIdle();
    expect(reads).toEqual([[two!.id]]);
    const after = outbound(await second.store.listMessages(conv.tenantId, conv.id));
    expect(after.map((m) => [m.externalId, m.status])).toEqual([
      [one!.id, 'failed'],
      [two!.id, 'sent'],
    ]);
    expect(second.errors).toEqual([]);
    await second.desk.stop();
  });

  it('PL3: a send tried again after a rate-limit refusal keeps its stanza id', async () => {
    const t = await baileysDesk({ whatsapp: { pacing: { backoffMs: 10_000 } } });
    const socket = t.fake.current;
    const send = socket.sendMessage;
    const attempts: Array<string | undefined> = [];
    const rateLimited = Object.assign(new Error('rate-overlimit'), { output: { statusCode: 429 } });
    socket.sendMessage = async (jid, content, options) => {
      attempts.push(options?.messageId);
      if (attempts.length === 1) throw rateLimited;
      return send(jid, content, options);
    };
    const sending = t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'hello');
    await flushMicrotasks();
    await t.clock.advance(10_000);
    const [message] = await sending;
    expect(attempts).toEqual([message!.externalId, message!.externalId]);
    expect(message!.externalId).toBe(stanzaIdFor(scope, message!.id));
    await t.desk.stop();
  });
});
