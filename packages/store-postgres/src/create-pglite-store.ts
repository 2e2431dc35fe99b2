import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { parseOrThrow, silentLogger, systemClock } from '@parley/core';
import { z } from 'zod';
import { pgliteDatabase } from './db/pglite-database.js';
import { localExclusive } from './lock/advisory-lock.js';
import { openStore, type PostgresStore } from './store/postgres-store.js';
import { commonStoreOptions } from './store/store-options.js';

const optionsSchema = z
  .object({
    /**
     * Directory of the database files (created when missing). Without it (and without
     * `pglite`) the database lives in memory and is gone when the process ends.
     */
    dataDir: z.string().min(1).optional(),
    /** A PGlite instance you made (load the pg_trgm extension for indexed search). */
    pglite: z
      .custom<PGlite>(
        (v) => typeof v === 'object' && v !== null && typeof (v as PGlite).query === 'function',
        'expected a PGlite instance',
      )
      .optional(),
    ...commonStoreOptions,
  })
  .refine((o) => o.dataDir === undefined || o.pglite === undefined, {
    message: 'pass `dataDir` or `pglite`, not both',
  });

export type PgliteStoreOptions = z.input<typeof optionsSchema>;

/**
 * The embedded durable store: Postgres compiled to WebAssembly, in this process, with
 * its files in `dataDir`. Same tables and SQL as the server store; one process at a
 * time opens a data directory.
 *
 * ```ts
 * const store = await createPgliteStore({ dataDir: './parley-data' });
 * ```
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<PostgresStore> {
  const o = parseOrThrow(optionsSchema, options, 'createPgliteStore options');
  const clock = o.clock ?? systemClock;
  const logger = o.logger ?? silentLogger;
  const ownsDb = o.pglite === undefined;
  const pglite =
    o.pglite ??
    (await PGlite.create({
      ...(o.dataDir !== undefined && { dataDir: o.dataDir }),
      extensions: { pg_trgm },
    }));
  const db = pgliteDatabase(pglite, { ownsDb });
  try {
    const store = await openStore(db, localExclusive(), {
      schema: o.schema,
      clock,
      logger,
      search: o.search,
    });
    // Statistics for data a previous run left (PGlite has no autovacuum; see pgliteDatabase).
    await db.exec('ANALYZE');
    return store;
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
