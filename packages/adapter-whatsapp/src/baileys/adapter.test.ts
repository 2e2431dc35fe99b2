import { contentText, ParleyError } from '@parley/core';
import { flushMicrotasks } from '@parley/core/testing';
import { proto, type WAMessage } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { fromStorable } from '../binary-json.js';
import { baileysDesk, fixture, textMessage } from '../test-helpers.js';

const ANA = '5511987654321@s.whatsapp.net';
const textPn = () => fixture('baileys/upsert-text-pn.json');
const text = (id: string, body: string, key: Partial<WAMessage['key']> = {}) => ({
  type: 'notify' as const,
  messages: [textMessage(key.remoteJid ?? ANA, id, body)],
});

describe('Baileys messages through the desk', () => {
  it('CH1: a customer text is answered, the contact addressed by E.164 with name and phone', async () => {
    const t = await baileysDesk({
      script: (input) => `you said: ${contentText(input.turn[0]!.content)}`,
    });
    await t.deliver(textPn());
    expect(t.fake.current.sentTo(ANA)).toEqual([
      { type: 'text', text: 'you said: Oi, vocês entregam em Niterói?' },
    ]);
    const [row] = (await t.desk.inbox.list()).items;
    expect(row!.conversation.contactAddress).toBe('+5511987654321');
    expect(row!.contact).toMatchObject({ name: 'Ana Souza', phone: '+5511987654321' });
    const [inbound] = await t.desk.inbox.messages(row!.conversation.id);
    expect(inbound).toMatchObject({
      externalId: '3A5F2C1B9E8D7F6A5B4C',
      createdAt: new Date(1767603600 * 1000),
    });
    expect(t.errors).toEqual([]);
    await t.desk.stop();
  });

  it('CH1: the offline queue (`append`) is recorded: recent messages answered, old ones held for operators, history never answered', async () => {
    const t = await baileysDesk({
      script: (input) => `re: ${contentText(input.turn[0]!.content)}`,
    });
    const now = t.clock.now().getTime() / 1000;
    // Built with Baileys' own protobuf classes, as its socket builds offline messages.
    const offline = (id: string, jid: string, body: string, agoS: number) =>
      proto.WebMessageInfo.fromObject({
        key: { remoteJid: jid, fromMe: false, id },
        messageTimestamp: Math.round(now - agoS),
        pushName: 'Cliente',
        message: { conversation: body },
      }) as WAMessage;
    t.fake.current.emit('messaging-history.set', {
      chats: [],
      contacts: [],
      messages: [offline('3EB0HISTORY000000001', '5511911112222@s.whatsapp.net', 'history', 60)],
      isLatest: true,
    });
    await t.deliver({
      type: 'append',
      messages: [
        offline('3EB0RECENT0000000001', ANA, 'still there?', 5 * 60),
        offline('3EB0STALE00000000001', '5511933334444@s.whatsapp.net', 'hello?', 3 * 3600),
      ],
    });
    // Our own send echoed back as `append` is skipped as ours.
    await t.deliver({ ...fixture('baileys/upsert-ignored.json'), type: 'append' });
    expect(t.fake.current.sentTo(ANA)).toEqual([{ type: 'text', text: 're: still there?' }]);
    expect(t.assistant.calls).toHaveLength(1);
    const rows = (await t.desk.inbox.list()).items;
    expect(rows.map((r) => r.conversation.contactAddress).sort()).toEqual([
      '+5511933334444',
      '+5511987654321',
    ]);
    const stale = rows.find((r) => r.conversation.contactAddress === '+5511933334444')!;
    expect(stale.conversation).toMatchObject({ handler: 'queue', labels: ['Offline backlog'] });
    const [held] = await t.desk.inbox.messages(stale.conversation.id);
    expect(held).toMatchObject({ status: 'received', content: { type: 'text', text: 'hello?' } });
    expect(held!.reason).toMatch(/180 min .* left for operators/);
    expect(t.errors).toEqual([]);
    await t.desk.stop();
  });

  it('CH1: `offlineWindowMs: 0` holds the whole offline queue for operators', async () => {
    const t = await baileysDesk({ transport: { offlineWindowMs: 0 } });
    await t.deliver(fixture('baileys/upsert-append.json'));
    expect(t.assistant.calls).toHaveLength(0);
    const [row] = (await t.desk.inbox.list()).items;
    expect(row!.conversation.labels).toEqual(['Offline backlog']);
    await t.desk.stop();
  });

  it('P-13, CH1: a message delivered twice, even after a reconnect, is answered once', async () => {
    const t = await baileysDesk();
    await t.deliver(textPn());
    await t.deliver(textPn());
    t.fake.current.close(428);
    await flushMicrotasks();
    await t.clock.advance(2000);
    await t.deliver(textPn());
    expect(t.fake.sockets.length).toBeGreaterThan(2);
    expect(t.assistant.calls).toHaveLength(1);
    await t.desk.stop();
  });

  it('P-25, CH1: phone-number and LID addressing of one person reach one contact and conversation', async () => {
    const t = await baileysDesk();
    await t.deliver(textPn()); // PN, alt LID
    await t.deliver(fixture('baileys/upsert-text-lid.json')); // LID, alt PN
    const items = (await t.desk.inbox.list()).items;
    expect(items).toHaveLength(1);
    expect(await t.desk.inbox.messages(items[0]!.conversation.id)).toHaveLength(4);
    // Replies keep going to the phone JID the person really has.
    expect(t.fake.current.sent.map((s) => s.jid)).toEqual([ANA, ANA]);
    expect(await t.kv.get('alias:181818181818181@lid')).toBe('+5511987654321');
    await t.desk.stop();
  });

  it('CH1: a LID-only contact keeps its address once WhatsApp maps the LID to a phone', async () => {
    const t = await baileysDesk();
    await t.deliver(fixture('baileys/upsert-lid-only.json'));
    t.fake.current.emit('lid-mapping.update', fixture('baileys/lid-mapping-update.json'));
    await t.deliver(
      text('3EB0PNAFTERLID000001', 'ini dari nomor HP', {
        remoteJid: '6281234567890@s.whatsapp.net',
      }),
    );
    const items = (await t.desk.inbox.list()).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.conversation.contactAddress).toBe('272727272727272@lid');
    expect(items[0]!.contact.phone).toBe('+6281234567890');
    expect(t.fake.current.sent.map((s) => s.jid)).toEqual([
      '272727272727272@lid',
      '272727272727272@lid',
    ]);
    await t.desk.stop();
  });

  it('CH1: LID mappings from history sync and contacts make a later LID message reach the phone contact', async () => {
    const t = await baileysDesk();
    t.fake.current.emit('messaging-history.set', {
      chats: [],
      contacts: [],
      messages: [],
      lidPnMappings: [{ lid: '272727272727272@lid', pn: '6281234567890@s.whatsapp.net' }],
      isLatest: true,
    });
    t.fake.current.emit('contacts.upsert', [
      {
        id: '333333333333333@lid',
        lid: '333333333333333@lid',
        phoneNumber: '351912345678@s.whatsapp.net',
      },
    ]);
    await t.deliver(fixture('baileys/upsert-lid-only.json'));
    const decoded = { low: 1767603700, high: 0, unsigned: true, toNumber: () => 1767603700 };
    await t.deliver(text('3EB0LIDCONTACT000001', 'olá', { remoteJid: '333333333333333@lid' }));
    t.fake.current.upsert(
      [{ ...text('3EB0LONGTS0000000001', 'x').messages[0]!, messageTimestamp: decoded as never }],
      'notify',
    );
    await t.adapter.whenIdle();
    const addresses = (await t.desk.inbox.list()).items
      .map((i) => i.conversation.contactAddress)
      .sort();
    expect(addresses).toEqual(['+351912345678', '+5511987654321', '+6281234567890']);
    const ana = (await t.desk.inbox.list()).items.find(
      (i) => i.conversation.contactAddress === '+5511987654321',
    )!;
    // The decoded Long timestamp is when the customer last wrote.
    expect((await t.desk.contacts.get(ana.contact.id)).lastInboundAt).toEqual(
      new Date(1767603700 * 1000),
    );
    await t.desk.stop();
  });

  it('RT10: an old Brazilian JID without the ninth digit is one contact with the number typed today', async () => {
    const t = await baileysDesk({ fake: { accounts: { '5521987654321': null } } });
    await t.deliver(
      text('3EB0OLDBR00000000001', 'oi', { remoteJid: '552187654321@s.whatsapp.net' }),
    );
    const [row] = (await t.desk.inbox.list()).items;
    expect(row!.contact.phone).toBe('+5521987654321');
    // desk.send applies the adapter's address(): however the number is typed, one contact.
    await t.desk.send({ channelId: 'wa', to: '+55 (21) 98765-4321' }, 'Seu pedido saiu');
    await t.desk.send({ channelId: 'wa', to: '5521987654321' }, 'Chega amanhã');
    await t.desk.send({ channelId: 'wa', to: '552187654321@s.whatsapp.net' }, 'Obrigado!');
    expect((await t.desk.inbox.list()).items).toHaveLength(1);
    expect(t.fake.current.sent.slice(-3).map((s) => s.jid)).toEqual([
      '552187654321@s.whatsapp.net',
      '552187654321@s.whatsapp.net',
      '552187654321@s.whatsapp.net',
    ]);
    expect(t.fake.current.lookups).toEqual([]);
    await t.desk.stop();
  });

  it('CH1: a first send to a new number checks it is on WhatsApp, and refuses one that is not', async () => {
    const t = await baileysDesk({ fake: { accounts: { '5511900001111': null } } });
    await t.desk.send({ channelId: 'wa', to: '+5511912345678' }, 'Olá!');
    expect(t.fake.current.lookups).toEqual(['5511912345678']);
    await t.desk.send({ channelId: 'wa', to: '+5511912345678' }, 'De novo');
    expect(t.fake.current.lookups).toHaveLength(1);
    const error = await t.desk
      .send({ channelId: 'wa', to: '+5511900001111' }, 'Olá!')
      .catch((e) => e);
    expect(ParleyError.hasCode(error, 'INPUT_INVALID')).toBe(true);
    expect(error.message).toMatch(/not on WhatsApp/);
    const bad = await t.desk.send({ channelId: 'wa', to: 'customer-1' }, 'x').catch((e) => e);
    expect(ParleyError.hasCode(bad, 'INPUT_INVALID')).toBe(true);
    expect(bad.message).toMatch(/not a WhatsApp address/);
    await t.desk.stop();
  });

  it('CH1: template content is refused: a linked number writes freely instead', async () => {
    const t = await baileysDesk();
    const error = await t.desk
      .send(
        { channelId: 'wa', to: '+5511912345678' },
        { type: 'template', name: 'order_update', language: 'pt_BR', variables: [] },
      )
      .catch((e) => e);
    expect(ParleyError.hasCode(error, 'INPUT_INVALID')).toBe(true);
    expect(error.message).toMatch(/Cloud API feature/);
    const refused = await t.adapter
      .sendTemplate('+5511912345678', { name: 'order_update', language: 'pt_BR' })
      .catch((e) => e);
    expect(refused.message).toBe(error.message);
    expect(t.fake.current.sent).toEqual([]);
    await t.desk.stop();
  });

  it("P-23, CH1: getMessage answers a recipient's retry from the store, even after a restart", async () => {
    const t = await baileysDesk({
      script: () => ({ type: 'reply', messages: [{ type: 'text', text: 'first' }] }),
    });
    await t.deliver(textPn());
    const replyId = t.fake.current.sent[0]!.id;
    await t.desk.send(
      { channelId: 'wa', to: '+5511987654321' },
      { type: 'media', kind: 'image', url: 'https://example.com/p.jpg', caption: 'Produto' },
    );
    const imageId = t.fake.current.sent[1]!.id;
    const getMessage = t.fake.current.config.getMessage!;
    expect(await getMessage({ remoteJid: ANA, id: replyId, fromMe: true })).toEqual({
      extendedTextMessage: { text: 'first' },
    });
    const image = (await getMessage({ remoteJid: ANA, id: imageId, fromMe: true }))!;
    expect(image.imageMessage?.caption).toBe('Produto');
    expect(Buffer.isBuffer(image.imageMessage?.mediaKey)).toBe(true);
    // Inbound messages are rebuilt from what the store recorded.
    expect(await getMessage({ remoteJid: ANA, id: '3A5F2C1B9E8D7F6A5B4C', fromMe: false })).toEqual(
      {
        conversation: 'Oi, vocês entregam em Niterói?',
      },
    );
    expect(await getMessage({ remoteJid: ANA, id: 'unknown', fromMe: true })).toBeUndefined();
    await t.desk.stop();

    const again = await baileysDesk({ store: t.store, clock: t.clock });
    expect(
      await again.fake.current.config.getMessage!({ remoteJid: ANA, id: replyId, fromMe: true }),
    ).toEqual({
      extendedTextMessage: { text: 'first' },
    });
    await again.desk.stop();
  });

  it('CH1: sent protos are cached for retries only as long as configured', async () => {
    const t = await baileysDesk({ transport: { sentCacheTtlMs: 60_000 } });
    await t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'hi');
    const id = t.fake.current.sent[0]!.id;
    expect(fromStorable(await t.kv.get(`sent:${id}`))).toEqual({
      extendedTextMessage: { text: 'hi' },
    });
    await t.clock.advance(60_001);
    expect(await t.kv.get(`sent:${id}`)).toBeUndefined();
    // Still answered, rebuilt from the message the store keeps.
    expect(await t.fake.current.config.getMessage!({ remoteJid: ANA, id, fromMe: true })).toEqual({
      conversation: 'hi',
    });
    await t.desk.stop();
  });

  it('RT2: menus go out as numbered text by default', async () => {
    const menu = {
      type: 'menu' as const,
      text: 'Como podemos ajudar?',
      options: [
        { id: 'sales', title: 'Vendas' },
        { id: 'support', title: 'Suporte' },
      ],
    };
    const t = await baileysDesk({ script: () => ({ type: 'reply', messages: [menu] }) });
    expect(t.adapter.capabilities.menus).toBe('none');
    await t.deliver(textPn());
    expect(t.fake.current.sentTo(ANA)).toEqual([
      { type: 'text', text: 'Como podemos ajudar?\n\n1. Vendas\n2. Suporte' },
    ]);
    await t.desk.stop();
  });

  it('RT2: native menus are buttons up to three options, a list up to ten, numbered text beyond', async () => {
    const options = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}`, title: `Opção ${i + 1}` }));
    const t = await baileysDesk({ transport: { menus: 'native' } });
    expect(t.adapter.capabilities).toMatchObject({ menus: 'list', maxMenuOptions: 10 });
    const to = { channelId: 'wa', to: '+5511987654321' };
    await t.desk.send(to, { type: 'menu', text: 'Escolha', options: options(3) });
    await t.desk.send(to, {
      type: 'menu',
      text: 'Escolha',
      options: options(7),
      buttonLabel: 'Ver opções',
    });
    await t.desk.send(to, { type: 'menu', text: 'Escolha', options: options(12) });
    const [buttons, list, long] = t.fake.current.sent;
    const flow = (i: number) =>
      t.fake.current.sent[i]!.relay?.viewOnceMessage?.message?.interactiveMessage?.nativeFlowMessage
        ?.buttons;
    expect(flow(0)!.map((b) => b.name)).toEqual(['quick_reply', 'quick_reply', 'quick_reply']);
    expect(JSON.parse(flow(0)![0]!.buttonParamsJson!)).toEqual({
      display_text: 'Opção 1',
      id: 'o1',
    });
    expect(flow(1)!.map((b) => b.name)).toEqual(['single_select']);
    expect(t.fake.current.sentTo(ANA)[1]).toMatchObject({
      type: 'menu',
      buttonLabel: 'Ver opções',
      options: options(7),
    });
    expect(buttons!.relay && list!.relay).toBeTruthy();
    expect(long!.relay).toBeUndefined();
    expect(contentText(t.fake.current.sentTo(ANA)[2]!)).toMatch(
      /^Escolha\n\n1\. Opção 1\n.*12\. Opção 12$/s,
    );
    // The customer's tap comes back as a choice the engine understands.
    await t.deliver(fixture('baileys/upsert-kinds.json'));
    const choices = t.assistant.calls
      .flatMap((c) => c.turn)
      .filter((m) => m.content.type === 'choice');
    expect(choices.map((m) => (m.content as { optionId: string }).optionId)).toEqual([
      'sales',
      'support',
      'billing',
      'confirm',
    ]);
    await t.desk.stop();
  });

  it('CH1: every kind of inbound message reaches the engine in order, with referral and quote', async () => {
    const t = await baileysDesk();
    await t.deliver(fixture('baileys/upsert-kinds.json'));
    const [row] = (await t.desk.inbox.list()).items;
    const inbound = (await t.desk.inbox.messages(row!.conversation.id, { limit: 100 })).filter(
      (m) => m.direction === 'inbound',
    );
    expect(inbound.map((m) => m.externalId)).toEqual(
      fixture<{ messages: WAMessage[] }>('baileys/upsert-kinds.json').messages.map((m) => m.key.id),
    );
    expect(inbound.map((m) => m.content.type)).toEqual([
      'text',
      'media',
      'media',
      'media',
      'media',
      'media',
      'location',
      'contacts',
      'contacts',
      'reaction',
      'choice',
      'choice',
      'choice',
      'choice',
      'text',
      'media',
      'text',
      'menu',
    ]);
    expect(inbound[0]!.replyToExternalId).toBe('3EB0BUSINESS00000001');
    expect(inbound[16]!.referral).toMatchObject({ source: 'ad', adId: '120210987654321' });
    expect(t.errors).toEqual([]);
    await t.desk.stop();
  });

  it('CH1: groups are ignored unless enabled; then the group is the conversation', async () => {
    const group = () => ({
      type: 'notify' as const,
      messages: [fixture<{ messages: WAMessage[] }>('baileys/upsert-ignored.json').messages[2]!],
    });
    const off = await baileysDesk();
    await off.deliver(group());
    expect(off.assistant.calls).toHaveLength(0);
    await off.desk.stop();

    const on = await baileysDesk({ transport: { groups: true } });
    await on.deliver(group());
    const [row] = (await on.desk.inbox.list()).items;
    expect(row!.conversation.contactAddress).toBe('120363025246125888@g.us');
    expect(on.fake.current.sent[0]!.jid).toBe('120363025246125888@g.us');
    await on.desk.stop();
  });

  it('CH1: typing presence shows while the assistant works', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const t = await baileysDesk({
      script: async () => {
        await gate;
        return 'done';
      },
    });
    t.fake.current.upsert(textPn().messages, 'notify');
    await flushMicrotasks();
    expect(t.fake.current.presences).toEqual([{ type: 'composing', jid: ANA }]);
    release();
    await t.adapter.whenIdle();
    expect(t.fake.current.presences.at(-1)).toEqual({ type: 'paused', jid: ANA });
    await t.desk.stop();
  });

  it('CH1: read receipts follow the inbox by default, arrive at once with on-receive, never with never', async () => {
    const inbox = await baileysDesk();
    await inbox.deliver(textPn());
    expect(inbox.fake.current.reads).toEqual([]);
    const [row] = (await inbox.desk.inbox.list()).items;
    await inbox.desk.inbox.markRead(row!.conversation.id);
    expect(inbox.fake.current.reads).toEqual([
      { remoteJid: ANA, id: '3A5F2C1B9E8D7F6A5B4C', fromMe: false },
    ]);
    await inbox.desk.stop();

    const eager = await baileysDesk({ whatsapp: { readReceipts: 'on-receive' } });
    await eager.deliver(textPn());
    expect(eager.fake.current.reads.map((k) => k.id)).toEqual(['3A5F2C1B9E8D7F6A5B4C']);
    await eager.desk.stop();

    const never = await baileysDesk({ whatsapp: { readReceipts: 'never' } });
    expect(never.adapter.capabilities.readReceipts).toBe(false);
    await never.deliver(textPn());
    await never.adapter.markRead!('+5511987654321', ['3A5F2C1B9E8D7F6A5B4C']);
    expect(never.fake.current.reads).toEqual([]);
    await never.desk.stop();
  });

  it('CH1: outbound media from URL and bytes, location, reaction, contacts and a quoted reply', async () => {
    const t = await baileysDesk();
    await t.deliver(textPn());
    const to = { channelId: 'wa', to: '+5511987654321' };
    await t.desk.send(to, {
      type: 'media',
      kind: 'document',
      url: 'https://example.com/c.pdf',
      fileName: 'c.pdf',
      mimeType: 'application/pdf',
    });
    await t.desk.send(to, {
      type: 'media',
      kind: 'audio',
      data: new Uint8Array([1, 2, 3]),
      mimeType: 'audio/ogg; codecs=opus',
    });
    await t.desk.send(to, { type: 'location', latitude: -22.9, longitude: -43.2, name: 'Loja' });
    await t.desk.send(to, {
      type: 'reaction',
      emoji: '❤️',
      targetExternalId: '3A5F2C1B9E8D7F6A5B4C',
    });
    await t.desk.send(to, {
      type: 'contacts',
      contacts: [{ name: 'Loja', phones: ['+552133334444'] }],
    });
    await t.desk.send(to, 'Sim, entregamos!', { replyToExternalId: '3A5F2C1B9E8D7F6A5B4C' });
    const sent = t.fake.current.sent.slice(1);
    // P-08: the link was downloaded by the engine; Baileys got bytes, never the URL.
    expect(sent[0]!.content).toEqual({
      document: Buffer.from('/c.pdf'),
      mimetype: 'application/pdf',
      fileName: 'c.pdf',
    });
    expect(Buffer.isBuffer((sent[1]!.content as { audio: Buffer }).audio)).toBe(true);
    expect(sent[2]!.content).toEqual({
      location: { degreesLatitude: -22.9, degreesLongitude: -43.2, name: 'Loja' },
    });
    expect(sent[3]!.content).toEqual({
      react: { text: '❤️', key: { remoteJid: ANA, id: '3A5F2C1B9E8D7F6A5B4C', fromMe: false } },
    });
    expect(t.fake.current.sentTo(ANA)[5]).toEqual({
      type: 'contacts',
      contacts: [{ name: 'Loja', phones: ['+552133334444'] }],
    });
    expect(sent[5]!.options?.quoted).toEqual({
      key: { remoteJid: ANA, id: '3A5F2C1B9E8D7F6A5B4C', fromMe: false },
      message: { conversation: 'Oi, vocês entregam em Niterói?' },
    });
    await t.desk.stop();
  });

  it('CH1: delivery receipts of sent messages are reported, reads as message.read', async () => {
    const reports: unknown[] = [];
    const t = await baileysDesk({ whatsapp: { onDeliveryStatus: (s) => reports.push(s) } });
    const reads: unknown[] = [];
    t.desk.on('message.read', (e) => {
      reads.push(e);
    });
    await t.deliver(fixture('baileys/upsert-text-pn.json'));
    const id = t.fake.current.sent[0]!.id;
    t.fake.current.emit('messages.update', [
      { key: { remoteJid: ANA, fromMe: true, id }, update: { status: 3 } },
      // Receipts may name the LID of the same person.
      { key: { remoteJid: '181818181818181@lid', fromMe: true, id }, update: { status: 4 } },
      { key: { remoteJid: ANA, fromMe: false, id: 'theirs' }, update: { status: 4 } },
    ]);
    await t.adapter.whenIdle();
    expect(reports).toEqual([
      { externalId: id, to: '+5511987654321', status: 'delivered', at: t.clock.now() },
      { externalId: id, to: '+5511987654321', status: 'read', at: t.clock.now() },
    ]);
    expect(reads).toEqual([
      { channelId: 'wa', tenantId: 'default', address: '+5511987654321', externalIds: [id] },
    ]);
    await t.desk.stop();
  });
});
