import { contentText, ParleyError, type PluginApi, sendBudgetKey, sleep } from '@parley/core';
import { createFakeClock, flushMicrotasks } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { CLOUD, cloudDesk, fixture, fixtureText } from '../test-helpers.js';
import { whatsappWebhookRequest } from '../testing/webhook-request.js';

const ANA = '5511987654321';
const to = { channelId: 'wa', to: '+5511987654321' };

describe('Cloud API adapter', () => {
  it('P-14: the webhook answers 200 once the messages are recorded, while a 30 s model still thinks', async () => {
    const clock = createFakeClock('2026-01-05T09:00:00Z');
    const t = await cloudDesk({
      clock,
      script: async () => {
        await sleep(clock, 30_000);
        return 'Pensei bem: entregamos sim!';
      },
    });
    const replies = () => t.graph.requests.filter((r) => r.json?.type === 'text');
    // No clock moves: the answer cannot wait for the model's 30 s.
    const response = await t.adapter.fetch!(
      whatsappWebhookRequest(fixtureText('cloud/text.json'), CLOUD.appSecret),
    );
    expect(response.status).toBe(200);
    expect((await t.desk.inbox.list()).items).toHaveLength(1);
    expect(replies()).toEqual([]);
    let done = false;
    const idle = t.adapter.whenIdle().then(() => {
      done = true;
    });
    for (let i = 0; i < 100 && !done; i++) {
      await flushMicrotasks(3);
      if (!done) await clock.advance(1000);
    }
    await idle;
    expect(replies()).toHaveLength(1);
    await t.close();
  });

  it('CH2: a reply goes out through the Graph API with the token, to the customer who wrote', async () => {
    const t = await cloudDesk({ script: () => 'Entregamos sim!' });
    await t.post(fixtureText('cloud/text.json'));
    const request = t.graph.requests.find((r) => r.json?.type === 'text')!;
    expect(request.path).toBe(`/v23.0/${CLOUD.phoneNumberId}/messages`);
    expect(request.authorization).toBe(`Bearer ${CLOUD.accessToken}`);
    expect(request.json).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: ANA,
      type: 'text',
      text: { body: 'Entregamos sim!', preview_url: false },
    });
    const [row] = (await t.desk.inbox.list()).items;
    expect(row!.contact).toMatchObject({ name: 'Ana Souza', phone: '+5511987654321' });
    const [sent] = (await t.desk.inbox.messages(row!.conversation.id)).filter(
      (m) => m.direction === 'outbound',
    );
    expect(sent!.externalId).toBe('wamid.FAKE00000001');
    await t.close();
  });

  it('PL2: the number offers its daily count to plug-ins as its SendBudget, counting every send', async () => {
    let api: PluginApi | undefined;
    const t = await cloudDesk({
      script: () => 'Entregamos sim!',
      whatsapp: { pacing: { minIntervalMs: 0, jitterMs: 0, dailyCap: 250 } },
      plugins: [{ id: 'reader', init: (a) => void (api = a) }],
    });
    const budget = api!.use(sendBudgetKey('wa'))!;
    expect(budget.dailyCap).toBe(250);
    expect(await budget.sentToday()).toBe(0);
    await t.post(fixtureText('cloud/text.json'));
    expect(await budget.sentToday()).toBe(1);
    await t.close();
  });

  it('CH2: every kind of inbound message is normalised, with quotes; system notices start no turn', async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/kinds.json'));
    await t.post(fixtureText('cloud/system.json'));
    const [row] = (await t.desk.inbox.list()).items;
    const inbound = (await t.desk.inbox.messages(row!.conversation.id, { limit: 100 })).filter(
      (m) => m.direction === 'inbound',
    );
    expect(inbound.map((m) => m.content)).toEqual([
      { type: 'text', text: 'Esse aqui, por favor' },
      {
        type: 'media',
        kind: 'image',
        url: 'whatsapp-cloud-media:1480270219642567',
        mimeType: 'image/jpeg',
        caption: 'Foto do produto',
      },
      {
        type: 'media',
        kind: 'audio',
        url: 'whatsapp-cloud-media:1480270219642568',
        mimeType: 'audio/ogg; codecs=opus',
      },
      {
        type: 'media',
        kind: 'video',
        url: 'whatsapp-cloud-media:1480270219642569',
        mimeType: 'video/mp4',
      },
      {
        type: 'media',
        kind: 'document',
        url: 'whatsapp-cloud-media:1480270219642570',
        mimeType: 'application/pdf',
        fileName: 'pedido-1042.pdf',
        caption: 'Segue o pedido',
      },
      {
        type: 'media',
        kind: 'sticker',
        url: 'whatsapp-cloud-media:1480270219642571',
        mimeType: 'image/webp',
      },
      {
        type: 'location',
        latitude: -22.9068,
        longitude: -43.1729,
        name: 'Loja Centro',
        address: 'Av. Rio Branco, 1 - Centro, Rio de Janeiro',
      },
      { type: 'contacts', contacts: [{ name: 'Carla Mendes', phones: ['+351912345678'] }] },
      { type: 'reaction', emoji: '👍', targetExternalId: 'wamid.BUSINESS01' },
      { type: 'choice', optionId: 'sales', title: 'Vendas' },
      { type: 'choice', optionId: 'support', title: 'Suporte' },
      { type: 'choice', optionId: 'confirm', title: 'Confirmar' },
      { type: 'unsupported', description: 'Message type unknown' },
    ]);
    expect(inbound[0]!.replyToExternalId).toBe('wamid.BUSINESS01');
    expect(inbound.some((m) => m.externalId === 'wamid.SYS01')).toBe(false);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('CH2: a click-to-WhatsApp ad referral reaches the message', async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/referral.json'));
    const [row] = (await t.desk.inbox.list()).items;
    const [first] = await t.desk.inbox.messages(row!.conversation.id);
    expect(first!.referral).toEqual({
      source: 'ad',
      adId: '120210987654321',
      headline: 'Sepatu Lari Pro',
      body: 'Gratis ongkir hari ini',
      url: 'https://fb.me/3xAmPlE',
    });
    expect(row!.contact.name).toBe('Budi');
    await t.close();
  });

  it('RT2: menus are reply buttons up to three, a list up to ten, titles cut to Meta limits', async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/text.json'));
    await t.desk.send(to, {
      type: 'menu',
      text: 'Como podemos ajudar?',
      options: [
        { id: 'sales', title: 'Vendas' },
        { id: 'support', title: 'Suporte técnico e garantia estendida' },
      ],
    });
    await t.desk.send(to, {
      type: 'menu',
      text: 'Escolha a loja',
      buttonLabel: 'Ver lojas',
      options: Array.from({ length: 6 }, (_, i) => ({
        id: `s${i}`,
        title: `Loja ${i}`,
        description: 'Aberta até 22h',
      })),
    });
    const [, buttons, list] = t.graph.messages;
    expect(buttons!.interactive).toEqual({
      type: 'button',
      body: { text: 'Como podemos ajudar?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'sales', title: 'Vendas' } },
          { type: 'reply', reply: { id: 'support', title: 'Suporte técnico e g…' } },
        ],
      },
    });
    expect(list!.interactive).toMatchObject({
      type: 'list',
      body: { text: 'Escolha a loja' },
      action: {
        button: 'Ver lojas',
        sections: [
          {
            rows: expect.arrayContaining([
              { id: 's0', title: 'Loja 0', description: 'Aberta até 22h' },
            ]),
          },
        ],
      },
    });
    await t.close();
  });

  it('RT2: with menus "text" the engine sends numbered text instead', async () => {
    const t = await cloudDesk({ transport: { menus: 'text' } });
    expect(t.adapter.capabilities.menus).toBe('none');
    await t.post(fixtureText('cloud/text.json'));
    await t.desk.send(to, {
      type: 'menu',
      text: 'Escolha',
      options: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    });
    expect(contentText(t.graph.sentTo(ANA).at(-1)!)).toBe('Escolha\n\n1. A\n2. B');
    await t.close();
  });

  it('CH2: media by link, bytes uploaded first, inbound media re-sent by id; location, reaction, contacts, quotes', async () => {
    const t = await cloudDesk();
    await t.post(fixtureText('cloud/text.json'));
    const inboundId = 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDN0ExRDJFM0Y0MDUxNjI3AA==';
    await t.desk.send(to, {
      type: 'media',
      kind: 'image',
      url: 'https://example.com/p.jpg',
      caption: 'Produto',
    });
    await t.desk.send(to, {
      type: 'media',
      kind: 'document',
      data: new Uint8Array([37, 80, 68, 70]),
      mimeType: 'application/pdf',
      fileName: 'nota.pdf',
    });
    await t.desk.send(to, {
      type: 'media',
      kind: 'audio',
      url: 'whatsapp-cloud-media:1480270219642568',
      caption: 'ignored for audio',
    });
    await t.desk.send(to, { type: 'location', latitude: -22.9, longitude: -43.2, name: 'Loja' });
    await t.desk.send(to, { type: 'reaction', emoji: '❤️', targetExternalId: inboundId });
    await t.desk.send(to, {
      type: 'contacts',
      contacts: [{ name: 'Loja', phones: ['+552133334444'] }],
    });
    await t.desk.send(to, 'Sim!', { replyToExternalId: inboundId });
    const m = t.graph.messages.slice(1);
    expect(m[0]).toMatchObject({
      type: 'image',
      image: { link: 'https://example.com/p.jpg', caption: 'Produto' },
    });
    expect(t.graph.uploads).toEqual([
      { type: 'application/pdf', fileName: 'nota.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
    ]);
    expect(m[1]).toMatchObject({
      type: 'document',
      document: { id: 'media-1', filename: 'nota.pdf' },
    });
    expect(m[2]).toMatchObject({ type: 'audio', audio: { id: '1480270219642568' } });
    expect((m[2]!.audio as Record<string, unknown>).caption).toBeUndefined();
    expect(m[3]).toMatchObject({
      type: 'location',
      location: { latitude: -22.9, longitude: -43.2, name: 'Loja' },
    });
    expect(m[4]).toMatchObject({
      type: 'reaction',
      reaction: { message_id: inboundId, emoji: '❤️' },
    });
    expect(m[5]).toMatchObject({
      type: 'contacts',
      contacts: [
        {
          name: { formatted_name: 'Loja' },
          phones: [{ phone: '+552133334444', type: 'CELL', wa_id: '552133334444' }],
        },
      ],
    });
    expect(m[6]).toMatchObject({ type: 'text', context: { message_id: inboundId } });
    await t.close();
  });

  it('CH2: outside the 24-hour window a free-form send fails with REPLY_WINDOW_CLOSED asking for a template', async () => {
    const t = await cloudDesk();
    const never = await t.desk
      .send({ channelId: 'wa', to: '+6281234567890' }, 'Promo!')
      .catch((e) => e);
    expect(ParleyError.hasCode(never, 'REPLY_WINDOW_CLOSED')).toBe(true);
    expect(never.message).toMatch(/never written.*type: 'template'/);

    await t.post(fixtureText('cloud/text.json')); // Ana writes at 09:00
    await t.clock.advance(23 * 3_600_000);
    await t.desk.send(to, 'still inside');
    await t.clock.advance(3_600_000);
    const late = await t.desk.send(to, 'too late').catch((e) => e);
    expect(ParleyError.hasCode(late, 'REPLY_WINDOW_CLOSED')).toBe(true);
    expect(late.message).toMatch(/more than 24 hours/);
    expect(t.graph.sentTo(ANA).map(contentText)).toEqual(['echo 1', 'still inside']);

    const receipt = await t.adapter.sendTemplate('+5511987654321', {
      name: 'order_update',
      language: 'pt_BR',
      components: [{ type: 'body', parameters: [{ type: 'text', text: 'Pedido 1042 saiu' }] }],
    });
    expect(receipt.externalId).toMatch(/^wamid\./);
    expect(t.graph.messages.at(-1)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: ANA,
      type: 'template',
      template: {
        name: 'order_update',
        language: { code: 'pt_BR' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Pedido 1042 saiu' }] }],
      },
    });
    await expect(
      t.adapter.sendTemplate(ANA, { name: 'Bad Name', language: 'pt_BR' }),
    ).rejects.toThrow(/lower-case/);
    await t.close();
  });

  it('CH2: template content sent with desk.send outside the window goes out as a template and is recorded as sent', async () => {
    const t = await cloudDesk({ whatsapp: { number: '+6281234567890' } });
    const [message] = await t.desk.send(
      { channelId: 'wa', to: '+55 (21) 98877-6655' },
      { type: 'template', name: 'order_update', language: 'pt_BR', variables: ['Ana', '1042'] },
    );
    expect(t.graph.messages).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '5521988776655',
        type: 'template',
        template: {
          name: 'order_update',
          language: { code: 'pt_BR' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Ana' },
                { type: 'text', text: '1042' },
              ],
            },
          ],
        },
      },
    ]);
    expect(t.graph.sentTo('5521988776655')).toEqual([
      { type: 'template', name: 'order_update', language: 'pt_BR', variables: ['Ana', '1042'] },
    ]);
    expect(message).toMatchObject({
      status: 'sent',
      externalId: 'wamid.FAKE00000001',
      content: { type: 'template', name: 'order_update' },
    });
    const [row] = (await t.desk.inbox.list()).items;
    expect(row!.conversation.contactAddress).toBe('+5521988776655');
    const stored = await t.desk.inbox.messages(row!.conversation.id);
    expect(stored.map((m) => [m.status, m.content.type])).toEqual([['sent', 'template']]);
    // A bad template is refused before any call, and recorded as failed.
    const bad = await t.desk
      .send(
        { channelId: 'wa', to: '5521988776655' },
        { type: 'template', name: 'Order Update', language: 'pt_BR', variables: [] },
      )
      .catch((e) => e);
    expect(ParleyError.hasCode(bad, 'INPUT_INVALID')).toBe(true);
    expect(bad.message).toMatch(/lower-case/);
    expect(t.graph.messages).toHaveLength(1);
    const after = await t.desk.inbox.messages(row!.conversation.id);
    expect(after.map((m) => m.status)).toEqual(['sent', 'failed']);
    await t.close();
  });

  it('CH2: a number typed two ways, and an old Brazilian wa_id without the ninth digit, are one contact', async () => {
    const t = await cloudDesk({
      whatsapp: { number: '+6281234567890' },
      script: () => 'Oi Ana!',
    });
    const template = { type: 'template', name: 'hello', language: 'pt_BR' } as const;
    await t.desk.send({ channelId: 'wa', to: '+55 (21) 98877-6655' }, template);
    await t.desk.send({ channelId: 'wa', to: '5521988776655' }, template);
    // The customer answers from an account older than the ninth digit.
    const reply = JSON.parse(fixtureText('cloud/text.json'));
    const value = reply.entry[0].changes[0].value;
    value.contacts[0].wa_id = '552188776655';
    value.messages[0].from = '552188776655';
    await t.post(JSON.stringify(reply));
    const { items } = await t.desk.inbox.list();
    expect(items).toHaveLength(1);
    expect(items[0]!.conversation.contactAddress).toBe('+5521988776655');
    const messages = await t.desk.inbox.messages(items[0]!.conversation.id);
    expect(messages.map((m) => [m.direction, m.content.type])).toEqual([
      ['outbound', 'template'],
      ['outbound', 'template'],
      ['inbound', 'text'],
      ['outbound', 'text'],
    ]);
    expect(t.graph.messages.map((m) => m.to)).toEqual([
      '5521988776655',
      '5521988776655',
      '5521988776655',
    ]);
    expect(() => t.adapter.address('123456789012345@lid')).toThrow(
      /phone numbers and business-scoped user ids only/,
    );
    expect(() => t.adapter.address('customer-1')).toThrow(/not a WhatsApp address/);
    await t.close();
  });

  it('CH2: sendTemplate takes the same path as template content', async () => {
    const t = await cloudDesk();
    const receipt = await t.adapter.sendTemplate('+62 812-3456-7890', {
      name: 'order_update',
      language: 'id',
      variables: ['Budi'],
    });
    expect(receipt.externalId).toMatch(/^wamid\./);
    expect(t.graph.sentTo('6281234567890')).toEqual([
      { type: 'template', name: 'order_update', language: 'id', variables: ['Budi'] },
    ]);
    await t.close();
  });

  it('CH2: cloudApi({ outsideWindow }) sends the template it returns when the window is closed', async () => {
    const t = await cloudDesk({
      transport: {
        outsideWindow: (message) => ({
          name: 'reengage',
          language: 'en_US',
          components: [
            { type: 'body', parameters: [{ type: 'text', text: contentText(message.content) }] },
          ],
        }),
      },
    });
    await t.desk.send({ channelId: 'wa', to: '+6281234567890' }, 'Your order has shipped');
    expect(t.graph.messages.at(-1)).toMatchObject({
      to: '6281234567890',
      type: 'template',
      template: { name: 'reengage' },
    });
    await t.close();
  });

  it('CH2: Graph errors become ParleyErrors that say what to do', async () => {
    const t = await cloudDesk({ whatsapp: { pacing: { maxRetries: 0 } } });
    await t.post(fixtureText('cloud/text.json'));
    const cases: Array<[number, number, string, RegExp]> = [
      [400, 131047, 'REPLY_WINDOW_CLOSED', /template/],
      [401, 190, 'UNAUTHORIZED', /system-user token/],
      [400, 131026, 'CHANNEL_SEND_FAILED', /Message undeliverable/],
    ];
    for (const [status, code, parley, text] of cases) {
      t.graph.failNextSends(1, status, code, code === 131026 ? 'Message undeliverable' : 'refused');
      const error = await t.desk.send(to, 'x').catch((e) => e);
      expect(ParleyError.hasCode(error, parley as never), String(code)).toBe(true);
      expect(error.message).toMatch(text);
    }
    await t.close();
  });

  it('PL2: a throughput limit (130429) backs the number off and the send goes through', async () => {
    const t = await cloudDesk({ whatsapp: { pacing: { backoffMs: 4000 } } });
    await t.post(fixtureText('cloud/text.json'));
    t.graph.failNextSends(2, 400, 130429, 'Rate limit hit');
    const sent = t.desk.send(to, 'after the storm');
    for (let i = 0; i < 40 && t.graph.messages.length < 2; i++) {
      await flushMicrotasks();
      await t.clock.advance(500);
    }
    await sent;
    expect(t.graph.sentTo(ANA).map(contentText)).toEqual(['echo 1', 'after the storm']);
    // 4 s and 8 s with equal jitter at 0.5: 3 s + 6 s of waiting.
    expect(
      t.clock.now().getTime() - new Date('2026-01-05T09:00:00Z').getTime(),
    ).toBeGreaterThanOrEqual(9000);
    await t.close();
  });

  it('CH2: inbound media bytes are downloaded with the token', async () => {
    const t = await cloudDesk();
    t.graph.addMedia('1480270219642567', new Uint8Array([255, 216, 255]), 'image/jpeg');
    await t.post(fixtureText('cloud/kinds.json'));
    const [row] = (await t.desk.inbox.list()).items;
    const image = (await t.desk.inbox.messages(row!.conversation.id, { limit: 100 })).find(
      (m) => m.content.type === 'media',
    )!;
    const bytes = await t.adapter.downloadMedia(image.content as never);
    expect([...bytes]).toEqual([255, 216, 255]);
    await expect(
      t.adapter.downloadMedia({ type: 'media', kind: 'image', url: 'whatsapp-cloud-media:404' }),
    ).rejects.toThrow(/does not exist/);
    await expect(
      t.adapter.downloadMedia({ type: 'media', kind: 'image', url: 'https://example.com/x.jpg' }),
    ).rejects.toThrow(/fetch its url yourself/);
    await t.close();
  });

  it('CH2: read receipts follow the inbox; with on-receive the typing indicator rides on the last message', async () => {
    const last = 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDN0ExRDJFM0Y0MDUxNjI3AA==';
    const t = await cloudDesk();
    expect(t.adapter.capabilities).toMatchObject({ typing: false, readReceipts: true });
    await t.post(fixture('cloud/text.json'));
    expect(t.graph.reads).toEqual([]);
    const [row] = (await t.desk.inbox.list()).items;
    await t.desk.inbox.markRead(row!.conversation.id);
    expect(t.graph.reads).toEqual([{ messageId: last, typing: false }]);
    await t.close();

    const eager = await cloudDesk({ whatsapp: { readReceipts: 'on-receive' } });
    expect(eager.adapter.capabilities.typing).toBe(true);
    await eager.post(fixture('cloud/text.json'));
    expect(eager.graph.reads).toEqual([
      { messageId: last, typing: false },
      { messageId: last, typing: true },
    ]);
    await eager.close();

    const never = await cloudDesk({ whatsapp: { readReceipts: 'never' } });
    expect(never.adapter.capabilities).toMatchObject({ typing: false, readReceipts: false });
    await never.post(fixture('cloud/text.json'));
    expect(never.graph.reads).toEqual([]);
    await never.close();
  });
});
