// Real WhatsApp traffic through a QR-linked number: the messages are built with
// Baileys' own builder (`generateWAMessageContent`, what a phone running WhatsApp
// produces for an edit or a poll) and `proto` enums, so their shape is exact.
import type { DeskEvents } from '@parley/core';
import {
  generateWAMessageContent,
  type proto,
  proto as protoRuntime,
  type WAMessage,
} from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { baileysDesk, textMessage } from '../test-helpers.js';

const ANA = '5511987654321@s.whatsapp.net';
const noUpload = { upload: async () => ({ mediaUrl: '', directPath: '' }) } as never;

/** A message as Baileys upserts it: the content built by Baileys, from Ana or from us. */
function fromContent(id: string, message: proto.IMessage, fromMe = false): WAMessage {
  return protoRuntime.WebMessageInfo.fromObject({
    key: { remoteJid: ANA, fromMe, id },
    messageTimestamp: 1767603700,
    ...(!fromMe && { pushName: 'Ana Souza' }),
    message,
  }) as WAMessage;
}

async function inboxOf(t: Awaited<ReturnType<typeof baileysDesk>>) {
  const [row] = (await t.desk.inbox.list()).items;
  return { row: row!, messages: await t.desk.inbox.messages(row!.conversation.id) };
}

describe('WhatsApp by QR: what production sends', () => {
  it("CH1: the owner's reply typed on the phone is an operator message and the assistant stops", async () => {
    const t = await baileysDesk();
    await t.deliver({ type: 'notify', messages: [textMessage(ANA, '3A0000000000000CUST1', 'oi')] });
    expect(t.assistant.calls).toHaveLength(1);
    const phone = await generateWAMessageContent({ text: 'Oi Ana, é o João da loja' }, noUpload);
    await t.deliver({
      type: 'notify',
      messages: [fromContent('3EB0PHONE00000000001', phone, true)],
    });
    await t.deliver({
      type: 'notify',
      messages: [textMessage(ANA, '3A0000000000000CUST2', 'quanto custa?')],
    });
    expect(t.assistant.calls).toHaveLength(1);
    const { row, messages } = await inboxOf(t);
    expect(row.conversation.handler).toBe('operator');
    expect(messages.map((m) => [m.direction, m.author.kind])).toEqual([
      ['inbound', 'contact'],
      ['outbound', 'assistant'],
      ['outbound', 'operator'],
      ['inbound', 'contact'],
    ]);
    // Our own sends come back under their id and are not recorded twice.
    const own = t.fake.current.sent[0]!;
    await t.deliver({
      type: 'notify',
      messages: [fromContent(own.id, { conversation: 'echo 1' }, true)],
    });
    expect((await inboxOf(t)).messages).toHaveLength(4);
    expect(t.errors).toEqual([]);
    await t.desk.stop();
  });

  it("CH1: the owner's 👍 from the phone is recorded but does not take the conversation", async () => {
    const t = await baileysDesk();
    await t.deliver({ type: 'notify', messages: [textMessage(ANA, '3A0000000000000CUST1', 'oi')] });
    const like = await generateWAMessageContent(
      { react: { text: '👍', key: { remoteJid: ANA, fromMe: false, id: '3A0000000000000CUST1' } } },
      noUpload,
    );
    await t.deliver({
      type: 'notify',
      messages: [fromContent('3EB0PHONELIKE0000001', like, true)],
    });
    const { row, messages } = await inboxOf(t);
    expect(row.conversation.handler).toBe('assistant');
    expect(messages.at(-1)!.author).toEqual({ kind: 'operator', id: 'owner' });
    await t.desk.stop();
  });

  it("CH1: with ownerReplies 'record' the phone reply is kept and the assistant goes on", async () => {
    const t = await baileysDesk({ whatsapp: { ownerReplies: 'record' } });
    await t.deliver({ type: 'notify', messages: [textMessage(ANA, '3A0000000000000CUST1', 'oi')] });
    await t.deliver({
      type: 'notify',
      messages: [fromContent('3EB0PHONE00000000002', { conversation: 'já respondo' }, true)],
    });
    await t.deliver({ type: 'notify', messages: [textMessage(ANA, '3A0000000000000CUST3', 'ok')] });
    expect(t.assistant.calls).toHaveLength(2);
    expect((await inboxOf(t)).row.conversation.handler).toBe('assistant');
    await t.desk.stop();
  });

  it('CH1: a customer edit (protocolMessage MESSAGE_EDIT) replaces the stored text', async () => {
    const t = await baileysDesk();
    const edited: Array<DeskEvents['message.edited']> = [];
    t.desk.on('message.edited', (e) => {
      edited.push(e);
    });
    await t.deliver({
      type: 'notify',
      messages: [textMessage(ANA, '3A0000000000000EDIT1', 'quero 2 camisas')],
    });
    const edit = await generateWAMessageContent(
      {
        text: 'quero 3 camisas',
        edit: { remoteJid: ANA, fromMe: true, id: '3A0000000000000EDIT1' },
      },
      noUpload,
    );
    expect(edit.protocolMessage?.type).toBe(protoRuntime.Message.ProtocolMessage.Type.MESSAGE_EDIT);
    await t.deliver({ type: 'notify', messages: [fromContent('3A0000000000000EDIT2', edit)] });
    // Newer clients wrap it in `editedMessage`.
    await t.deliver({
      type: 'notify',
      messages: [
        fromContent('3A0000000000000EDIT3', {
          editedMessage: {
            message: {
              protocolMessage: {
                ...edit.protocolMessage,
                editedMessage: { conversation: 'quero 4 camisas' },
              },
            },
          },
        }),
      ],
    });
    const { messages } = await inboxOf(t);
    const inbound = messages.filter((m) => m.direction === 'inbound');
    expect(inbound).toHaveLength(1);
    expect(inbound[0]!.content).toEqual({ type: 'text', text: 'quero 4 camisas' });
    expect(inbound[0]!.editedAt).toBeInstanceOf(Date);
    expect(edited.map((e) => e.previous)).toEqual([
      { type: 'text', text: 'quero 2 camisas' },
      { type: 'text', text: 'quero 3 camisas' },
    ]);
    expect(t.assistant.calls).toHaveLength(1);
    await t.desk.stop();
  });

  it('P-24, CH1: a reaction is shown in the inbox but the assistant never answers it', async () => {
    const t = await baileysDesk();
    await t.deliver({ type: 'notify', messages: [textMessage(ANA, '3A0000000000000CUST1', 'oi')] });
    const sentId = t.fake.current.sent[0]!.id;
    const like = await generateWAMessageContent(
      { react: { text: '👍', key: { remoteJid: ANA, fromMe: false, id: sentId } } },
      noUpload,
    );
    await t.deliver({ type: 'notify', messages: [fromContent('3A0000000000000LIKE1', like)] });
    expect(t.assistant.calls).toHaveLength(1);
    const { row, messages } = await inboxOf(t);
    expect(messages.at(-1)!.content).toEqual({
      type: 'reaction',
      emoji: '👍',
      targetExternalId: sentId,
    });
    expect(row.conversation.lastMessage?.text).toBe('👍');
    await t.desk.stop();
  });

  it("CH1: a poll Baileys builds is its question and options, not 'unsupported'", async () => {
    const t = await baileysDesk();
    const poll = await generateWAMessageContent(
      { poll: { name: 'Qual tamanho?', values: ['P', 'M', 'G'], selectableCount: 1 } },
      noUpload,
    );
    await t.deliver({ type: 'notify', messages: [fromContent('3A0000000000000POLL1', poll)] });
    const { messages } = await inboxOf(t);
    expect(messages[0]!.content).toEqual({
      type: 'menu',
      text: 'Qual tamanho?',
      options: [
        { id: '1', title: 'P' },
        { id: '2', title: 'M' },
        { id: '3', title: 'G' },
      ],
    });
    await t.desk.stop();
  });

  it('CH1: an ERROR receipt marks the sent message failed and fires message.failed', async () => {
    const t = await baileysDesk();
    const failed: Array<DeskEvents['message.failed']> = [];
    t.desk.on('message.failed', (e) => {
      failed.push(e);
    });
    await t.deliver({ type: 'notify', messages: [textMessage(ANA, '3A0000000000000CUST1', 'oi')] });
    const id = t.fake.current.sent[0]!.id;
    t.fake.current.emit('messages.update', [
      {
        key: { remoteJid: ANA, fromMe: true, id },
        update: { status: protoRuntime.WebMessageInfo.Status.ERROR },
      },
    ]);
    await t.adapter.whenIdle();
    const { messages } = await inboxOf(t);
    const sent = messages.find((m) => m.externalId === id)!;
    expect(sent.status).toBe('failed');
    expect(sent.reason).toContain('error receipt');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message.id).toBe(sent.id);
    await t.desk.stop();
  });

  it('CH1: a business-scoped user id is refused: only the Cloud API can message one', async () => {
    const t = await baileysDesk();
    expect(() => t.adapter.address('BR.1502576394655843')).toThrow(/Cloud API/);
    await t.desk.stop();
  });
});
