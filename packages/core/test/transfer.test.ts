import { describe, expect, it } from 'vitest';
import { createTestDesk } from '../src/testing/index.js';
import { conversationOf } from './routing-helpers.js';

const teams = [
  {
    id: 'support',
    operators: [
      { id: 'maria', presence: 'online' as const },
      { id: 'joao', presence: 'online' as const },
    ],
  },
  { id: 'sales', operators: [{ id: 'rita', presence: 'online' as const }] },
];

describe('IN2: transfer and reopen', () => {
  it('IN2: an operator transfers to another operator, who then holds it; the assistant is stopped', async () => {
    const t = await createTestDesk({ teams });
    await t.customer('c').send('hi');
    const conv = await conversationOf(t, 'c');
    await t.desk.inbox.takeOver(conv.id, { operatorId: 'maria' });
    const moved = await t.desk.inbox.transfer(conv.id, { operatorId: 'joao' }, { by: 'maria' });
    expect(moved).toMatchObject({ handler: 'operator', assigneeId: 'joao', teamId: 'support' });
    await t.customer('c').send('still there?');
    expect(t.assistant.calls).toHaveLength(1);
    const list = await t.desk.inbox.list({ assigneeId: 'joao' });
    expect(list.items.map((r) => r.conversation.id)).toEqual([conv.id]);
  });

  it('IN2/RT7: a transfer to a team assigns by the team policy', async () => {
    const t = await createTestDesk({ teams });
    await t.customer('c').send('hi');
    const conv = await conversationOf(t, 'c');
    const moved = await t.desk.inbox.transfer(conv.id, { teamId: 'sales' });
    expect(moved).toMatchObject({ handler: 'operator', assigneeId: 'rita', teamId: 'sales' });
  });

  it('IN2: unknown targets, other tenants and solved conversations are refused', async () => {
    const t = await createTestDesk({
      teams: [...teams, { id: 'elsewhere', tenantId: 'other', operators: [{ id: 'zed' }] }],
      tenants: [{ id: 'other' }],
    });
    await t.customer('c').send('hi');
    const conv = await conversationOf(t, 'c');
    await expect(t.desk.inbox.transfer(conv.id, { operatorId: 'nobody' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.desk.inbox.transfer(conv.id, { teamId: 'elsewhere' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.desk.inbox.transfer(conv.id, { operatorId: 'zed' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await t.desk.inbox.solve(conv.id);
    await expect(t.desk.inbox.transfer(conv.id, { operatorId: 'joao' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('IN2: reopen puts a solved conversation back in the open list with its holder', async () => {
    const t = await createTestDesk({ teams });
    await t.customer('c').send('hi');
    const conv = await conversationOf(t, 'c');
    await t.desk.inbox.takeOver(conv.id, { operatorId: 'maria' });
    await t.desk.inbox.solve(conv.id);
    const reopened: string[] = [];
    t.desk.on('conversation.reopened', (e) => {
      reopened.push(e.conversation.id);
    });
    const open = await t.desk.inbox.reopen(conv.id);
    expect(open).toMatchObject({ status: 'open', handler: 'operator', assigneeId: 'maria' });
    expect(open.solvedAt).toBeUndefined();
    expect(reopened).toEqual([conv.id]);
    expect((await t.desk.inbox.list({ view: 'solved' })).items).toEqual([]);
  });
});
