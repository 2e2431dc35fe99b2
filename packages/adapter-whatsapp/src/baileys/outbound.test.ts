import { proto } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { fromStorable, toStorable } from '../binary-json.js';
import { protoFromContent, toBaileysOutbound } from './outbound.js';

const ctx = {
  nativeMenus: true,
  keyOf: (id: string) => ({ remoteJid: 'x@s.whatsapp.net', id, fromMe: false }),
};

/** Encodes with Baileys' own protobuf classes and decodes again, as WhatsApp would receive it. */
const wire = (message: proto.IMessage) =>
  proto.Message.toObject(
    proto.Message.decode(proto.Message.encode(proto.Message.fromObject(message)).finish()),
    {
      defaults: false,
    },
  );

describe('Baileys outbound protos', () => {
  it('RT2: native menus are valid WhatsApp protos: quick replies up to three, a single-select list above', () => {
    const three = toBaileysOutbound(
      {
        type: 'menu',
        text: 'Como podemos ajudar?',
        options: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
          { id: 'c', title: 'C' },
        ],
      },
      ctx,
    );
    expect(three.kind).toBe('relay');
    const decoded = wire((three as { message: proto.IMessage }).message);
    const flow = decoded.viewOnceMessage.message.interactiveMessage;
    expect(flow.body.text).toBe('Como podemos ajudar?');
    expect(flow.nativeFlowMessage.buttons.map((b: { name: string }) => b.name)).toEqual([
      'quick_reply',
      'quick_reply',
      'quick_reply',
    ]);

    const list = toBaileysOutbound(
      {
        type: 'menu',
        text: 'Lojas',
        buttonLabel: 'Ver',
        options: Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, title: `Loja ${i}` })),
      },
      ctx,
    );
    const listFlow = wire((list as { message: proto.IMessage }).message).viewOnceMessage.message
      .interactiveMessage.nativeFlowMessage;
    const params = JSON.parse(listFlow.buttons[0].buttonParamsJson);
    expect(params.title).toBe('Ver');
    expect(params.sections[0].rows).toHaveLength(8);
  });

  it('CH1: a cached sent proto survives storage and still encodes, bytes intact', () => {
    const sent = proto.Message.fromObject({
      imageMessage: {
        url: 'https://mmg.whatsapp.net/x',
        mediaKey: Buffer.alloc(32, 4),
        fileLength: 48213,
        caption: 'c',
      },
    });
    const restored = fromStorable<proto.IMessage>(JSON.parse(JSON.stringify(toStorable(sent))));
    const decoded = proto.Message.decode(proto.Message.encode(restored).finish());
    expect(Buffer.from(decoded.imageMessage!.mediaKey!)).toEqual(Buffer.alloc(32, 4));
    expect(Number(decoded.imageMessage!.fileLength)).toBe(48213);
  });

  it('CH1: stored content rebuilds into protos Baileys can re-encrypt for a retry', () => {
    for (const content of [
      { type: 'text' as const, text: 'oi' },
      { type: 'location' as const, latitude: 1, longitude: 2, name: 'Loja' },
      { type: 'contacts' as const, contacts: [{ name: 'Loja', phones: ['+552133334444'] }] },
      { type: 'menu' as const, text: 'Escolha', options: [{ id: 'a', title: 'A' }] },
    ]) {
      const message = protoFromContent(content);
      expect(message, content.type).toBeDefined();
      expect(() => wire(message!)).not.toThrow();
    }
    expect(
      protoFromContent({ type: 'media', kind: 'image', url: 'https://x/y.jpg' }),
    ).toBeUndefined();
  });

  it('CH1: content WhatsApp cannot carry is refused with what to send instead', () => {
    expect(() =>
      toBaileysOutbound({ type: 'comment', text: 'x', postId: 'p', commentId: 'c' }, ctx),
    ).toThrow(/cannot send "comment".*send text, media/);
  });
});
