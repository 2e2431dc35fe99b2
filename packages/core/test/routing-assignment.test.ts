import { describe, expect, it } from 'vitest';
import type { TeamOptions } from '../src/teams/team-schema.js';
import { createTestDesk } from '../src/testing/index.js';
import { conversationOf } from './routing-helpers.js';

async function teamDesk(team: TeamOptions) {
  const t = await createTestDesk({ route: { team: team.id }, teams: [team] });
  const assigned: Array<[string, string]> = [];
  t.desk.on('conversation.assigned', (e) => {
    if (e.operatorId) assigned.push([e.conversation.contactAddress, e.operatorId]);
  });
  const write = async (...addresses: string[]) => {
    for (const a of addresses) await t.customer(a).send('hi');
  };
  const loads = async () =>
    Object.fromEntries((await t.desk.teams.operators(team.id)).map((o) => [o.id, o.workload]));
  return { ...t, assigned, write, loads };
}

describe('RT7: auto-assignment', () => {
  it('RT7: least-busy respects caps, queues the rest, and drains oldest first as operators free up or come online', async () => {
    const t = await teamDesk({
      id: 'sales',
      policy: 'least-busy',
      operators: [
        { id: 'ana', maxConcurrent: 2 },
        { id: 'bruno', maxConcurrent: 1 },
        { id: 'carla', maxConcurrent: 2, presence: 'offline' },
      ],
    });
    const queued: string[] = [];
    t.desk.on('conversation.queued', (e) => {
      queued.push(e.conversation.contactAddress);
    });
    await t.write('c1', 'c2', 'c3', 'c4', 'c5');
    expect(t.assigned).toEqual([
      ['c1', 'ana'],
      ['c2', 'bruno'],
      ['c3', 'ana'],
    ]);
    expect(queued).toEqual(['c4', 'c5']);
    expect((await t.desk.teams.queue('sales')).map((c) => c.contactAddress)).toEqual(['c4', 'c5']);
    expect(await t.loads()).toEqual({ ana: 2, bruno: 1, carla: 0 });

    await t.desk.inbox.solve((await conversationOf(t, 'c2')).id);
    expect(t.assigned.at(-1)).toEqual(['c4', 'bruno']);
    await t.desk.teams.setPresence('carla', 'online');
    expect(t.assigned.at(-1)).toEqual(['c5', 'carla']);
    expect(await t.desk.teams.queue('sales')).toEqual([]);

    await t.write('c6'); // ana and bruno are full; carla has one seat left
    expect(t.assigned.at(-1)).toEqual(['c6', 'carla']);
    await t.write('c7');
    expect((await t.desk.teams.queue('sales')).map((c) => c.contactAddress)).toEqual(['c7']);
    expect(await t.loads()).toEqual({ ana: 2, bruno: 1, carla: 2 });
    const row = (await t.desk.inbox.list({ teamId: 'sales', handler: 'queue' })).items[0]!;
    expect(row.waitingForHuman).toBe(true);
    expect(t.errors).toEqual([]);
  });

  it('RT7: least-busy breaks ties by round robin; an operator with fewer conversations goes first', async () => {
    const t = await teamDesk({ id: 's', operators: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    await t.write('1', '2', '3', '4');
    expect(t.assigned.map(([, op]) => op)).toEqual(['a', 'b', 'c', 'a']);
    await t.desk.inbox.solve((await conversationOf(t, '2')).id);
    await t.write('5'); // b has one conversation fewer than a and c
    expect(t.assigned.at(-1)).toEqual(['5', 'b']);
  });

  it('RT7: round robin takes turns, skips operators who are away or full', async () => {
    const t = await teamDesk({
      id: 's',
      policy: 'round-robin',
      operators: [
        { id: 'a', maxConcurrent: 10 },
        { id: 'b', maxConcurrent: 1 },
        { id: 'c', maxConcurrent: 10 },
      ],
    });
    await t.write('1', '2', '3', '4', '5');
    expect(t.assigned.map(([, op]) => op)).toEqual(['a', 'b', 'c', 'a', 'c']);
    await t.desk.teams.setPresence('c', 'away');
    await t.write('6', '7');
    expect(t.assigned.slice(5).map(([, op]) => op)).toEqual(['a', 'a']);
  });

  it('RT7: operators added and removed at runtime; a removed operator’s conversations go back to the team', async () => {
    const t = await teamDesk({ id: 'support-2', operators: [] });
    await t.write('c1', 'c2');
    expect(t.assigned).toEqual([]);
    await t.desk.teams.addOperator('support-2', { id: 'dani', maxConcurrent: 1 });
    expect(t.assigned).toEqual([['c1', 'dani']]);
    await t.desk.teams.addOperator('support-2', { id: 'edu', maxConcurrent: 5 });
    expect(t.assigned).toEqual([
      ['c1', 'dani'],
      ['c2', 'edu'],
    ]);
    await t.desk.teams.removeOperator('support-2', 'dani');
    expect(t.assigned.at(-1)).toEqual(['c1', 'edu']);
    expect((await t.desk.teams.operators('support-2')).map((o) => o.id)).toEqual(['edu']);
    await expect(t.desk.teams.setPresence('dani', 'online')).rejects.toThrow(/No operator "dani"/);
  });

  it('RT7: a conversation an operator takes by hand leaves the queue', async () => {
    const t = await teamDesk({ id: 's', operators: [{ id: 'a', presence: 'offline' }] });
    await t.write('c1', 'c2');
    await t.desk.inbox.takeOver((await conversationOf(t, 'c1')).id, { operatorId: 'a' });
    expect((await t.desk.teams.queue('s')).map((c) => c.contactAddress)).toEqual(['c2']);
    await t.desk.teams.setPresence('a', 'online');
    expect(t.assigned).toEqual([['c2', 'a']]);
  });

  it('RT7: an assistant handoff goes to its backup team and is assigned there', async () => {
    const t = await createTestDesk({
      script: [
        { type: 'handoff', reason: 'customer asked for a human', message: 'Transferring you.' },
      ],
      teams: [
        {
          id: 'support',
          operators: [{ id: 'op-1' }],
          outOfHoursMessage: 'closed',
          hours: { timeZone: 'UTC', weekly: { mon: ['00:00-24:00'] } },
        },
      ],
    });
    await t.customer('c').send('I want a human');
    expect(await conversationOf(t, 'c')).toMatchObject({
      handler: 'operator',
      teamId: 'support',
      assigneeId: 'op-1',
    });
    expect(t.customer('c').texts()).toEqual(['Transferring you.']);
  });
});
