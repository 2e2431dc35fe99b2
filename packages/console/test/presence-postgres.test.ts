import { randomBytes } from 'node:crypto';
import { createFakeClock, createTestDesk } from '@parley/core/testing';
import { createPostgresStore, type PostgresStore } from '@parley/store-postgres';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { createConsole } from '../src/index.js';

const url = process.env.PARLEY_TEST_POSTGRES_URL || undefined;

describe.skipIf(!url)(
  'presence across processes on Postgres (set PARLEY_TEST_POSTGRES_URL to run)',
  { timeout: 60_000 },
  () => {
    it('RT7: two desks with their own pools on one database share presence; B assigns to the operator who went online on A', async () => {
      const schema = `console_presence_${randomBytes(4).toString('hex')}`;
      const clock = createFakeClock();
      // Two stores, two pools: what two processes of one deployment hold.
      const stores: PostgresStore[] = [];
      const make = async () => {
        const store = await createPostgresStore({ connectionString: url!, schema, clock });
        stores.push(store);
        const t = await createTestDesk({
          store,
          route: { team: 'support' },
          teams: [{ id: 'support', operators: [{ id: 'maria', name: 'Maria', presence: 'away' }] }],
        });
        const c = createConsole({
          desk: t.desk,
          authenticate: () => undefined,
          presenceSyncMs: 1_000,
        });
        return { t, c };
      };
      const a = await make();
      const b = await make();
      try {
        await b.t.customer('5511988887777').send('is anyone there?');
        expect((await b.t.desk.inbox.list({})).items[0]!.conversation.assigneeId).toBeUndefined();
        await a.t.desk.teams.setPresence('maria', 'online');
        // A's write and B's read go over the network: B syncs (its clock) until it sees it.
        await vi.waitFor(
          async () => {
            await b.t.clock.advance(1_000);
            expect((await b.t.desk.teams.operators('support'))[0]!.presence).toBe('online');
          },
          { timeout: 15_000, interval: 50 },
        );
        await b.t.desk.idle();
        expect((await b.t.desk.inbox.list({})).items[0]!.conversation.assigneeId).toBe('maria');
      } finally {
        for (const p of [a, b]) {
          p.c.close();
          await p.t.desk.stop();
        }
        for (const s of stores) await s.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    });
  },
);
