import { ParleyError, silentLogger } from '@parley/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUrl } from '../../test/support/databases.js';
import { targets } from '../../test/support/targets.js';
import { tablesOf } from '../db/names.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations.js';

const all = migrations.map((m) => m.version);

for (const target of targets()) {
  describe(`migrations on ${target.name}`, () => {
    beforeAll(() => target.setup());
    afterAll(() => target.teardown());

    it('apply each version once, record it, and refuse a schema from a newer package', async () => {
      const store = await target.open({});
      const t = tablesOf(store.schema);
      const options = { search: 'auto' as const, logger: silentLogger };
      const again = await migrate(store.database, t, options);
      expect(again).toEqual({ applied: [], trigram: true });
      const { rows } = await store.database.query<{ version: number }>(
        `SELECT version FROM ${t.migrations} ORDER BY version`,
      );
      expect(rows.map((r) => r.version)).toEqual(all);
      await store.database.query(`INSERT INTO ${t.migrations} (version, name) VALUES (999, 'x')`);
      const error = await migrate(store.database, t, options).catch((e) => e);
      expect(ParleyError.hasCode(error, 'STORE_FAILED')).toBe(true);
      expect(String(error)).toMatch(/newer than this @parley\/store-postgres knows/);
    });

    it.runIf(target.server)(
      'PL3: processes opening one schema at once migrate it exactly once',
      async () => {
        const schema = target.schema('race');
        const opened = await Promise.all([1, 2, 3, 4].map(() => target.open({ schema })));
        const { rows } = await opened[0]!.database.query<{ version: number }>(
          `SELECT version FROM ${tablesOf(schema).migrations} ORDER BY version`,
        );
        expect(rows.map((r) => r.version)).toEqual(all);
      },
    );

    it.runIf(target.server)(
      "PL3: a process opening the schema while another's turn writes messages then contacts neither waits for it nor deadlocks",
      async () => {
        const schema = target.schema('rolling');
        const first = await target.open({ schema });
        const t = tablesOf(schema);
        // Another process's turn, caught between its two writes: messages locked first.
        const turn = new pg.Client({ connectionString: postgresUrl });
        await turn.connect();
        try {
          await turn.query('BEGIN');
          await turn.query(
            `INSERT INTO ${t.messages} (tenant_id, id, conversation_id, channel_id, created_at, search_text, doc)
             VALUES ('t', 'm1', 'v1', 'wa', now(), '', '{}')`,
          );
          // Opening waited on the share lock of messages and then held contacts' against
          // the turn's next write: the server broke the cycle by failing one of them.
          const opening = target.open({ schema });
          const outcome = await Promise.race([
            opening.then(() => 'opened'),
            new Promise((r) => setTimeout(() => r('still waiting'), 3_000)),
          ]);
          expect(outcome).toBe('opened');
          await turn.query(
            `INSERT INTO ${t.contacts} (tenant_id, id, search_text, doc) VALUES ('t', 'c1', '', '{}')`,
          );
          await turn.query('COMMIT');
          await opening;
        } finally {
          await turn.end();
        }
        expect(first.searchIndexed).toBe(true);
      },
    );
  });
}
