import { parseOrThrow, silentLogger, systemClock } from '@parley/core';
import pg from 'pg';
import { z } from 'zod';
import { pgDatabase } from './db/pg-database.js';
import { advisoryExclusive } from './lock/advisory-lock.js';
import { openStore, type PostgresStore } from './store/postgres-store.js';
import { commonStoreOptions } from './store/store-options.js';

const optionsSchema = z
  .object({
    /** A `pg` Pool you own; the store never ends it. */
    pool: z
      .custom<pg.Pool>(
        (v) => v instanceof pg.Pool || (typeof v === 'object' && v !== null && 'query' in v),
        'expected a pg Pool (new pg.Pool({ connectionString }))',
      )
      .optional(),
    /** `postgres://user@host:5432/db`: the store makes (and closes) its own pool. */
    connectionString: z.string().min(1).optional(),
    /** Pool size when the store makes the pool (default 10). */
    poolSize: z.number().int().min(2).max(500).default(10),
    /**
     * Longest wait for a conversation lock held by another process before the turn
     * fails with TIMEOUT (default 60 s).
     */
    lockTimeoutMs: z.number().int().positive().default(60_000),
    /**
     * Send the store's recurring statements as named prepared statements, parsed and
     * planned once per connection (default true). Turn off behind a connection pooler
     * that cannot keep them (PgBouncer in transaction mode before 1.21).
     */
    preparedStatements: z.boolean().default(true),
    ...commonStoreOptions,
  })
  .refine((o) => (o.pool === undefined) !== (o.connectionString === undefined), {
    message: 'pass exactly one of `pool` and `connectionString`',
  });

export type PostgresStoreOptions = z.input<typeof optionsSchema>;

/**
 * A durable store on a Postgres server, shared by any number of processes. Runs the
 * migrations on open (safe when several processes start at once).
 *
 * ```ts
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL });
 * const desk = createDesk({ store, scheduler: createPostgresScheduler({ store }) });
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const o = parseOrThrow(optionsSchema, options, 'createPostgresStore options');
  const clock = o.clock ?? systemClock;
  const logger = o.logger ?? silentLogger;
  const ownsPool = o.pool === undefined;
  const pool = o.pool ?? new pg.Pool({ connectionString: o.connectionString, max: o.poolSize });
  if (ownsPool) {
    pool.on('error', (error) =>
      logger.warn('parley: idle Postgres connection failed', { error: error.message }),
    );
  }
  const db = pgDatabase(pool, { ownsPool, logger, preparedStatements: o.preparedStatements });
  const exclusive = advisoryExclusive(db, o.schema, {
    timeoutMs: o.lockTimeoutMs,
    clock,
    logger,
  });
  try {
    return await openStore(db, exclusive, { schema: o.schema, clock, logger, search: o.search });
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
