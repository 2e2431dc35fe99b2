import type { WAMessage } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { decodeMediaLocator } from '../media-locator.js';
import { fixture } from '../test-helpers.js';
import { normaliseMessage, skipReason } from './inbound.js';

const kinds = fixture<{ messages: WAMessage[] }>('baileys/upsert-kinds.json').messages;
const byId = (id: string) => {
  const msg = kinds.find((m) => m.key.id === id);
  if (!msg) throw new Error(`no fixture ${id}`);
  return normaliseMessage(msg);
};

describe('Baileys inbound normalisation', () => {
  it('CH1: text, extended text and quoted replies', () => {
    expect(byId('3A01QUOTE00000000001')).toEqual({
      content: { type: 'text', text: 'Esse aqui, por favor' },
      replyToExternalId: '3EB0BUSINESS00000001',
    });
    expect(byId('3A15EPHEMERAL000015')?.content).toEqual({
      type: 'text',
      text: 'mensagem temporária',
    });
  });

  it('CH1: image, audio, video, captioned document and sticker become media with a download locator', () => {
    const image = byId('3A02IMAGE00000000002')?.content;
    expect(image).toMatchObject({
      type: 'media',
      kind: 'image',
      mimeType: 'image/jpeg',
      caption: 'Foto do produto',
    });
    const locator = decodeMediaLocator((image as { url: string }).url);
    expect(locator).toMatchObject({
      transport: 'baileys',
      kind: 'image',
      directPath: '/v/t62.7118-24/fake.enc?ccb=11-4',
    });
    expect(Buffer.from((locator as { mediaKey: string }).mediaKey, 'base64')).toEqual(
      Buffer.alloc(32, 9),
    );
    expect(byId('3A03AUDIO00000000003')?.content).toMatchObject({
      kind: 'audio',
      mimeType: 'audio/ogg; codecs=opus',
    });
    expect(byId('3A04VIDEO00000000004')?.content).toMatchObject({
      kind: 'video',
      caption: 'Vídeo',
    });
    expect(byId('3A05DOCUMENT0000005')?.content).toMatchObject({
      kind: 'document',
      fileName: 'pedido-1042.pdf',
      caption: 'Segue o pedido',
      mimeType: 'application/pdf',
    });
    expect(byId('3A06STICKER00000006')?.content).toMatchObject({
      kind: 'sticker',
      mimeType: 'image/webp',
    });
    expect(byId('3A16VIEWONCE0000016')?.content).toMatchObject({ type: 'media', kind: 'image' });
  });

  it('CH1: location, contacts and reactions', () => {
    expect(byId('3A07LOCATION0000007')?.content).toEqual({
      type: 'location',
      latitude: -22.9068,
      longitude: -43.1729,
      name: 'Loja Centro',
      address: 'Av. Rio Branco, 1 - Centro, Rio de Janeiro',
    });
    expect(byId('3A08CONTACT00000008')?.content).toEqual({
      type: 'contacts',
      contacts: [{ name: 'Carla Mendes', phones: ['+351912345678'] }],
    });
    expect(byId('3A09CONTACTS0000009')?.content).toEqual({
      type: 'contacts',
      contacts: [
        { name: 'Budi', phones: ['+6281234567890'] },
        { name: 'Loja', phones: ['+55 21 3333-4444'] },
      ],
    });
    expect(byId('3A10REACTION0000010')?.content).toEqual({
      type: 'reaction',
      emoji: '👍',
      targetExternalId: '3EB0BUSINESS00000001',
    });
  });

  it('RT2: button, list, native-flow and template replies become choices', () => {
    expect(byId('3A11BUTTONS00000011')).toEqual({
      content: { type: 'choice', optionId: 'sales', title: 'Vendas' },
      replyToExternalId: '3EB0MENU000000000001',
    });
    expect(byId('3A12LIST000000000012')?.content).toEqual({
      type: 'choice',
      optionId: 'support',
      title: 'Suporte',
    });
    expect(byId('3A13FLOW000000000013')?.content).toEqual({
      type: 'choice',
      optionId: 'billing',
      title: 'Financeiro',
    });
    expect(byId('3A14TEMPLATE0000014')?.content).toEqual({
      type: 'choice',
      optionId: 'confirm',
      title: 'Confirmar',
    });
  });

  it('CH1: a click-to-WhatsApp ad becomes a referral', () => {
    expect(byId('3A17ADREFERRAL00017')).toEqual({
      content: { type: 'text', text: 'Olá! Quero saber mais sobre isto.' },
      referral: {
        source: 'ad',
        adId: '120210987654321',
        headline: 'Tênis Corrida Pro',
        body: 'Frete grátis hoje',
        url: 'https://fb.me/3xAmPlE',
      },
    });
  });

  it('CH1: a poll the customer creates is its question with the options, not unsupported', () => {
    expect(byId('3A18POLL000000000018')?.content).toEqual({
      type: 'menu',
      text: 'Qual cor?',
      options: [
        { id: '1', title: 'Azul' },
        { id: '2', title: 'Preto' },
      ],
    });
  });

  it("P-24, CH1: status, groups (when off), newsletters and undecryptable stubs start no turn; own messages are kept (recorded as the owner's)", () => {
    const ignored = fixture<{ messages: WAMessage[] }>('baileys/upsert-ignored.json').messages;
    const reasons = ignored.map(
      (m) => skipReason(m, { groups: false }) ?? (normaliseMessage(m) ? 'kept' : 'protocol'),
    );
    expect(reasons).toEqual([
      'kept',
      'status or broadcast',
      'group message (groups are off)',
      'protocol',
      'no content',
      'status or broadcast',
    ]);
    expect(skipReason(ignored[2]!, { groups: true })).toBeUndefined();
  });
});
