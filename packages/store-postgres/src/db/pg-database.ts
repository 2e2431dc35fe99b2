import type { Logger } from '@parley/core';
import pg from 'pg';
import type { Database, DatabaseSession, QueryResult, SqlClient } from './database.js';
import { StatementNames } from './statement-names.js';

type Queryable = Pick<pg.ClientBase, 'query'>;

function run<R>(
  client: Queryable,
  text: string,
  params?: unknown[],
  names?: StatementNames,
): Promise<QueryResult<R>> {
  // Only parameterised statements: pg sends the rest with the simple protocol.
  const name = params && names?.nameOf(text);
  return client
    .query(name ? { name, text, values: params } : { text, values: params })
    .then((r) => ({ rows: r.rows as R[], rowCount: r.rowCount ?? 0 }));
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

let databases = 0;

/**
 * A `Database` over a `pg` pool. Dedicated connections (locks, LISTEN) are opened with
 * the pool's own connection options, so they never take a slot the queries need.
 */
export function pgDatabase(
  pool: pg.Pool,
  options: { ownsPool: boolean; logger: Logger; preparedStatements?: boolean },
): Database {
  // A name must mean one text on every connection, also when a host's pool is shared by
  // several stores: each database gets its own prefix.
  const names =
    options.preparedStatements === false ? undefined : new StatementNames(`parley${++databases}_`);
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let listener: Promise<DatabaseSession & { client: pg.Client }> | undefined;
  const sessions = new Set<DatabaseSession>();

  async function openSession(): Promise<DatabaseSession & { client: pg.Client }> {
    const client = new pg.Client(pool.options);
    const lost = new Set<(error: Error) => void>();
    let closed = false;
    const fail = (error: Error) => {
      if (closed) return;
      closed = true;
      sessions.delete(session);
      for (const fn of lost) fn(error);
      client.end().catch(() => {});
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('connection ended')));
    await client.connect();
    // One statement at a time: a pg client must not be handed a query while busy.
    let tail: Promise<unknown> = Promise.resolve();
    const serial = <T>(fn: () => Promise<T>): Promise<T> => {
      const result = tail.then(fn, fn);
      tail = result.catch(() => {});
      return result;
    };
    const session = {
      client,
      query: <R>(text: string, params?: unknown[]) =>
        serial(() => run<R>(client, text, params, names)),
      exec: (sql: string) =>
        serial(async () => {
          await client.query(sql);
        }),
      onLost(fn: (error: Error) => void) {
        lost.add(fn);
      },
      async close() {
        if (closed) return;
        closed = true;
        sessions.delete(session);
        await client.end().catch(() => {});
      },
    };
    sessions.add(session);
    return session;
  }

  function listenerSession() {
    if (!listener) {
      listener = openSession().then((session) => {
        session.client.on('notification', (n) => {
          for (const fn of listeners.get(n.channel) ?? []) fn(n.payload ?? '');
        });
        session.onLost((error) => {
          listener = undefined;
          options.logger.warn('parley: LISTEN connection lost; reconnecting', {
            error: error.message,
          });
          if (listeners.size > 0) void relisten();
        });
        return session;
      });
      listener.catch(() => {
        listener = undefined;
      });
    }
    return listener;
  }

  async function relisten(attempt = 1): Promise<void> {
    try {
      const session = await listenerSession();
      for (const channel of listeners.keys()) await session.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (error) {
      if (closing) return;
      const delay = Math.min(100 * 2 ** attempt, 5000);
      options.logger.warn('parley: LISTEN reconnect failed; retrying', {
        error: String(error),
        delayMs: delay,
      });
      setTimeout(() => void relisten(attempt + 1), delay).unref();
    }
  }

  let closing = false;
  return {
    kind: 'pg',
    query: (text, params) => run(pool, text, params, names),
    async exec(sql) {
      // Without parameters pg uses the simple protocol, which takes several statements.
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: SqlClient = {
          query: (text, params) => run(client, text, params, names),
          exec: async (sql) => {
            await client.query(sql);
          },
        };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, fn) {
      let set = listeners.get(channel);
      const first = !set;
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(fn);
      if (first) await (await listenerSession()).query(`LISTEN ${quoteIdent(channel)}`);
      return async () => {
        const current = listeners.get(channel);
        if (!current?.delete(fn) || current.size > 0) return;
        listeners.delete(channel);
        const session = await listener?.catch(() => undefined);
        await session?.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => {});
      };
    },
    session: openSession,
    async close() {
      closing = true;
      listeners.clear();
      await Promise.all([...sessions].map((s) => s.close()));
      if (options.ownsPool) await pool.end();
    },
  };
}
