import { createMemoryStore } from '@parley/core';
import { createFakeClock, createTestDesk } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { createConsole } from '../src/index.js';

/** Two desks on one store: two processes of the same deployment. */
async function twoProcesses() {
  const store = createMemoryStore({ clock: createFakeClock() });
  const make = () =>
    createTestDesk({
      store,
      route: { team: 'support' },
      teams: [
        {
          id: 'support',
          name: 'Support',
          operators: [{ id: 'maria', name: 'Maria', presence: 'away' }],
        },
      ],
    });
  const a = await make();
  const b = await make();
  const authenticate = () => ({
    id: 'maria',
    name: 'Maria',
    tenantId: 'default',
    role: 'operator' as const,
  });
  const consoleA = createConsole({ desk: a.desk, authenticate, presenceSyncMs: 1_000 });
  const consoleB = createConsole({ desk: b.desk, authenticate, presenceSyncMs: 1_000 });
  return {
    a,
    b,
    async close() {
      consoleA.close();
      consoleB.close();
      await a.desk.stop();
      await b.desk.stop();
    },
  };
}

describe('presence across processes', () => {
  it('RT7: an operator going online on one process is assigned waiting conversations on another', async () => {
    const { a, b, close } = await twoProcesses();
    try {
      // A customer's conversation waits in B's queue: nobody is online.
      await b.customer('5511999990000').send('hello, anyone?');
      const [waiting] = (await b.desk.inbox.list({})).items;
      expect(waiting!.conversation.assigneeId).toBeUndefined();

      // Maria signs in on process A.
      await a.desk.teams.setPresence('maria', 'online');
      expect((await b.desk.teams.operators('support'))[0]!.presence).toBe('away');
      await b.clock.advance(1_000);
      await b.desk.idle();

      expect((await b.desk.teams.operators('support'))[0]!.presence).toBe('online');
      const [assigned] = (await b.desk.inbox.list({})).items;
      expect(assigned!.conversation.assigneeId).toBe('maria');

      // Away on B reaches A the same way; A's own older value does not flip it back.
      await b.desk.teams.setPresence('maria', 'away');
      await a.clock.advance(1_000);
      expect((await a.desk.teams.operators('support'))[0]!.presence).toBe('away');
      await b.clock.advance(1_000);
      expect((await b.desk.teams.operators('support'))[0]!.presence).toBe('away');
      expect(a.errors).toEqual([]);
      expect(b.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('RT7: presenceSyncMs 0 keeps presence to this process', async () => {
    const store = createMemoryStore({ clock: createFakeClock() });
    const t = await createTestDesk({ store });
    const c = createConsole({
      desk: t.desk,
      authenticate: () => undefined,
      presenceSyncMs: 0,
    });
    await t.desk.teams.addOperator('support', { id: 'rui', presence: 'away' });
    await t.desk.teams.setPresence('rui', 'online');
    expect(await t.desk.store.kv('console-presence').list('')).toEqual([]);
    c.close();
    await t.desk.stop();
  });
});
