import { type Logger, ParleyError } from '@parley/core';
import type { Database, SqlClient } from '../db/database.js';
import { hash64, type Tables } from '../db/names.js';
import { migrations } from './migrations.js';

/** `auto`: use (and try to create) pg_trgm for search; `off`: never touch extensions. */
export type SearchIndexMode = 'auto' | 'off';

export interface MigrationResult {
  /** Versions applied by this call (empty when the schema was up to date). */
  applied: number[];
  /** True when search is served by pg_trgm indexes. */
  trigram: boolean;
}

// One key for every schema: CREATE SCHEMA and CREATE EXTENSION are database-wide, so two
// processes opening two schemas at once must not race either.
const MIGRATION_LOCK = hash64('parley:store-postgres:migrate');

/**
 * Brings the schema to the newest version inside one transaction holding an advisory
 * lock, so processes that start together apply each migration exactly once. A schema
 * already up to date is opened without locking any of its tables, so a process starting
 * beside others that serve traffic (a rolling deploy) neither waits for their writes nor
 * deadlocks with them.
 */
export async function migrate(
  db: Database,
  t: Tables,
  options: { search: SearchIndexMode; logger: Logger },
): Promise<MigrationResult> {
  const { applied, trigram } = await db.transaction(async (tx) => {
    await tx.exec(
      `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK}::int8);
       CREATE SCHEMA IF NOT EXISTS "${t.schema}";
       CREATE TABLE IF NOT EXISTS ${t.migrations} (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await tx.query<{ version: number }>(`SELECT version FROM ${t.migrations}`);
    const done = new Set(rows.map((r) => Number(r.version)));
    const newest = migrations.at(-1)?.version ?? 0;
    const ahead = [...done].filter((v) => v > newest);
    if (ahead.length > 0) {
      throw new ParleyError(
        'STORE_FAILED',
        `Schema "${t.schema}" has migration ${Math.max(...ahead)}, newer than this @parley/store-postgres knows (${newest}). Upgrade the package in every process that shares the database.`,
      );
    }
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      // One round trip: PGlite pays per statement sent, and DDL is many statements.
      await tx.exec(m.statements(t).join(';\n'));
      await tx.query(`INSERT INTO ${t.migrations} (version, name) VALUES ($1, $2)`, [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    return { applied, trigram: await trigramOperators(tx, options) };
  });
  return { applied, trigram: trigram !== undefined && (await ensureSearchIndexes(db, t, trigram)) };
}

async function trigramSchema(tx: SqlClient): Promise<string | undefined> {
  const { rows } = await tx.query<{ nspname: string }>(
    `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm'`,
  );
  return rows[0]?.nspname;
}

/**
 * Substring search (`LIKE '%needle%'`) is served by pg_trgm GIN indexes when the
 * extension exists or can be created; otherwise search filters the tenant's rows
 * (see docs/scaling.md for the trade-off). Re-checked at every open, so installing
 * the extension later adds the indexes. Resolves with the operator class to index with,
 * or undefined when search filters rows.
 */
async function trigramOperators(
  tx: SqlClient,
  options: { search: SearchIndexMode; logger: Logger },
): Promise<string | undefined> {
  if (options.search === 'off') return undefined;
  let schema = await trigramSchema(tx);
  if (schema === undefined) {
    await tx.query('SAVEPOINT parley_trgm');
    try {
      await tx.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await tx.query('RELEASE SAVEPOINT parley_trgm');
      schema = await trigramSchema(tx);
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT parley_trgm');
      options.logger.warn(
        'parley: pg_trgm is not available; inbox search will filter rows instead of using an index',
        { error: String(error) },
      );
      return undefined;
    }
  }
  return schema === undefined ? undefined : `"${schema}".gin_trgm_ops`;
}

/**
 * Creates the search indexes that are missing, each in a transaction of its own. Only
 * a missing index is created: `CREATE INDEX IF NOT EXISTS` takes a share lock on its
 * table even when the index exists, and taken on contacts then messages inside the
 * migration it deadlocked with another process's turn, whose one statement writes
 * messages then contacts. One table per transaction takes no two locks in any order.
 */
async function ensureSearchIndexes(db: Database, t: Tables, ops: string): Promise<boolean> {
  for (const [name, table] of [
    ['contacts_search', t.contacts],
    ['messages_search', t.messages],
  ] as const) {
    const { rows } = await db.query<{ found: boolean }>(
      'SELECT to_regclass($1) IS NOT NULL AS found',
      [`"${t.schema}".${name}`],
    );
    if (rows[0]?.found) continue;
    await db.transaction((tx) =>
      tx.exec(
        `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK}::int8);
         CREATE INDEX IF NOT EXISTS ${name} ON ${table} USING gin (search_text ${ops})`,
      ),
    );
  }
  return true;
}
