import { ParleyError, silentLogger } from '@parley/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  });
}
