import type { PGlite } from '@electric-sql/pglite';
import { ParleyError } from '@parley/core';
import type { Database, QueryResult, SqlClient } from './database.js';

type PgliteQueryable = Pick<PGlite, 'query' | 'exec'>;

async function run<R>(
  db: PgliteQueryable,
  text: string,
  params?: unknown[],
): Promise<QueryResult<R>> {
  const r = await db.query<R>(text, params);
  return { rows: r.rows, rowCount: r.affectedRows ?? 0 };
}

/**
 * A `Database` over one PGlite instance. PGlite runs Postgres inside this process
 * with a single connection, so there is no dedicated session to hand out.
 */
export function pgliteDatabase(db: PGlite, options: { ownsDb: boolean }): Database {
  // PGlite has no autovacuum, so nothing refreshes the planner's statistics: on tables it
  // believes tiny it sorts a tenant's messages instead of walking an index (a history
  // read took 70 ms instead of 0.6). ANALYZE after 1k, 2k, 4k… statements (then every
  // 128k) keeps them close to the data as it grows, at a cost that fades.
  let statements = 0;
  let nextAnalyze = 1024;
  const analyzeIfDue = () => {
    if (++statements < nextAnalyze) return;
    nextAnalyze = statements + Math.min(statements, 131_072);
    void db.exec('ANALYZE').catch(() => {});
  };
  return {
    kind: 'pglite',
    query: (text, params) => {
      analyzeIfDue();
      return run(db, text, params);
    },
    async exec(sql) {
      await db.exec(sql);
    },
    transaction(fn) {
      return db.transaction((tx) => {
        const client: SqlClient = {
          query: (text, params) => run(tx, text, params),
          exec: async (sql) => {
            await tx.exec(sql);
          },
        };
        return fn(client);
      });
    },
    async listen(channel, fn) {
      const off = await db.listen(channel, fn);
      return () => off();
    },
    async session() {
      throw new ParleyError(
        'CONFIG_INVALID',
        'PGlite has a single connection and no dedicated sessions; use a Postgres server (createPostgresStore) for cross-process features.',
      );
    },
    async close() {
      if (options.ownsDb && !db.closed) await db.close();
    },
  };
}
