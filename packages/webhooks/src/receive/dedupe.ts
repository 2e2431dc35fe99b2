import { type Clock, type Store, systemClock } from '@parley/core';

/**
 * Remembers webhook ids so an event is handled once. `claim` answers true the first
 * time it sees an id; `release` forgets it again (called when the handler failed, so
 * the sender's retry is handled).
 */
export interface Dedupe {
  claim(id: string): boolean | Promise<boolean>;
  release?(id: string): void | Promise<void>;
}

/** How long an id is remembered by default: past the 5-minute timestamp tolerance, twice. */
export const DEFAULT_DEDUPE_TTL_MS = 10 * 60_000;

/**
 * Ids kept in this process's memory for `ttlMs`; at most `maxEntries` (oldest dropped
 * first). Enough for one process; several processes share `storeDedupe`.
 */
export function memoryDedupe(
  options: { ttlMs?: number; maxEntries?: number; clock?: Clock } = {},
): Dedupe {
  const ttl = options.ttlMs ?? DEFAULT_DEDUPE_TTL_MS;
  const max = options.maxEntries ?? 100_000;
  const clock = options.clock ?? systemClock;
  // Insertion order is expiry order, since every entry lives for the same ttl.
  const seen = new Map<string, number>();
  return {
    claim(id) {
      const now = clock.now().getTime();
      for (const [key, until] of seen) {
        if (until > now && seen.size <= max) break;
        seen.delete(key);
      }
      if (seen.has(id)) return false;
      seen.set(id, now + ttl);
      return true;
    },
    release(id) {
      seen.delete(id);
    },
  };
}

/**
 * Ids claimed in a Parley store (`store.claim`), shared by every process using it. A
 * store claim cannot be released, so an event whose handler failed is answered as a
 * duplicate on retry until `ttlMs` passes; handle failures inside the handler (or pass
 * your own Dedupe with `release`) when that matters.
 */
export function storeDedupe(
  store: Pick<Store, 'claim'>,
  options: { ttlMs?: number; prefix?: string } = {},
): Dedupe {
  const ttl = options.ttlMs ?? DEFAULT_DEDUPE_TTL_MS;
  const prefix = options.prefix ?? 'webhooks:received:';
  return { claim: (id) => store.claim(prefix + id, ttl) };
}
