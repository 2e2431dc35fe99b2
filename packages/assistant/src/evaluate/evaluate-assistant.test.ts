import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faqAssistant } from '../faq/faq-assistant.js';
import { openaiAssistant } from '../openai/openai-assistant.js';
import { shopKnowledge } from '../test-support/knowledge.js';
import { type FakeOpenAIServer, fakeOpenAIServer } from '../testing/fake-openai-server.js';
import { casesFromFaq, type EvaluationCase, evaluateAssistant } from './evaluate-assistant.js';

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await fakeOpenAIServer();
});
afterEach(async () => {
  await server.close();
});

const cases: EvaluationCase[] = [
  {
    name: 'delivery then payment, in Portuguese',
    turns: [
      {
        customer: 'Qual o prazo de entrega?',
        expectFacts: ['3 a 5 dias úteis'],
        expectHandoff: false,
      },
      {
        customer: 'Posso pagar com Pix?',
        expectFacts: [/6 vezes sem juros/],
        forbidFacts: ['R$ 40'],
      },
    ],
  },
  {
    name: 'asks for a person',
    turns: [{ customer: 'quero falar com um atendente', expectHandoff: true }],
  },
  {
    name: 'unknown topic hands off',
    turns: [{ customer: 'Vocês consertam bicicletas elétricas?', expectHandoff: true }],
  },
];

describe('evaluateAssistant', () => {
  it('AI5: scores the offline assistant on scripted conversations through the memory channel', async () => {
    const report = await evaluateAssistant(
      faqAssistant({ knowledge: await shopKnowledge() }),
      cases,
    );
    expect(report).toMatchObject({
      total: 3,
      passed: 3,
      accuracy: 1,
      facts: { expected: 2, found: 2, accuracy: 1 },
      handoffs: { expected: 3, correct: 3, accuracy: 1 },
      forbiddenFound: 0,
    });
    expect(report.cases[1]!.turns[0]!.handoff?.reason).toMatch(/^human-request/);
    expect(report.cases[0]!.turns[0]!.replies[0]).toContain('3 a 5 dias úteis');
  });

  it('AI5: a wrong answer and a missed handoff lower the accuracy and are reported', async () => {
    const report = await evaluateAssistant(faqAssistant({ knowledge: await shopKnowledge() }), [
      {
        name: 'wrong fact',
        turns: [{ customer: 'Qual o prazo de entrega?', expectFacts: ['24 horas'] }],
      },
      { name: 'no handoff', turns: [{ customer: 'Posso pagar com Pix?', expectHandoff: true }] },
      ...cases.slice(0, 1),
    ]);
    expect(report.passed).toBe(1);
    expect(report.accuracy).toBeCloseTo(1 / 3);
    expect(report.cases[0]!.turns[0]!.facts).toEqual([{ fact: '24 horas', found: false }]);
    expect(report.handoffs).toEqual({ expected: 2, correct: 1, accuracy: 0.5 });
  });

  it('AI5: an FAQ test set becomes one-turn cases; the model assistant is evaluated through a real server', async () => {
    const assistant = openaiAssistant({
      baseURL: server.baseURL,
      env: {},
      knowledge: await shopKnowledge(),
    });
    const faq = casesFromFaq([
      { question: 'Quais são as formas de pagamento?', facts: ['Pix', 'boleto'] },
      { question: 'How long does delivery take?', answer: '3 to 5 business days' },
    ]);
    const report = await evaluateAssistant(assistant, faq);
    expect(report.accuracy).toBe(1);
    expect(report.facts).toEqual({ expected: 3, found: 3, accuracy: 1 });
    // groundedEcho searched the knowledge base, then answered from the passage.
    expect(server.requests.filter((r) => r.body.messages.at(-1).role === 'tool')).toHaveLength(2);
  });

  it('AI5: model failures show up as turn errors', async () => {
    server.setHandler(() => ({ error: 400, message: 'model not loaded' }));
    const assistant = openaiAssistant({ baseURL: server.baseURL, env: {} });
    const report = await evaluateAssistant(
      assistant,
      [{ name: 'x', turns: [{ customer: 'hi', expectFacts: ['hello'] }] }],
      { fallbackMessage: 'One moment.' },
    );
    expect(report.cases[0]!.turns[0]).toMatchObject({ replies: ['One moment.'], passed: false });
    expect(report.cases[0]!.turns[0]!.errors[0]).toMatch(
      /rejected the request \(400\): .*model not loaded/,
    );
  });
});
