import { fakeOpenAIServer } from '@parley/assistant/testing';
import { describe, expect, it } from 'vitest';
import { texts, triageMenu } from '../src/shop/config.js';
import { useQuickstart } from './support/start.js';

const start = useQuickstart();

describe('the demo shop', () => {
  it('RT2: a new conversation gets the triage menu as buttons; "Products & prices" goes to the assistant', async () => {
    const t = await start();
    const v = await t.visitor();
    await v.say('hello');
    const menu = await v.waitFor(triageMenu.text);
    expect(menu.content).toEqual({
      type: 'menu',
      text: triageMenu.text,
      options: [
        { id: '1', title: 'Products & prices' },
        { id: '2', title: 'Order status' },
        { id: '3', title: 'Talk to a person' },
      ],
    });
    await v.choose('1');
    const answer = await v.waitFor('Ask me about a product by its name');
    expect(answer.author).toEqual({ kind: 'assistant', name: 'Aurora' });
    const [row] = (await t.desk.inbox.list()).items;
    expect(row).toMatchObject({ handledBy: 'ai', conversation: { assistantId: 'aurora' } });
  });

  it('AI3/AI7: offline, answers come from the XLSX price list, the PDF catalogue and the FAQ in three languages', async () => {
    const t = await start();
    expect(t.assistant.kind).toBe('faq');
    expect(t.knowledge).toEqual([
      'catalogue.pdf',
      'faq.en.csv',
      'faq.id.csv',
      'faq.pt.csv',
      'price-list.xlsx',
    ]);
    const v = await t.visitor();
    await v.say('hi');
    await v.choose('1');
    const asked = async (question: string) => {
      const before = v.received().length;
      await v.say(question);
      return v.received().slice(before).join('\n');
    };
    // A price-list row answers as a sentence in the customer's language (AI3).
    expect(await asked('How much is the Trail Runner 2?')).toContain(
      'Trail Runner 2 shoes: $129, 14 in stock',
    );
    expect(await asked('What is the headlamp battery life?')).toContain(
      'The battery lasts 40 hours',
    );
    expect(await asked('Quanto custa o frete?')).toContain(
      'O frete é grátis em compras acima de US$ 100',
    );
    expect(await asked('What is your return policy?')).toContain('within 30 days');
    expect(await asked('kak brp ongkirnya?')).toContain(
      'Gratis ongkir untuk belanja di atas US$ 100',
    );
  });

  it('AI2: asking for a person hands off to the team; the console row needs a human', async () => {
    const t = await start();
    const v = await t.visitor();
    await v.say('hi');
    await v.choose('2');
    await v.waitFor('Orders ship within 1 business day');
    await v.say('I want to talk to a person');
    const [row] = (await t.desk.inbox.list()).items;
    expect(row).toMatchObject({
      handledBy: 'human',
      waitingForHuman: true,
      conversation: { teamId: 'support' },
    });
    expect(row?.conversation.state.handoff).toMatchObject({
      reason: expect.stringMatching(/^human-request/),
    });
  });

  it('RT8: outside business hours a visitor who asks for a person is told when the team is back', async () => {
    const t = await start({}, '2026-01-05T23:30:00Z');
    const v = await t.visitor();
    await v.say('hi');
    await v.choose('3');
    await v.waitFor(texts.outOfHours);
    expect(v.received()).not.toContain(texts.teamAutoMessage);
    const [row] = (await t.desk.inbox.list()).items;
    expect(row?.waitingForHuman).toBe(true);
  });

  it('AI7: with OPENAI_API_KEY and OPENAI_BASE_URL, openaiAssistant answers through that server', async () => {
    const fake = await fakeOpenAIServer({ apiKey: 'sk-test' });
    try {
      const t = await start({
        env: {
          OPENAI_API_KEY: 'sk-test',
          OPENAI_BASE_URL: fake.baseURL,
          OPENAI_MODEL: 'fake-model',
        },
      });
      expect(t.assistant).toEqual({ name: 'Aurora', kind: 'openai', model: 'fake-model' });
      const v = await t.visitor();
      await v.say('hi');
      await v.choose('1');
      await v.say('How much is the Trail Runner 2?');
      // The answer's frame may still be on the wire when the turn ends.
      await v.waitFor('129');
      expect(fake.requests.length).toBeGreaterThan(0);
      const body = fake.requests.at(-1)?.body as {
        model: string;
        messages: Array<{ content: unknown }>;
      };
      expect(body.model).toBe('fake-model');
      expect(JSON.stringify(body.messages)).toContain('How much is the Trail Runner 2?');
      // The fake model answers with the best passage it found in the knowledge base.
      expect(v.received().at(-1)).toContain('129');
      expect(v.received()).not.toContain(texts.assistantFallback);
    } finally {
      await fake.close();
    }
  });
});
