import { createKnowledgeBase } from '@parley/kb';
import { describe, expect, it } from 'vitest';
import type { KnowledgeHit } from '../knowledge/source.js';
import { assistantDesk } from '../test-support/desk.js';
import { shopKnowledge } from '../test-support/knowledge.js';
import { pickAnswer } from './best-answer.js';
import { type FaqAssistantOptions, faqAssistant } from './faq-assistant.js';

async function faqDesk(options: Partial<FaqAssistantOptions> = {}, capabilities = {}) {
  const kb = await shopKnowledge();
  return assistantDesk({
    assistant: () => faqAssistant({ knowledge: kb, ...options }),
    channel: { capabilities },
  });
}

describe('faqAssistant (offline default)', () => {
  it('AI7: answers FAQ questions from real files, in the language asked', async () => {
    const t = await faqDesk();
    const pt = t.channel.customer('pt');
    await pt.send('Qual o prazo de entrega?');
    expect(pt.texts()).toEqual([
      'Entregamos em 3 a 5 dias úteis nas capitais e em 7 a 10 dias úteis no interior.',
    ]);
    const en = t.channel.customer('en');
    await en.send('How long does delivery take?');
    expect(en.texts()).toEqual([
      'We deliver in 3 to 5 business days to state capitals and 7 to 10 business days elsewhere.',
    ]);
    const id = t.channel.customer('id');
    await id.send('Bisa kirim ke Indonesia?');
    expect(id.texts()).toEqual(['Maaf, saat ini kami hanya mengirim ke Brasil.']);
    expect(t.handoffs).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('AI7: answers from a document passage with the sentences that match', async () => {
    const t = await faqDesk();
    const c = t.channel.customer('c');
    await c.send('A mochila tem garantia?');
    expect(c.lastText()).toContain('garantia de 1 ano');
    expect(c.lastText()).not.toContain('Tênis');
  });

  it('AI7: hands off when nothing matches, with an extractive summary, in the customer language', async () => {
    const t = await faqDesk();
    const c = t.channel.customer('c', { name: 'João' });
    await c.send('Vocês consertam bicicletas elétricas?');
    expect(t.handoffs).toHaveLength(1);
    expect(t.handoffs[0]!.reason).toBe(
      'no-answer: the knowledge base had no answer 1 turn in a row',
    );
    expect(t.handoffs[0]!.summary).toContain('João (memory, pt)');
    expect(t.handoffs[0]!.summary).toContain('Vocês consertam bicicletas elétricas?');
    expect(c.texts()).toEqual([
      expect.stringContaining('vou passar você para alguém da nossa equipe'),
    ]);
    const conversation = (await t.desk.inbox.list()).items[0]!.conversation;
    expect(conversation).toMatchObject({ handler: 'queue', teamId: 'humans' });
  });

  it('AI2: with noAnswerTurns 2 it first asks to rephrase, then hands off; an answer resets the count', async () => {
    const t = await faqDesk({ takeover: { noAnswerTurns: 2 } });
    const c = t.channel.customer('c');
    await c.send('Vocês vendem pizza?');
    await c.send('Posso pagar com Pix?');
    await c.send('E bicicletas elétricas?');
    expect(t.handoffs).toHaveLength(0);
    await c.send('E patinetes?');
    expect(t.handoffs).toHaveLength(1);
    expect(c.texts()[0]).toBe(
      'Desculpe, não tenho essa informação. Pode perguntar de outro jeito?',
    );
  });

  it('AI7: greets a bare greeting in its language instead of handing off', async () => {
    const t = await faqDesk();
    for (const [who, text, reply] of [
      ['a', 'oi', 'Olá! Como posso ajudar?'],
      ['b', 'Halo kak', 'Halo! Ada yang bisa saya bantu?'],
      ['c', 'hola!', '¡Hola! ¿En qué puedo ayudarte?'],
      ['d', 'Good morning', 'Hi! How can I help you?'],
    ] as const) {
      const c = t.channel.customer(who);
      await c.send(text);
      expect(c.texts()).toEqual([reply]);
    }
    expect(t.handoffs).toEqual([]);
  });

  it('AI2: takeover conditions hold offline too', async () => {
    const t = await faqDesk({ takeover: { keywords: ['boleto vencido'] } });
    await t.channel.customer('a').send('Quero falar com atendente');
    await t.channel.customer('b').send('meu boleto vencido, e agora?');
    await t.channel.customer('c').send('Vocês são uns golpistas, vou no Procon!!!');
    expect(t.handoffs.map((h) => h.reason.split(':')[0])).toEqual([
      'human-request',
      'keyword',
      'angry',
    ]);
  });

  it('AI7: the answer fits the channel text limit', async () => {
    const t = await faqDesk({}, { maxTextLength: 40 });
    const c = t.channel.customer('c');
    await c.send('Qual o prazo de entrega?');
    expect(c.texts()).toHaveLength(1);
    expect(c.lastText()!.length).toBeLessThanOrEqual(40);
  });

  it('AI7: canned messages can be replaced per language', async () => {
    const t = await faqDesk({
      messages: { handoff: { pt: 'Já chamo alguém!' }, greeting: 'Welcome to Loja Verde!' },
    });
    const a = t.channel.customer('a');
    await a.send('bom dia');
    expect(a.texts()).toEqual(['Welcome to Loja Verde!']);
    const b = t.channel.customer('b');
    await b.send('quero falar com um atendente');
    expect(b.texts()).toEqual(['Já chamo alguém!']);
  });

  it('AI7: summarize() is extractive and needs no model', async () => {
    const t = await faqDesk();
    const c = t.channel.customer('c', { name: 'Ana' });
    await c.send('Posso pagar com Pix?');
    const conversation = (await t.desk.inbox.list()).items[0]!.conversation;
    const history = await t.desk.inbox.messages(conversation.id);
    const contact = (await t.store.getContact('default', conversation.contactId))!;
    const summary = await t.assistant.summarize!(
      {
        tenantId: 'default',
        assistantId: 'sales',
        conversation,
        contact,
        history,
        turn: [],
        channel: { id: 'chat', kind: 'memory', capabilities: t.channel.capabilities },
        store: t.store,
        now: t.clock.now(),
      },
      { signal: new AbortController().signal },
    );
    expect(summary).toBe(
      'Ana (memory, pt), 1 message from the customer.\nCustomer: "Posso pagar com Pix?"\nLast reply: "Aceitamos Pix, boleto e cartão de crédito em até 6 vezes sem juros."',
    );
  });

  it('AI7: bad options name the field', () => {
    expect(() => faqAssistant({ knowledge: {} as never })).toThrow(
      /knowledge: expected a knowledge base/,
    );
    expect(() => faqAssistant({ knowledge: { search: async () => [] }, minScore: 2 })).toThrow(
      /minScore/,
    );
  });
});

describe('pickAnswer', () => {
  const hit = (id: string, score: number, answer: string): KnowledgeHit => ({
    id,
    kind: 'faq',
    text: answer,
    answer,
    score,
    citation: { file: 'faq.csv' },
  });

  it('AI7: prefers a close hit in the customer language, but not a much weaker one', () => {
    const hits = [
      hit('en', 0.9, 'We accept Pix and cards.'),
      hit('pt', 0.8, 'Aceitamos Pix e cartão de crédito.'),
    ];
    expect(pickAnswer(hits, { minScore: 0.5, language: 'pt', languageMargin: 0.15 })?.id).toBe(
      'pt',
    );
    expect(pickAnswer(hits, { minScore: 0.5, language: 'pt', languageMargin: 0.05 })?.id).toBe(
      'en',
    );
    expect(pickAnswer(hits, { minScore: 0.5, language: 'en', languageMargin: 0.15 })?.id).toBe(
      'en',
    );
    expect(pickAnswer(hits, { minScore: 0.95, languageMargin: 0.15 })).toBeUndefined();
  });

  it("AI7: does not answer from a hit that holds none of the question's topic words", () => {
    const sell = {
      ...hit('sell', 0.66, 'Yes, resellers get 25% off.'),
      signals: { topicCoverage: 0 },
    };
    const ship = { ...hit('ship', 0.5, 'From US$ 4.'), signals: { topicCoverage: 0.5 } };
    const options = { minScore: 0.4, languageMargin: 0.15 };
    expect(pickAnswer([sell, ship], { ...options, minTopicCoverage: 0.1 })?.id).toBe('ship');
    expect(pickAnswer([sell], { ...options, minTopicCoverage: 0.1 })).toBeUndefined();
    // A source that reports no topic coverage is judged by its score alone.
    expect(
      pickAnswer([hit('plain', 0.66, 'Yes.')], { ...options, minTopicCoverage: 0.1 })?.id,
    ).toBe('plain');
  });

  it('AI7: hands off "do you sell …" for what the FAQ does not cover, and still answers its neighbour', async () => {
    const kb = createKnowledgeBase({ languages: ['en', 'pt'] });
    await kb.addFaq([
      { question: 'Do you sell wholesale to resellers?', answer: 'Yes, from 10 pieces.' },
      { question: 'Vocês vendem no atacado?', answer: 'Sim, a partir de 10 peças.' },
      { question: 'How much is shipping?', answer: 'From US$ 4.' },
    ]);
    const desk = (minTopicCoverage?: number) =>
      assistantDesk({
        assistant: () =>
          faqAssistant({
            knowledge: kb,
            ...(minTopicCoverage !== undefined && { minTopicCoverage }),
          }),
      });
    const t = await desk();
    for (const [name, text] of [
      ['a', 'do you sell laptops?'],
      ['b', 'vcs vendem celular?'],
    ] as const)
      await t.channel.customer(name).send(text);
    expect(t.handoffs).toHaveLength(2);
    const c = t.channel.customer('c');
    await c.send('do you sell wholesale?');
    expect(c.lastText()).toBe('Yes, from 10 pieces.');
    // Without the topic check, "sell" alone would answer the laptop question.
    const loose = await desk(0);
    const d = loose.channel.customer('d');
    await d.send('do you sell laptops?');
    expect(d.lastText()).toBe('Yes, from 10 pieces.');
  });

  it('AI7: uses the hit language when the knowledge base gives it', () => {
    const tagged = { ...hit('x', 0.85, 'Pix, boleto'), language: 'pt' };
    expect(
      pickAnswer([hit('y', 0.9, 'Pix, boleto'), tagged], {
        minScore: 0.5,
        language: 'pt',
        languageMargin: 0.1,
      })?.id,
    ).toBe('x');
  });
});
