import { type Clock, type ExclusiveOptions, type Logger, ParleyError, sleep } from '@parley/core';
import type { Database, DatabaseSession } from '../db/database.js';
import { hash64 } from '../db/names.js';
import { KeyedMutex } from './keyed-mutex.js';

export interface ExclusiveRunner {
  run<T>(key: string, fn: () => Promise<T>, options?: ExclusiveOptions): Promise<T>;
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
  return {
    run: (key, fn, options) => mutex.run(key, fn, options?.reentrant),
    close: async () => {},
  };
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
  let closed = false;

  function connection(): Promise<DatabaseSession> {
    // A request after close (an unlock still queued) must not open a connection that
    // nobody closes: it would keep the process alive.
    if (closed) return Promise.reject(new Error('the store is closed'));
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

  // Lock and unlock requests of every conversation go over the one lock connection; those
  // that arrive while a statement is out travel together in the next one (in order).
  const ops: Array<{
    key: string;
    lock: boolean;
    done: (ok: boolean) => void;
    fail: (e: unknown) => void;
  }> = [];
  let sending: Promise<void> | undefined;
  function request(lockKey: string, lock: boolean): Promise<boolean> {
    if (lock) {
      // The lock of a holder that just finished, while its release is still queued: work
      // waiting here for the same key (a conversation's next message) takes it over, and
      // neither release nor lock goes to the server. Another process waiting for the key
      // gets it once this process has no more work queued on it; before, it could only
      // slip into the moment between a release and the next lock, which its back-off
      // rarely hit either.
      const queued = ops.findIndex((o) => !o.lock && o.key === lockKey);
      if (queued >= 0) {
        ops.splice(queued, 1)[0]!.done(true);
        return Promise.resolve(true);
      }
    }
    return new Promise((done, fail) => {
      ops.push({ key: lockKey, lock, done, fail });
      sending ??= send();
    });
  }
  async function send(): Promise<void> {
    try {
      // Sent from the next turn of the event loop: a release can then still be handed
      // over, and requests made meanwhile travel in the same statement.
      await new Promise((resolve) => setImmediate(resolve));
      while (ops.length > 0) {
        const batch = ops.splice(0, ops.length);
        try {
          const s = await connection();
          const { rows } = await s.query<{ ok: boolean }>(
            `SELECT CASE WHEN x.lock THEN pg_try_advisory_lock(x.k) ELSE pg_advisory_unlock(x.k) END AS ok
             FROM unnest($1::int8[], $2::bool[]) WITH ORDINALITY AS x(k, lock, n)`,
            [batch.map((o) => o.key), batch.map((o) => o.lock)],
          );
          for (const [i, o] of batch.entries()) o.done(rows[i]?.ok === true);
        } catch (error) {
          for (const o of batch) o.fail(error);
        }
      }
    } finally {
      sending = undefined;
    }
  }

  async function acquire(lockKey: string, key: string): Promise<void> {
    const started = options.clock.now().getTime();
    let delay = 5;
    for (;;) {
      if (await request(lockKey, true)) return;
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
    run(key, fn, options) {
      return mutex.run(
        key,
        async () => {
          const lockKey = hash64(`${namespace}\u0000${key}`);
          await acquire(lockKey, key);
          try {
            return await fn();
          } finally {
            // Not awaited: the next request on this connection, whoever makes it, goes
            // after it; if the connection is lost the server releases the lock anyway.
            void request(lockKey, false).catch(() => {});
          }
        },
        options?.reentrant,
      );
    },
    async close() {
      // Unlocks still queued go out first (the server would release them anyway).
      await sending;
      closed = true;
      const s = await session?.catch(() => undefined);
      session = undefined;
      await s?.close();
    },
  };
}
