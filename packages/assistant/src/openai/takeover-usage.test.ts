import type { AssistantInput } from '@parley/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shopKnowledge } from '../test-support/knowledge.js';
import { openaiDesk } from '../test-support/openai.js';
import { type FakeOpenAIServer, fakeOpenAIServer } from '../testing/fake-openai-server.js';
import type { LimitBreach } from '../usage/limits.js';

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await fakeOpenAIServer();
});
afterEach(async () => {
  await server.close();
});

const inbox = async (t: {
  desk: {
    inbox: {
      list(): Promise<{
        items: Array<{ conversation: { handler: string; teamId?: string; id: string } }>;
      }>;
    };
  };
}) => (await t.desk.inbox.list()).items[0]!.conversation;

describe('openaiAssistant takeover (AI2), summaries (IN3) and usage (AI6)', () => {
  it.each([
    ['en', 'I want to talk to a person', "I'm passing you to a member of our team"],
    ['id', 'mau bicara dengan orang', 'saya hubungkan dengan tim kami'],
    ['pt', 'quero falar com atendente', 'vou passar você para alguém da nossa equipe'],
    ['es', 'quiero hablar con un agente', 'te paso con una persona de nuestro equipo'],
  ])(
    'AI2: a request for a human in %s hands off, in that language, with a model summary',
    async (_l, text, said) => {
      const t = await openaiDesk(server);
      server.reply({ text: 'Customer asked for a person right away.' });
      const customer = t.channel.customer('c');
      await customer.send(text);
      expect(customer.texts()).toEqual([expect.stringContaining(said)]);
      expect(t.handoffs).toHaveLength(1);
      expect(t.handoffs[0]).toMatchObject({
        reason: expect.stringMatching(/^human-request: customer asked for a person/),
        summary: 'Customer asked for a person right away.',
      });
      // Only the summary call reached the model: the condition is checked first.
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]!.body.messages[0].content).toMatch(/handover notes/);
      expect(server.requests[0]!.body.tools).toBeUndefined();
      expect(await inbox(t)).toMatchObject({ handler: 'queue', teamId: 'humans' });
    },
  );

  it('AI2: host keywords and regexes hand off to the configured team', async () => {
    const t = await openaiDesk(server, {
      takeover: { keywords: ['nota fiscal'], patterns: [/\bcancel(ar|lar)?\b/i], team: 'vip' },
      summary: 'extractive',
    });
    const customer = t.channel.customer('c', { name: 'Ana' });
    await customer.send('Preciso da NOTA FISCAL do pedido 123');
    expect(t.handoffs[0]).toMatchObject({ reason: 'keyword: customer wrote "nota fiscal"' });
    expect(t.handoffs[0]!.summary).toContain('Ana (memory, pt)');
    expect(t.handoffs[0]!.summary).toContain('Preciso da NOTA FISCAL do pedido 123');
    expect(await inbox(t)).toMatchObject({ teamId: 'vip' });
    expect(server.requests).toHaveLength(0);
  });

  it('AI2: an angry customer is handed off before any model call', async () => {
    const t = await openaiDesk(server, { summary: 'extractive' });
    await t.channel.customer('c').send('Isso é um absurdo, vocês são uns golpistas!!!');
    expect(t.handoffs[0]!.reason).toMatch(/^angry: customer seems angry/);
    expect(server.requests).toHaveLength(0);
  });

  it('AI2: the model calls handoff_to_human with a reason and an operator summary', async () => {
    const t = await openaiDesk(server);
    server.reply({
      toolCalls: [
        {
          name: 'handoff_to_human',
          arguments: {
            reason: 'wants a bulk discount',
            summary: 'Ana wants 40 backpacks for a school and asks for a discount.',
            message: 'Vou chamar nosso time de vendas para te ajudar com o desconto!',
          },
        },
      ],
    });
    const customer = t.channel.customer('c');
    await customer.send('Quero 40 mochilas, tem desconto?');
    expect(customer.texts()).toEqual([
      'Vou chamar nosso time de vendas para te ajudar com o desconto!',
    ]);
    expect(t.handoffs).toEqual([
      expect.objectContaining({
        reason: 'model-handoff: wants a bulk discount',
        summary: 'Ana wants 40 backpacks for a school and asks for a discount.',
      }),
    ]);
    expect(server.requests).toHaveLength(1);
    await customer.send('hello?');
    expect(server.requests).toHaveLength(1);
  });

  it('AI2: a handoff call with malformed arguments still hands off, with an extractive summary', async () => {
    const t = await openaiDesk(server);
    server.reply({ toolCalls: [{ name: 'handoff_to_human', arguments: '{"reason": ' }] });
    await t.channel.customer('c').send('I need help with my order 5512');
    expect(t.handoffs[0]!.reason).toBe('model-handoff: the model asked for a person');
    expect(t.handoffs[0]!.summary).toContain('I need help with my order 5512');
  });

  it('AI2: N consecutive turns where the knowledge base has no answer hand off', async () => {
    const kb = await shopKnowledge();
    const t = await openaiDesk(server, {
      knowledge: kb,
      takeover: { noAnswerTurns: 2 },
      summary: 'extractive',
    });
    const search = (query: string) => ({
      toolCalls: [{ name: 'search_knowledge', arguments: { query } }],
    });
    const customer = t.channel.customer('c');
    server.reply(search('pizza'), { text: 'Desculpe, não sei.' });
    await customer.send('Vocês vendem pizza?');
    server.reply(search('prazo de entrega'), { text: 'Entregamos em 3 a 5 dias úteis.' });
    await customer.send('Qual é o prazo de entrega?');
    server.reply(search('loja física Niterói'), { text: 'Não sei.' });
    await customer.send('Tem loja física em Niterói?');
    server.reply({ text: 'De nada!' }); // no search: does not count either way
    await customer.send('obrigado');
    expect(t.handoffs).toHaveLength(0);
    server.reply(search('aluguel de bicicleta'), { text: 'Não sei.' });
    await customer.send('Vocês alugam bicicleta?');
    expect(t.handoffs).toHaveLength(1);
    expect(t.handoffs[0]!.reason).toBe(
      'no-answer: the knowledge base had no answer 2 turns in a row',
    );
    expect(customer.texts()).toEqual([
      'Desculpe, não sei.',
      'Entregamos em 3 a 5 dias úteis.',
      'Não sei.',
      'De nada!',
      expect.stringContaining('vou passar você para alguém da nossa equipe'),
    ]);
  });

  it('AI6: tokens and cost of every call are recorded per conversation, assistant and tenant', async () => {
    const kb = await shopKnowledge();
    const t = await openaiDesk(server, {
      knowledge: kb,
      prices: { 'gpt-4o-mini': { input: 1, output: 4 } },
    });
    server.reply(
      {
        toolCalls: [{ name: 'search_knowledge', arguments: { query: 'pix' } }],
        usage: { prompt_tokens: 1000, completion_tokens: 20 },
      },
      { text: 'Sim, aceitamos Pix.', usage: { prompt_tokens: 1500, completion_tokens: 10 } },
    );
    await t.channel.customer('c').send('Posso pagar com Pix?');
    const conversation = await inbox(t);
    const totals = await t.desk.usage({ conversationId: conversation.id });
    expect(totals).toEqual({
      inputTokens: 2500,
      outputTokens: 30,
      calls: 2,
      cost: expect.closeTo((2500 * 1 + 30 * 4) / 1e6, 12),
    });
    expect(await t.desk.usage({ assistantId: 'sales' })).toMatchObject({ calls: 2 });
    expect(await t.desk.tenant('other').usage()).toMatchObject({ calls: 0, inputTokens: 0 });
  });

  it('AI6: a server that reports no usage is counted by estimate, never as zero', async () => {
    const t = await openaiDesk(server);
    server.reply({ text: 'Hello there, how can I help?', usage: null });
    await t.channel.customer('c').send('hi');
    const totals = await t.desk.usage();
    expect(totals.inputTokens).toBeGreaterThan(50);
    expect(totals.outputTokens).toBeGreaterThan(3);
  });

  it('AI6: a tenant over its daily token limit is handed to humans, with the event and the hook', async () => {
    const breaches: LimitBreach[] = [];
    const t = await openaiDesk(server, {
      limits: { daily: { tokens: 1_000 }, timeZone: 'America/Sao_Paulo' },
      onLimitExceeded: (breach) => {
        breaches.push(breach);
      },
    });
    server.reply({ text: 'First answer.', usage: { prompt_tokens: 900, completion_tokens: 100 } });
    const customer = t.channel.customer('c');
    await customer.send('first question');
    expect(customer.texts()).toEqual(['First answer.']);
    await customer.send('second question');
    expect(server.requests).toHaveLength(1);
    expect(breaches).toEqual([
      expect.objectContaining({
        tenantId: 'default',
        period: 'daily',
        metric: 'tokens',
        used: 1000,
        limit: 1000,
      }),
    ]);
    expect(t.handoffs[0]!.reason).toMatch(
      /^usage-limit: daily tokens limit of 1000 tokens reached for tenant "default"/,
    );
    expect(t.handoffs[0]!.summary).toContain('second question');
    expect(customer.texts()[1]).toMatch(/passing you to a member of our team/);
    expect(await inbox(t)).toMatchObject({ handler: 'queue', teamId: 'humans' });
  });

  it('AI6: the next day starts a fresh budget in the tenant time zone', async () => {
    const t = await openaiDesk(
      server,
      { limits: { daily: { tokens: 500 }, timeZone: 'America/Sao_Paulo' } },
      { now: '2026-01-05T20:00:00Z' },
    );
    server.reply({ text: 'one', usage: { prompt_tokens: 500, completion_tokens: 0 } });
    await t.channel.customer('a').send('hi');
    await t.clock.setTime('2026-01-06T02:59:00Z'); // 23:59 in São Paulo: still the same day
    await t.channel.customer('b').send('hi');
    expect(t.handoffs).toHaveLength(1);
    await t.clock.setTime('2026-01-06T03:00:00Z');
    server.reply({ text: 'fresh day' });
    const c = t.channel.customer('c');
    await c.send('hi');
    expect(c.texts()).toEqual(['fresh day']);
  });

  it('IN3: summarize() on demand uses the model and records its usage; it falls back to extractive', async () => {
    const t = await openaiDesk(server, { retry: { maxRetries: 0 } });
    server.reply({ text: 'Sure, the runner costs R$ 199,90.' });
    const customer = t.channel.customer('c', { name: 'Ana' });
    await customer.send('How much is the blue runner?');
    const conversation = await inbox(t);
    const history = await t.desk.inbox.messages(conversation.id);
    const contact = await t.store.getContact(
      'default',
      (await t.store.getConversation('default', conversation.id))!.contactId,
    );
    const input: AssistantInput = {
      tenantId: 'default',
      assistantId: 'sales',
      conversation: (await t.store.getConversation('default', conversation.id))!,
      contact: contact!,
      history,
      turn: [],
      channel: { id: 'chat', kind: 'memory', capabilities: t.channel.capabilities },
      store: t.store,
      now: t.clock.now(),
    };
    const signal = new AbortController().signal;
    server.reply({
      text: 'Ana asked the price of the blue runner; told R$ 199,90.',
      usage: { prompt_tokens: 70, completion_tokens: 15 },
    });
    expect(await t.assistant.summarize!(input, { signal })).toBe(
      'Ana asked the price of the blue runner; told R$ 199,90.',
    );
    expect(server.requests.at(-1)!.body.messages[1].content).toContain(
      'Customer: How much is the blue runner?',
    );
    expect(await t.desk.usage({ conversationId: conversation.id })).toMatchObject({ calls: 2 });

    server.reply({ error: 500 });
    const extractive = await t.assistant.summarize!(input, { signal });
    expect(extractive).toContain('Ana (memory, en)');
    expect(extractive).toContain('How much is the blue runner?');
    expect(extractive).toContain('Last reply: "Sure, the runner costs R$ 199,90."');
  });
});
