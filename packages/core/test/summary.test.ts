import { describe, expect, it } from 'vitest';
import type { Assistant } from '../src/assistant/assistant.js';
import { createTestDesk } from '../src/testing/index.js';

const summarizing: Assistant = {
  async respond() {
    return { type: 'reply', messages: [{ type: 'text', text: 'Our delivery takes 3 days.' }] };
  },
  async summarize(input) {
    const asked = input.history.filter((m) => m.direction === 'inbound').length;
    return `Customer asked ${asked} question(s) about delivery.`;
  },
};

describe('IN3: conversation summaries', () => {
  it('IN3: an operator asks for a summary on demand', async () => {
    const t = await createTestDesk({
      route: { assistant: 'sum' },
      assistants: [{ id: 'sum', assistant: summarizing, backupTeam: 'support' }],
    });
    await t.customer('c').send('how long is delivery?');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    expect(await t.desk.inbox.summarize(id)).toBe('Customer asked 1 question(s) about delivery.');
    const conv = await t.desk.inbox.get(id);
    expect((conv.state.summary as { text: string }).text).toBe(
      'Customer asked 1 question(s) about delivery.',
    );
  });

  it('IN3: solving a conversation stores its summary and emits conversation.summarized', async () => {
    const t = await createTestDesk({
      route: { assistant: 'sum' },
      assistants: [{ id: 'sum', assistant: summarizing, backupTeam: 'support' }],
    });
    const summaries: string[] = [];
    t.desk.on('conversation.summarized', (e) => {
      summaries.push(e.summary);
    });
    await t.customer('c').send('how long is delivery?');
    await t.customer('c').send('and to Bali?');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    await t.desk.inbox.solve(id);
    await t.desk.stop(); // waits for background work such as the summary
    expect(summaries).toEqual(['Customer asked 2 question(s) about delivery.']);
    expect(((await t.desk.inbox.get(id)).state.summary as { text: string }).text).toMatch(
      /2 question/,
    );
  });

  it('IN3: a human-only conversation is summarised by the desk (no NOT_FOUND)', async () => {
    const t = await createTestDesk({ route: { team: 'support' } });
    await t.customer('c', { name: 'Ana' }).send('meu pedido não chegou');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    await t.desk.inbox.reply(id, 'Vou verificar, Ana.', { operatorId: 'op-1' });
    await t.customer('c').send('pedido 4411');
    const summary = await t.desk.inbox.summarize(id);
    expect(summary).toContain('Ana on memory: 2 messages from the customer.');
    expect(summary).toContain('Asked: "meu pedido não chegou"');
    expect(summary).toContain('Latest: "pedido 4411"');
    expect(summary).toContain('Last reply (operator op-1): "Vou verificar, Ana."');
    expect((await t.desk.inbox.get(id)).state.summary).toMatchObject({
      text: summary,
      by: 'digest',
    });
  });

  it('IN3: the desk summariser stands in for every conversation its assistant cannot summarise', async () => {
    const noSummary: Assistant = {
      async respond() {
        return { type: 'handoff', reason: 'customer asked for a human' };
      },
    };
    const t = await createTestDesk({
      route: { assistant: 'plain' },
      assistants: [{ id: 'plain', assistant: noSummary, backupTeam: 'support' }],
      summarizer: {
        async summarize(input) {
          return `desk summary of ${input.history.length} message(s) for ${input.assistantId}`;
        },
      },
    });
    const summarized: string[] = [];
    t.desk.on('conversation.summarized', (e) => {
      summarized.push(e.summary);
    });
    await t.customer('c').send('I want a human');
    await t.desk.stop(); // the handoff's summary is made in the background
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    expect(summarized).toEqual(['desk summary of 1 message(s) for plain']);
    expect((await t.desk.inbox.get(id)).state.summary).toMatchObject({ by: 'desk' });
    expect(await t.desk.inbox.summarize(id)).toBe('desk summary of 1 message(s) for plain');
  });

  it('IN3: after maxFailures the handoff carries a summary, though the assistant keeps failing', async () => {
    const failing: Assistant = {
      async respond() {
        throw new Error('model server down');
      },
      async summarize() {
        throw new Error('model server down');
      },
    };
    const t = await createTestDesk({
      route: { assistant: 'down' },
      assistants: [{ id: 'down', assistant: failing, backupTeam: 'support', maxFailures: 2 }],
    });
    await t.customer('c', { name: 'Bo' }).send('hello?');
    await t.customer('c').send('anyone?');
    await t.desk.stop();
    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    expect(conv.handler).toBe('queue');
    const summary = conv.state.summary as { text: string; by: string };
    expect(summary.by).toBe('digest');
    expect(summary.text).toContain('Handed to humans: assistant failed 2 times in a row');
  });

  it('IN3: a handoff summary from the assistant is the conversation summary', async () => {
    const t = await createTestDesk({
      script: [{ type: 'handoff', reason: 'refund', summary: 'Wants a refund for order 12.' }],
    });
    await t.customer('c').send('refund please');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    expect((await t.desk.inbox.get(id)).state.summary).toMatchObject({
      text: 'Wants a refund for order 12.',
      by: 'bot',
    });
  });

  it('AI1: an assistant reply with invalid content is a failure, not a crash', async () => {
    const broken: Assistant = {
      async respond() {
        return { type: 'reply', messages: [{ type: 'text', text: '' }] };
      },
    };
    const t = await createTestDesk({
      route: { assistant: 'broken' },
      assistants: [{ id: 'broken', assistant: broken, backupTeam: 'support' }],
    });
    await t.customer('c').send('hi');
    expect(t.customer('c').texts()).toEqual([]);
    expect(t.errors[0]?.error.message).toMatch(/messages\.0 is not valid content/);
  });
});
