import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../src/model/localized-text.js';
import { createTestDesk } from '../src/testing/index.js';

const welcome = {
  id: 'Halo! Ada yang bisa dibantu?',
  pt: 'Olá! Posso ajudar?',
  en: 'Hi! Can I help?',
};
const csat = {
  question: {
    id: 'Beri nilai layanan kami 1-5',
    pt: 'Avalie nosso atendimento de 1 a 5',
    en: 'Rate us 1-5',
  },
  thanks: { id: 'Terima kasih!', pt: 'Obrigado!', en: 'Thanks!' },
  options: [
    { id: 'Buruk sekali', en: 'Very bad' },
    { id: 'Buruk', en: 'Bad' },
    'OK',
    { id: 'Baik', en: 'Good' },
    { id: 'Sangat baik', en: 'Excellent' },
  ] as [LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText],
};

describe('languages: customer-facing texts follow the conversation language', () => {
  it("IN5: the language the channel reports (the widget's data-lang) picks the welcome and survey variants", async () => {
    const t = await createTestDesk({ settings: { welcomeMessage: welcome, csat } });
    await t.desk.receive('test', {
      externalId: 'm1',
      from: { externalId: 'visitor-1', language: 'id' },
      content: { type: 'text', text: 'hello' },
    });
    const sent = t.channel.sent.filter((m) => m.to === 'visitor-1');
    expect(sent[0]?.content).toEqual({ type: 'text', text: 'Halo! Ada yang bisa dibantu?' });
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    expect((await t.desk.inbox.get(id)).language).toBe('id');
    await t.desk.inbox.solve(id);
    const survey = t.channel.sent.at(-1)?.content;
    expect(survey).toMatchObject({ type: 'menu', text: 'Beri nilai layanan kami 1-5' });
    expect((survey as { options: Array<{ title: string }> }).options.map((o) => o.title)).toEqual([
      'Buruk sekali',
      'Buruk',
      'OK',
      'Baik',
      'Sangat baik',
    ]);
  });

  it("RT8: the channel's language setting wins over what the channel reports", async () => {
    const t = await createTestDesk({
      now: '2026-01-10T03:00:00Z', // Saturday
      settings: {
        language: 'pt',
        hours: { timeZone: 'America/Sao_Paulo', weekly: { mon: ['09:00-18:00'] } },
        outOfHoursMessage: { pt: 'Estamos fechados.', en: 'We are closed.' },
      },
    });
    await t.desk.receive('test', {
      externalId: 'm1',
      from: { externalId: 'v2', language: 'en' },
      content: { type: 'text', text: 'hi' },
    });
    expect(t.customer('v2').texts()[0]).toBe('Estamos fechados.');
  });

  it('IN6: the language an assistant detected picks the survey after its handoff', async () => {
    const t = await createTestDesk({
      script: [{ type: 'handoff', reason: 'wants a human', language: 'pt-BR' }],
      settings: { csat },
    });
    const c = t.customer('c');
    await c.send('quero falar com uma pessoa');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    expect((await t.desk.inbox.get(id)).language).toBe('pt-BR');
    await t.desk.inbox.solve(id);
    expect(c.lastText()).toContain('Avalie nosso atendimento de 1 a 5');
  });

  it('IN6: the language the channel reported wins over the one the assistant detected', async () => {
    const t = await createTestDesk({
      script: [
        { type: 'reply', messages: [{ type: 'text', text: 'Olá' }], language: 'pt' },
        { type: 'handoff', reason: 'wants a human', language: 'pt' },
      ],
      settings: { csat },
    });
    const say = (externalId: string, text: string) =>
      t.desk.receive('test', {
        externalId,
        from: { externalId: 'v-id', language: 'id' },
        content: { type: 'text', text },
      });
    await say('m1', 'halo');
    await say('m2', 'mau bicara dengan orang');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    expect((await t.desk.inbox.get(id)).language).toBe('id');
    await t.desk.inbox.solve(id);
    expect(t.customer('v-id').lastText()).toContain('Beri nilai layanan kami 1-5');
  });

  it('IN6: a language the channel reports later replaces one the assistant detected first; a later report replaces an earlier one', async () => {
    const t = await createTestDesk({
      script: [
        { type: 'reply', messages: [{ type: 'text', text: 'Olá' }], language: 'pt' },
        { type: 'reply', messages: [{ type: 'text', text: 'Halo' }], language: 'pt' },
        { type: 'reply', messages: [{ type: 'text', text: 'Hello' }], language: 'pt' },
      ],
    });
    const say = (externalId: string, text: string, language?: string) =>
      t.desk.receive('test', {
        externalId,
        from: { externalId: 'v-late', ...(language !== undefined && { language }) },
        content: { type: 'text', text },
      });
    await say('m1', 'oi');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    expect((await t.desk.inbox.get(id)).language).toBe('pt');
    await say('m2', 'halo', 'id');
    expect((await t.desk.inbox.get(id)).language).toBe('id');
    await say('m3', 'hello', 'en');
    expect((await t.desk.inbox.get(id)).language).toBe('en');
  });

  it('IN6: a conversation the business started takes the language of the first reply that reports one', async () => {
    const t = await createTestDesk({ route: { team: 'support' }, settings: { csat } });
    await t.desk.send({ channelId: 'test', to: 'v-id' }, 'Pesanan Anda sudah dikirim.');
    await t.desk.receive('test', {
      externalId: 'r1',
      from: { externalId: 'v-id', language: 'id' },
      content: { type: 'text', text: 'terima kasih' },
    });
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    expect((await t.desk.inbox.get(id)).language).toBe('id');
    await t.desk.inbox.solve(id);
    expect(t.customer('v-id').lastText()).toContain('Beri nilai layanan kami 1-5');
  });

  it('IN6: a survey answer is read in Spanish words, and as any variant of a configured title', async () => {
    const t = await createTestDesk({ route: { team: 'support' }, settings: { csat } });
    const answers: number[] = [];
    t.desk.on('csat.submitted', (e) => {
      answers.push(e.score);
    });
    for (const [address, answer] of [
      ['es-1', 'muy bueno'],
      ['es-2', 'malo'],
      ['id-1', 'sangat baik!'],
      ['id-2', 'Buruk sekali'],
    ] as const) {
      const c = t.customer(address);
      await c.send('hola');
      const row = (await t.desk.inbox.list()).items.find(
        (r) => r.conversation.contactAddress === address,
      )!;
      await t.desk.inbox.solve(row.conversation.id);
      await c.send(answer);
    }
    expect(answers).toEqual([5, 2, 5, 1]);
    expect(t.errors).toEqual([]);
  });

  it('IN5: without a known language the English variant (or the first given) is used; plain strings stay as they are', async () => {
    const t = await createTestDesk({ settings: { welcomeMessage: { pt: 'Olá', en: 'Hello' } } });
    await t.customer('a').send('x');
    expect(t.customer('a').texts()[0]).toBe('Hello');
  });

  it('IN5: a text with a bad language code is refused at createDesk', async () => {
    await expect(
      createTestDesk({ settings: { welcomeMessage: { portuguese: 'Olá' } as never } }),
    ).rejects.toThrow(/channels\.0\.welcomeMessage/);
  });

  it("RT2: the menu's text, titles, descriptions, button and hint come in the conversation's language, and a title is understood in any variant", async () => {
    const t = await createTestDesk({
      route: { menu: 'triage' },
      teams: [{ id: 'support' }, { id: 'sales' }],
      menus: [
        {
          id: 'triage',
          text: { id: 'Halo! Ada yang bisa dibantu?', pt: 'Olá! Como podemos ajudar?', en: 'Hi!' },
          buttonLabel: { id: 'Pilih', pt: 'Escolher', en: 'Choose' },
          invalidMessage: { id: 'Maaf, saya tidak mengerti.', pt: 'Não entendi.' },
          options: [
            {
              title: { id: 'Penjualan', pt: 'Vendas', en: 'Sales' },
              description: { id: 'Beli produk', pt: 'Comprar produtos', en: 'Buy things' },
              route: { team: 'sales' },
            },
            { title: { id: 'Dukungan', pt: 'Suporte', en: 'Support' }, route: { team: 'support' } },
          ],
          fallbackTeam: 'support',
        },
      ],
    });
    const visit = (address: string, text: string, language?: string) =>
      t.desk.receive('test', {
        externalId: `${address}-${text}`,
        from: { externalId: address, ...(language !== undefined && { language }) },
        content: { type: 'text', text },
      });
    await visit('v-id', 'halo', 'id');
    const sentTo = (address: string) => t.channel.sent.filter((m) => m.to === address);
    expect(sentTo('v-id')[0]?.content).toEqual({
      type: 'menu',
      text: 'Halo! Ada yang bisa dibantu?',
      buttonLabel: 'Pilih',
      options: [
        { id: '1', title: 'Penjualan', description: 'Beli produk' },
        { id: '2', title: 'Dukungan' },
      ],
    });
    await visit('v-id', 'apa?');
    expect(sentTo('v-id').at(-1)?.content).toMatchObject({
      text: 'Maaf, saya tidak mengerti.\n\nHalo! Ada yang bisa dibantu?',
      options: [{ title: 'Penjualan' }, { title: 'Dukungan' }],
    });
    await visit('v-id', 'mau penjualan');
    const rows = (await t.desk.inbox.list()).items;
    expect(rows.find((r) => r.conversation.contactAddress === 'v-id')?.conversation.teamId).toBe(
      'sales',
    );

    // No language known: English (the hint has no English, so its first variant); the
    // Portuguese title typed still picks its option.
    await visit('v-x', 'hello');
    expect(sentTo('v-x')[0]?.content).toMatchObject({ text: 'Hi!', buttonLabel: 'Choose' });
    await visit('v-x', 'quero suporte');
    const again = (await t.desk.inbox.list()).items;
    expect(again.find((r) => r.conversation.contactAddress === 'v-x')?.conversation.teamId).toBe(
      'support',
    );
    expect(t.errors).toEqual([]);
  });

  it('RT2: a menu text with a bad language code is refused at createDesk with its path', async () => {
    await expect(
      createTestDesk({
        menus: [
          {
            id: 'm',
            text: { brasil: 'Olá' } as never,
            options: [{ title: 'A', route: { team: 'support' } }],
            fallbackTeam: 'support',
          },
        ],
      }),
    ).rejects.toThrow(/menus\.0\.text/);
  });

  it("PL2: the flood notice is said in the conversation's language", async () => {
    const t = await createTestDesk({
      settings: {
        language: 'pt',
        rateLimit: {
          inbound: { messages: 1, perMs: 60_000, notice: { pt: 'Calma!', en: 'Slow down!' } },
        },
      },
    });
    const c = t.customer('c');
    await c.send('um');
    await c.send('dois');
    expect(c.texts()).toEqual(['echo: um', 'Calma!']);
  });
});
