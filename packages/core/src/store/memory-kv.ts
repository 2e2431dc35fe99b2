import type { Clock } from '../clock.js';
import { cloneData } from './clone.js';
import type { KeyValue } from './store.js';

interface Expiring {
  value: unknown;
  expiresAt?: number;
}

/**
 * The memory store's key-value spaces and claims: values are cloned in and out, and
 * expire on the injected clock.
 */
export function createMemoryKeyValues(clock: Clock): {
  kv(namespace: string): KeyValue;
  claim(key: string, ttlMs: number): Promise<boolean>;
} {
  const kvSpaces = new Map<string, Map<string, Expiring>>();
  const claims = new Map<string, number>();
  const alive = (e: Expiring | undefined) =>
    e !== undefined && (e.expiresAt === undefined || e.expiresAt > clock.now().getTime());

  function kv(namespace: string): KeyValue {
    let space = kvSpaces.get(namespace);
    if (!space) kvSpaces.set(namespace, (space = new Map()));
    const entries = space;
    return {
      async get<T>(key: string) {
        const e = entries.get(key);
        if (!alive(e)) {
          entries.delete(key);
          return undefined;
        }
        return cloneData(e!.value) as T;
      },
      async set(key, value, opts) {
        const expiresAt =
          opts?.ttlMs === undefined ? undefined : clock.now().getTime() + opts.ttlMs;
        entries.set(key, { value: cloneData(value), expiresAt });
      },
      async delete(key) {
        entries.delete(key);
      },
      async list<T>(prefix: string) {
        const out: Array<{ key: string; value: T }> = [];
        for (const [key, e] of entries) {
          if (key.startsWith(prefix) && alive(e)) out.push({ key, value: cloneData(e.value) as T });
        }
        return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      },
    };
  }

  function pruneClaims(now: number) {
    for (const [key, until] of claims) if (until <= now) claims.delete(key);
  }

  return {
    kv,
    async claim(key, ttlMs) {
      const now = clock.now().getTime();
      const until = claims.get(key);
      if (until !== undefined && until > now) return false;
      claims.set(key, now + ttlMs);
      if (claims.size % 1024 === 0) pruneClaims(now);
      return true;
    },
  };
}
