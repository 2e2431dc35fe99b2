import type { LimitCounter } from '@parley/core';
import { escapeKey } from '../codec/pg-text.js';
import { type PostgresStore, tablesOfStore } from '../store/postgres-store.js';

export interface SharedLimitCounterOptions {
  /** The store whose database holds the counts (the `kv` table, its own namespace). */
  store: PostgresStore;
  /** Key-value namespace of the counts (default `parley.limits`). */
  namespace?: string;
}

/**
 * A `LimitCounter` every process on one Postgres database shares, for
 * `createDesk({ limitCounter })`: tenant message quotas (PL1), the inbound rate and
 * outbound pacing (PL2) hold across processes. A count is one atomic UPSERT (the row
 * lock serialises racing adds, the window is the row's expiry); a pacing reservation is
 * one transaction holding the row's lock. Times come from the store's clock.
 */
export function createSharedLimitCounter(options: SharedLimitCounterOptions): LimitCounter {
  const { store } = options;
  const db = store.database;
  const t = tablesOfStore(store);
  const ns = escapeKey(options.namespace ?? 'parley.limits');
  const now = () => store.clock.now();

  return {
    async get(key) {
      const { rows } = await db.query<{ value: string }>(
        `SELECT value FROM ${t.kv} WHERE namespace = $1 AND key = $2 AND expires_at > $3`,
        [ns, escapeKey(key), now()],
      );
      const count = Number(rows[0]?.value ?? 0);
      return Number.isFinite(count) ? count : 0;
    },
    async add(key, by, ttlMs) {
      const at = now();
      // A live row adds to its count and keeps its window; an expired one starts anew.
      const { rows } = await db.query<{ value: string }>(
        `INSERT INTO ${t.kv} AS kv (namespace, key, value, expires_at) VALUES ($1, $2, $3::bigint::text, $5)
         ON CONFLICT (namespace, key) DO UPDATE SET
           value = CASE WHEN kv.expires_at > $4 AND kv.value ~ '^-?[0-9]+$'
                        THEN (kv.value::bigint + $3::bigint)::text ELSE EXCLUDED.value END,
           expires_at = CASE WHEN kv.expires_at > $4 AND kv.value ~ '^-?[0-9]+$'
                        THEN kv.expires_at ELSE EXCLUDED.expires_at END
         RETURNING value`,
        [ns, escapeKey(key), by, at, new Date(at.getTime() + ttlMs)],
      );
      return Number(rows[0]!.value);
    },
    reserve(key, limit) {
      return db.transaction(async (tx) => {
        const at0 = now();
        const k = escapeKey(key);
        // The row exists before it is locked, so racing first reservations queue too.
        await tx.query(
          `INSERT INTO ${t.kv} (namespace, key, value, expires_at) VALUES ($1, $2, '[]', $3)
           ON CONFLICT (namespace, key) DO NOTHING`,
          [ns, k, at0],
        );
        const { rows } = await tx.query<{ value: string; expires_at: Date | string }>(
          `SELECT value, expires_at FROM ${t.kv} WHERE namespace = $1 AND key = $2 FOR UPDATE`,
          [ns, k],
        );
        const nowMs = at0.getTime();
        const row = rows[0]!;
        const live = new Date(row.expires_at).getTime() > nowMs;
        const stored = live ? parseSlots(row.value) : [];
        const slots = stored.slice(-limit.messages);
        const previous = slots.at(-1) ?? nowMs;
        const full = slots.length === limit.messages;
        const at = Math.max(nowMs, previous, full ? slots[0]! + limit.perMs : nowMs);
        if (at - nowMs > limit.maxWaitMs) return { at, reserved: false };
        slots.push(at);
        if (slots.length > limit.messages) slots.shift();
        await tx.query(
          `UPDATE ${t.kv} SET value = $3, expires_at = $4 WHERE namespace = $1 AND key = $2`,
          [ns, k, JSON.stringify(slots), new Date(at + limit.perMs)],
        );
        return { at, reserved: true };
      });
    },
  };
}

function parseSlots(text: string): number[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
  } catch {
    return [];
  }
}
