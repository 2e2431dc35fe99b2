import type { Clock, KeyValue, StoreWrite } from '@parley/core';
import { decodeJson, encodeJson } from '../codec/json-codec.js';
import { escapeKey, prefixPattern, unescapeKey } from '../codec/pg-text.js';
import type { SqlClient } from '../db/database.js';
import type { Tables } from '../db/names.js';
import type { Combiner } from './combiner.js';

/** A key-value namespace in the `kv` table; expired entries are invisible at once. */
export function sqlKeyValue(
  db: SqlClient,
  t: Tables,
  clock: Clock,
  namespace: string,
  combiner?: Combiner<readonly StoreWrite[], void>,
): KeyValue {
  const ns = escapeKey(namespace);
  const live = '(expires_at IS NULL OR expires_at > $3)';
  return {
    async get<T>(key: string) {
      const { rows } = await db.query<{ value: string }>(
        `SELECT value FROM ${t.kv} WHERE namespace = $1 AND key = $2 AND ${live}`,
        [ns, escapeKey(key), clock.now()],
      );
      return rows[0] === undefined ? undefined : decodeJson<T>(rows[0].value);
    },
    async set(key, value, options) {
      if (combiner) {
        const write: StoreWrite = { kind: 'kv-set', namespace, key, value };
        if (options?.ttlMs !== undefined) write.ttlMs = options.ttlMs;
        return combiner.submit([write]);
      }
      const expiresAt =
        options?.ttlMs === undefined ? null : new Date(clock.now().getTime() + options.ttlMs);
      await db.query(
        `INSERT INTO ${t.kv} (namespace, key, value, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (namespace, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
        [ns, escapeKey(key), encodeJson(value), expiresAt],
      );
    },
    async delete(key) {
      if (combiner) return combiner.submit([{ kind: 'kv-delete', namespace, key }]);
      await db.query(`DELETE FROM ${t.kv} WHERE namespace = $1 AND key = $2`, [ns, escapeKey(key)]);
    },
    async list<T>(prefix: string) {
      const { rows } = await db.query<{ key: string; value: string }>(
        `SELECT key, value FROM ${t.kv}
         WHERE namespace = $1 AND key LIKE $2 AND ${live} ORDER BY key`,
        [ns, prefixPattern(escapeKey(prefix)), clock.now()],
      );
      return rows.map((r) => ({ key: unescapeKey(r.key), value: decodeJson<T>(r.value) }));
    },
  };
}
