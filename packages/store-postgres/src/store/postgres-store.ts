import type {
  Clock,
  DataStore,
  ExclusiveOptions,
  InboxIndex,
  InboxQuery,
  Logger,
} from '@parley/core';
import type { Database } from '../db/database.js';
import { type Tables, tablesOf } from '../db/names.js';
import type { ExclusiveRunner } from '../lock/advisory-lock.js';
import { migrate, type SearchIndexMode } from '../migrations/migrate.js';
import { listInbox } from './inbox-sql.js';
import { sqlStore } from './sql-store.js';

type FullStore = DataStore & InboxIndex;

/**
 * A `Store` on Postgres (a server through `pg`, or PGlite embedded), with every
 * optional capability: inbox index, usage ledger, export scans, cross-process locks.
 */
export interface PostgresStore extends FullStore {
  /** The query interface under the store; the scheduler, leases and fan-out share it. */
  readonly database: Database;
  /** The Postgres schema holding Parley's tables. */
  readonly schema: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** True when inbox search is served by pg_trgm indexes (false: rows are filtered). */
  readonly searchIndexed: boolean;
  /** Per-key lock across every process sharing the database (PGlite: this process). */
  runExclusive<T>(key: string, fn: () => Promise<T>, options?: ExclusiveOptions): Promise<T>;
  /**
   * The query plan of an inbox query (`EXPLAIN`), to check that filters and search
   * are served by indexes on your data. Each statement the query runs is shown under a
   * `-- label` line.
   */
  explainInbox(
    tenantId: string,
    query?: InboxQuery,
    options?: { analyze?: boolean },
  ): Promise<string>;
  /** Releases dedicated connections, and the pool or PGlite instance when the store made it. */
  close(): Promise<void>;
}

export interface OpenOptions {
  schema: string;
  clock: Clock;
  logger: Logger;
  search: SearchIndexMode;
}

/** @internal Tables of a store; the scheduler, leases and fan-out address the same ones. */
export function tablesOfStore(store: PostgresStore): Tables {
  return tablesOf(store.schema);
}

/** Runs migrations, then assembles the store over `db`. */
export async function openStore(
  db: Database,
  exclusive: ExclusiveRunner,
  options: OpenOptions,
): Promise<PostgresStore> {
  const t = tablesOf(options.schema);
  const { trigram } = await migrate(db, t, options);
  return {
    // One combined statement of each kind in flight: those arriving meanwhile go together
    // in the next. On a server, two in flight (the earlier setting) answered as many turns
    // a second while the desk and the server each spent more CPU per turn (more, smaller
    // statements); once the desk process is busy, CPU per turn is what bounds it. PGlite
    // runs one statement at a time anyway.
    ...sqlStore(db, t, options.clock, exclusive, { combinedInFlight: 1 }),
    database: db,
    schema: options.schema,
    clock: options.clock,
    logger: options.logger,
    searchIndexed: trigram,
    async explainInbox(tenantId, query = {}, explain = {}) {
      const statements: Array<{ label: string; text: string; params: unknown[] }> = [];
      await listInbox(db, t, tenantId, query, (label, sql) => statements.push({ label, ...sql }));
      const prefix = `EXPLAIN ${explain.analyze ? '(ANALYZE, BUFFERS) ' : ''}`;
      const out: string[] = [];
      for (const { label, text, params } of statements) {
        const { rows } = await db.query<{ 'QUERY PLAN': string }>(prefix + text, params);
        out.push(`-- ${label}`, ...rows.map((r) => r['QUERY PLAN']));
      }
      return out.join('\n');
    },
    async close() {
      await exclusive.close();
      await db.close();
    },
  };
}
