import type { ConsoleRow, ConversationDetail } from '@parley/console';
import { describe, expect, it } from 'vitest';
import { texts } from '../src/shop/config.js';
import { type TestQuickstart, useQuickstart } from './support/start.js';
import type { TestVisitor } from './support/visitor.js';

const start = useQuickstart();

const list = async (t: TestQuickstart, query = '') =>
  (await t.api<{ items: ConsoleRow[] }>('GET', `/api/conversations${query}`)).body.items;
const detail = async (t: TestQuickstart, id: string) =>
  (await t.api<ConversationDetail>('GET', `/api/conversations/${id}`)).body;
const titleOf = (v: TestVisitor) => `Visitor ${v.visitorId.slice(8, 14)}`;
const rowOf = async (t: TestQuickstart, v: TestVisitor) => {
  const row = (await list(t)).find((r) => r.title === titleOf(v));
  if (!row) throw new Error(`no row for ${titleOf(v)}`);
  return row;
};

/** A visitor who went through the menu: option 1 goes to the assistant, 3 to a person. */
async function visitorAt(t: TestQuickstart, option: '1' | '3') {
  const v = await t.visitor();
  await v.say('hi');
  await v.choose(option);
  return { v, row: await rowOf(t, v) };
}

describe('console API', () => {
  it('IN1: each row has contact, channel, last message, unread count and AI/human; All/Unread/Solved filter', async () => {
    const t = await start();
    const ai = await visitorAt(t, '1');
    const human = await visitorAt(t, '3');
    expect(ai.row).toMatchObject({
      handledBy: 'ai',
      waitingForHuman: false,
      status: 'open',
      channel: { id: 'web', kind: 'livechat', name: 'Website chat' },
    });
    expect(ai.row.unreadCount).toBeGreaterThan(0);
    expect(ai.row.lastMessage?.direction).toBe('outbound');
    expect(human.row).toMatchObject({ handledBy: 'human', waitingForHuman: true });
    expect(human.row.lastMessage?.text).toBe(texts.teamAutoMessage);

    expect((await list(t, '?view=unread')).map((r) => r.id).sort()).toEqual(
      [ai.row.id, human.row.id].sort(),
    );
    expect((await t.api('POST', `/api/conversations/${ai.row.id}/read`)).status).toBe(200);
    expect((await list(t, '?view=unread')).map((r) => r.id)).toEqual([human.row.id]);
    await t.api('POST', `/api/conversations/${ai.row.id}/solve`);
    expect((await list(t, '?view=solved')).map((r) => r.id)).toEqual([ai.row.id]);
    // All lists the open conversations; solved ones are under Solved.
    expect((await list(t, '?view=all')).map((r) => r.id)).toEqual([human.row.id]);
    expect((await list(t, `?search=${encodeURIComponent('Trail Runner')}`)).length).toBe(0);
  });

  it('IN2: take over, reply as Maria, the assistant stays quiet; hand back to AI and it answers again', async () => {
    const t = await start();
    const { v, row } = await visitorAt(t, '3');
    expect((await t.api('POST', `/api/conversations/${row.id}/take-over`)).status).toBe(200);
    expect(await detail(t, row.id)).toMatchObject({
      handledBy: 'human',
      assignee: { id: 'maria', name: 'Maria' },
      waitingForHuman: false,
    });

    expect(
      (await t.api('POST', `/api/conversations/${row.id}/reply`, { text: 'Hi, Maria here!' })).body,
    ).toEqual({ sent: 1 });
    const reply = await v.waitFor('Maria here');
    expect(reply.author).toEqual({ kind: 'operator', name: 'Maria' });
    const before = v.received().length;
    await v.say('How much is the Trail Runner 2?');
    expect(v.received().length).toBe(before);

    await t.api('POST', `/api/conversations/${row.id}/hand-back`);
    expect((await detail(t, row.id)).handledBy).toBe('ai');
    await v.say('How much is the Trail Runner 2?');
    expect((await v.waitFor('129')).author).toEqual({ kind: 'assistant', name: 'Aurora' });
    const messages = (await detail(t, row.id)).messages;
    expect(messages.filter((m) => m.author.kind === 'operator').map((m) => m.author.name)).toEqual([
      'Maria',
    ]);
  });

  it('IN2/IN6: mark solved sends the survey; the visitor’s answer is recorded and shown', async () => {
    const t = await start();
    const { v, row } = await visitorAt(t, '3');
    await t.api('POST', `/api/conversations/${row.id}/reply`, { text: 'Sorted, anything else?' });
    await t.api('POST', `/api/conversations/${row.id}/solve`);
    const survey = await v.waitFor(texts.csatQuestion);
    expect(survey.content.type).toBe('menu');
    await v.choose('csat:4');
    await v.waitFor(texts.csatThanks);
    expect((await detail(t, row.id)).csat).toMatchObject({ score: 4 });
    const day = t.clock.now().toISOString().slice(0, 10);
    const report = (
      await t.api<{ totals: { csat: unknown }; by: { operator: unknown } }>(
        'GET',
        `/api/reports?since=${day}&until=${day}`,
      )
    ).body;
    expect(report.totals.csat).toMatchObject({ average: 4, count: 1 });
    expect(report.by.operator).toMatchObject([{ key: 'maria', csat: { average: 4, count: 1 } }]);
    expect(await t.desk.csat.responses()).toMatchObject([{ conversationId: row.id, score: 4 }]);
  });

  it('IN2: mark unread, add and remove labels (and filter by them), rename the contact, add a note', async () => {
    const t = await start();
    const { row } = await visitorAt(t, '1');
    await t.api('POST', `/api/conversations/${row.id}/read`);
    await t.api('POST', `/api/conversations/${row.id}/unread`);
    expect((await detail(t, row.id)).unreadCount).toBe(1);

    expect(
      (await t.api('POST', `/api/conversations/${row.id}/labels`, { label: 'Follow Up' })).body,
    ).toEqual({ labels: ['Follow Up'] });
    expect((await list(t, '?label=Follow%20Up')).map((r) => r.id)).toEqual([row.id]);
    expect((await t.api('DELETE', `/api/conversations/${row.id}/labels/Follow%20Up`)).body).toEqual(
      { labels: [] },
    );

    expect(
      (await t.api('POST', `/api/contacts/${row.contactId}/name`, { name: 'Ana Souza' })).body,
    ).toEqual({ name: 'Ana Souza' });
    const note = await t.api<{ note: { text: string; author: string } }>(
      'POST',
      `/api/contacts/${row.contactId}/notes`,
      {
        text: 'Wants the jacket in M',
      },
    );
    expect(note.body.note).toMatchObject({ text: 'Wants the jacket in M', author: 'Maria' });
    expect(await detail(t, row.id)).toMatchObject({
      title: 'Ana Souza',
      contact: { name: 'Ana Souza', notes: [{ text: 'Wants the jacket in M' }] },
    });
    expect((await list(t, '?search=ana%20souza')).map((r) => r.id)).toEqual([row.id]);
  });

  it('IN1: the console socket pushes every change with the conversation it concerns', async () => {
    const t = await start();
    const feed = await t.feed();
    const { row } = await visitorAt(t, '3');
    await t.api('POST', `/api/conversations/${row.id}/take-over`);
    await feed.waitFor('conversation.taken_over');
    const names = feed.frames.map((f) => f.name);
    for (const name of [
      'conversation.opened',
      'message.received',
      'message.sent',
      'conversation.queued',
    ]) {
      expect(names).toContain(name);
    }
    expect(feed.frames.find((f) => f.name === 'conversation.taken_over')).toEqual({
      type: 'event',
      name: 'conversation.taken_over',
      conversationId: row.id,
    });
  });

  it('RT7: going online gets Maria the conversation that waited for a person', async () => {
    const t = await start();
    const { row } = await visitorAt(t, '3');
    expect((await t.api('POST', '/api/me/presence', { presence: 'online' })).status).toBe(200);
    expect(await detail(t, row.id)).toMatchObject({
      handledBy: 'human',
      assignee: { id: 'maria', name: 'Maria' },
      waitingForHuman: false,
    });
    const me = (
      await t.api<{ operator: unknown; teams: Array<{ operators: unknown[] }> }>('GET', '/api/me')
    ).body;
    expect(me.operator).toMatchObject({ id: 'maria', role: 'admin', presence: 'online' });
    expect(me.teams[0]?.operators).toMatchObject([{ id: 'maria', workload: 1 }]);
  });

  it('IN2: bad requests are refused with a message that says what to fix', async () => {
    const t = await start();
    const { row } = await visitorAt(t, '1');
    const empty = await t.api<{ error: { message: string } }>(
      'POST',
      `/api/conversations/${row.id}/reply`,
      { text: '  ' },
    );
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/reply.*empty/i);
    expect((await t.api('GET', '/api/conversations/conv_nope')).status).toBe(404);
    expect((await t.api('GET', '/api/conversations?view=everything')).status).toBe(400);
    const noJson = await fetch(`${t.url}/console/api/conversations/${row.id}/solve`, {
      method: 'POST',
      body: 'x',
    });
    expect(noJson.status).toBe(415);
    expect(((await noJson.json()) as { error: { message: string } }).error.message).toMatch(
      /content-type: application\/json/,
    );
    const foreign = await fetch(`${t.url}/console/api/conversations/${row.id}/solve`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/json',
        'x-parley-csrf': '1',
      },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    expect((await detail(t, row.id)).status).toBe('open');
  });
});
