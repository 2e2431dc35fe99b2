import { type Clock, type Logger, ParleyError, sleep } from '@parley/core';
import type { Database, DatabaseSession } from '../db/database.js';
import { hash64 } from '../db/names.js';
import { KeyedMutex } from './keyed-mutex.js';

export interface ExclusiveRunner {
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface AdvisoryLockOptions {
  /** Give up waiting for a lock after this long (ParleyError TIMEOUT). */
  timeoutMs: number;
  clock: Clock;
  logger: Logger;
}

/** In-process only: enough when one process owns the data (PGlite). */
export function localExclusive(): ExclusiveRunner {
  const mutex = new KeyedMutex();
  return { run: (key, fn) => mutex.run(key, fn), close: async () => {} };
}

/**
 * Per-key mutual exclusion across processes with Postgres session advisory locks,
 * taken on one dedicated connection (so a lock never holds a pool slot the work inside
 * it needs). The in-process mutex in front keeps two holders in this process apart,
 * since advisory locks are re-entrant per connection. A lock that is taken elsewhere is
 * retried with back-off on the clock: cross-process contention is rare by design —
 * each channel is owned by one process (see channel leases).
 */
export function advisoryExclusive(
  db: Database,
  namespace: string,
  options: AdvisoryLockOptions,
): ExclusiveRunner {
  const mutex = new KeyedMutex();
  let session: Promise<DatabaseSession> | undefined;
  let generation = 0;

  function connection(): Promise<DatabaseSession> {
    if (!session) {
      const mine = ++generation;
      session = db.session().then((s) => {
        s.onLost((error) => {
          if (generation === mine) session = undefined;
          options.logger.error(
            'parley: lock connection lost; locks it held are released by the server',
            { error: error.message },
          );
        });
        return s;
      });
      session.catch(() => {
        if (generation === mine) session = undefined;
      });
    }
    return session;
  }

  async function acquire(s: DatabaseSession, lockKey: string, key: string): Promise<void> {
    const started = options.clock.now().getTime();
    let delay = 5;
    for (;;) {
      const { rows } = await s.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_lock($1::int8) AS ok',
        [lockKey],
      );
      if (rows[0]?.ok) return;
      if (options.clock.now().getTime() - started >= options.timeoutMs) {
        throw new ParleyError(
          'TIMEOUT',
          `Waited ${options.timeoutMs} ms for the lock on "${key.split(String.fromCharCode(0)).join('/')}" held by another process; raise \`lockTimeoutMs\` if turns run that long.`,
        );
      }
      await sleep(options.clock, delay);
      delay = Math.min(delay * 2, 100);
    }
  }

  return {
    run(key, fn) {
      return mutex.run(key, async () => {
        const lockKey = hash64(`${namespace}\u0000${key}`);
        const s = await connection();
        await acquire(s, lockKey, key);
        try {
          return await fn();
        } finally {
          await s.query('SELECT pg_advisory_unlock($1::int8)', [lockKey]).catch(() => {});
        }
      });
    },
    async close() {
      const s = await session?.catch(() => undefined);
      session = undefined;
      await s?.close();
    },
  };
}
