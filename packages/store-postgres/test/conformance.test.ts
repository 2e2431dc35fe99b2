import type { PGlite } from '@electric-sql/pglite';
import { storeConformance } from '@parley/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore, createPostgresStore, type PostgresStore } from '../src/index.js';
import {
  dropSchema,
  dropServerSchema,
  openPglite,
  postgresUrl,
  uniqueSchema,
} from './support/databases.js';

describe('PGlite store', () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = await openPglite();
  });
  afterAll(() => pglite.close());

  const cases = storeConformance({
    create: ({ clock }) => createPgliteStore({ pglite, schema: uniqueSchema('conf'), clock }),
    async destroy(store) {
      const pgStore = store as PostgresStore;
      await pgStore.close();
      await dropSchema(pglite, pgStore.schema);
    },
  });
  for (const c of cases) it(c.name, c.run);

  it('the suite is not empty', () => {
    expect(cases.length).toBeGreaterThan(8);
  });
});

describe.runIf(postgresUrl)('Postgres server store', () => {
  for (const c of storeConformance({
    create: ({ clock }) =>
      createPostgresStore({ connectionString: postgresUrl!, schema: uniqueSchema('conf'), clock }),
    async destroy(store) {
      const pgStore = store as PostgresStore;
      await pgStore.close();
      await dropServerSchema(pgStore.schema);
    },
  }))
    it(c.name, c.run);
});
