import { createDesk, type Desk, type MemoryChannel } from '@parley/core';
import { memoryChannel, scriptedAssistant } from '@parley/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresScheduler, type PostgresStore } from '../src/index.js';
import { postgresUrl } from './support/databases.js';
import { serverTarget } from './support/targets.js';

// Two desks in this test process on one Postgres server stand for two processes behind a
// load balancer: a provider that retries at once can hand the same message to both.
describe.skipIf(!postgresUrl)(
  'one message delivered at once to two processes (Postgres server)',
  () => {
    const target = serverTarget();
    const desks: Array<{ desk: Desk; channel: MemoryChannel; store: PostgresStore }> = [];
    let calls = 0;

    beforeAll(async () => {
      await target.setup();
      const schema = target.schema('redeliver');
      for (let i = 0; i < 2; i++) {
        const store = await target.open({ schema });
        const channel = memoryChannel();
        const desk = createDesk({
          store,
          scheduler: createPostgresScheduler({ store, pollIntervalMs: 50 }),
          teams: [{ id: 'support' }],
          assistants: [
            {
              id: 'bot',
              backupTeam: 'support',
              assistant: scriptedAssistant(() => {
                calls++;
                return 'answered';
              }),
            },
          ],
          channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }],
        });
        await desk.start();
        desks.push({ desk, channel, store });
      }
    });
    afterAll(async () => {
      for (const d of desks) await d.desk.stop();
      await target.teardown();
    });

    it('P-13, PL3: three copies to each of two processes at once: one message stored, one answer', async () => {
      const outcomes = await Promise.all(
        desks.flatMap(({ channel }) =>
          [1, 2, 3].map(() =>
            channel.customer('ana').send('oi, tudo bem?', { externalId: 'wamid.X1' }),
          ),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'accepted')).toHaveLength(1);
      expect(calls).toBe(1);
      expect(desks.flatMap(({ channel }) => channel.sent)).toHaveLength(1);
      const conversations = (await desks[0]!.store.listConversations('default', {})).items;
      expect(conversations).toHaveLength(1);
      const stored = await desks[0]!.store.listMessages(
        'default',
        conversations[0]!.conversation.id,
      );
      expect(stored.map((m) => m.direction)).toEqual(['inbound', 'outbound']);
    }, 30_000);
  },
);
