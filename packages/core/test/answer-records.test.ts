import { describe, expect, it } from 'vitest';
import type { DeskEvents } from '../src/events.js';
import type { DataStore } from '../src/store/store.js';
import { createTestDesk } from '../src/testing/index.js';

const usage = [{ model: 'gpt-4o-mini', inputTokens: 120, outputTokens: 30, cost: 0.0001 }];
const citations = [
  { ref: 'K1', hitId: 'h1', score: 0.82, file: 'precos.xlsx', sheet: 'Planos', row: 4 },
  { ref: 'K2', file: 'manual.pdf', page: 3 },
];

describe('AI3: the answer carries its sources', () => {
  it('AI3: citations reach message.sent, the inbox and the stored message', async () => {
    const t = await createTestDesk({
      script: [
        {
          type: 'reply',
          messages: [{ type: 'text', text: 'O plano custa R$ 199,90.' }],
          citations,
        },
      ],
    });
    const sent: Array<DeskEvents['message.sent']> = [];
    t.desk.on('message.sent', (e) => {
      sent.push(e);
    });
    await t.customer('c').send('quanto custa o plano?');
    expect(sent[0]?.message.citations).toEqual(citations);
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    const messages = await t.desk.inbox.messages(id);
    expect(messages.at(-1)?.citations).toEqual(citations);
    expect(messages[0]?.citations).toBeUndefined();
    expect(t.errors).toEqual([]);
  });

  it('AI3: malformed citations fail the turn like bad content, with the path named', async () => {
    const t = await createTestDesk({
      script: [
        {
          type: 'reply',
          messages: [{ type: 'text', text: 'hi' }],
          citations: [{ file: '', page: -1 }] as never,
        },
      ],
    });
    await t.customer('c').send('hi');
    expect(String(t.errors[0]?.error.message)).toMatch(/citations\.0\.(file|page)/);
  });
});

describe('AI6: usage per message', () => {
  it('AI6: usage records carry the id of the message the model call produced', async () => {
    const t = await createTestDesk({
      script: [{ type: 'reply', messages: [{ type: 'text', text: 'answer' }], usage }],
    });
    await t.customer('c').send('question');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    const answer = (await t.desk.inbox.messages(id)).at(-1)!;
    const records = await (t.desk.store as DataStore).scanUsage('default');
    expect(records.items).toHaveLength(1);
    expect(records.items[0]).toMatchObject({ conversationId: id, messageId: answer.id });
  });

  it('AI6: a result that sends nothing still records its tokens, without a message id', async () => {
    const t = await createTestDesk({ script: [{ type: 'none', usage }] });
    await t.customer('c').send('question');
    const records = await (t.desk.store as DataStore).scanUsage('default');
    expect(records.items).toHaveLength(1);
    expect(records.items[0]?.messageId).toBeUndefined();
    expect((await t.desk.usage()).inputTokens).toBe(120);
  });
});
