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

  it('IN3: without an assistant that can summarise, the operator is told why', async () => {
    const t = await createTestDesk({ route: { team: 'support' } });
    await t.customer('c').send('hello');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    await expect(t.desk.inbox.summarize(id)).rejects.toThrow(/summarize\(\) method/);
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
