import type { Clock } from '../clock.js';
import type { KeyValue } from '../store/store.js';
import { KeyedQueue } from '../util/keyed-queue.js';

/** At most `messages` per `perMs`; a send that would wait longer than `maxWaitMs` is refused. */
export interface PaceLimit {
  messages: number;
  perMs: number;
  maxWaitMs: number;
}

/** Where a send's slot fell: `at` (epoch ms); `reserved` false when it was over `maxWaitMs`. */
export interface PaceSlot {
  at: number;
  reserved: boolean;
}

/**
 * The counts behind every limit: message limits per tenant (PL1), the inbound rate
 * per contact and outbound pacing per channel (PL2). One interface so a store with
 * atomic increments can share the counts between processes; `createLimitCounter` keeps
 * them in a `KeyValue`, exact within one process.
 */
export interface LimitCounter {
  /** The count under `key`; 0 when absent or expired. */
  get(key: string): Promise<number>;
  /**
   * Adds `by` under `key` and returns the new count. A count starts a window that ends
   * `ttlMs` after its first add (adds do not extend it); after that it starts again.
   */
  add(key: string, by: number, ttlMs: number): Promise<number>;
  /**
   * Reserves the next send slot under `key`: now, or `perMs` after the send `messages`
   * places before it. Slots never go back in time, so sends keep their order. A slot
   * more than `maxWaitMs` away is not reserved.
   */
  reserve(key: string, limit: PaceLimit): Promise<PaceSlot>;
}

interface Window {
  count: number;
  endsAt: number;
}

export interface LimitCounterOptions {
  /** Where counts live (a desk uses `store.kv('limits')`, so a restart keeps them). */
  kv: KeyValue;
  clock: Clock;
}

/**
 * Counts kept in a key-value space. Work on one key is serialised in this process, so
 * counts are exact here; processes sharing the store may overcount or undercount by
 * the sends they race on (limits stay approximate across processes).
 */
export function createLimitCounter({ kv, clock }: LimitCounterOptions): LimitCounter {
  const queue = new KeyedQueue();
  const live = async (key: string, now: number): Promise<Window | undefined> => {
    const stored = await kv.get<Window>(key);
    return stored && typeof stored.count === 'number' && stored.endsAt > now ? stored : undefined;
  };
  return {
    async get(key) {
      return (await live(key, clock.now().getTime()))?.count ?? 0;
    },
    add(key, by, ttlMs) {
      return queue.run(key, async () => {
        const now = clock.now().getTime();
        const window = (await live(key, now)) ?? { count: 0, endsAt: now + ttlMs };
        window.count += by;
        await kv.set(key, window, { ttlMs: window.endsAt - now });
        return window.count;
      });
    },
    reserve(key, limit) {
      return queue.run(key, async () => {
        const now = clock.now().getTime();
        // The slot times of the last `messages` sends, oldest first.
        const stored = (await kv.get<number[]>(key)) ?? [];
        const slots = Array.isArray(stored) ? stored.slice(-limit.messages) : [];
        const previous = slots.at(-1) ?? now;
        const full = slots.length === limit.messages;
        const at = Math.max(now, previous, full ? slots[0]! + limit.perMs : now);
        if (at - now > limit.maxWaitMs) return { at, reserved: false };
        slots.push(at);
        if (slots.length > limit.messages) slots.shift();
        await kv.set(key, slots, { ttlMs: at - now + limit.perMs });
        return { at, reserved: true };
      });
    },
  };
}
