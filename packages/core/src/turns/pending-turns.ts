import type { DeskRuntime } from '../desk/runtime.js';
import type { KeyValue } from '../store/store.js';
import type { StoreWrite } from '../store/store-write.js';
import { recordCacheOf } from './record-cache.js';
import { writeAll } from './write-all.js';

/**
 * The record that makes a turn durable: written before the inbound message is stored
 * and deleted when its turn has run. A record still there after a crash is a turn that
 * never finished; `recoverTurns` runs it (on start, from the sweep job, or when the
 * channel redelivers the message).
 *
 * It lives in the store's key-value space, so every store that passes the conformance
 * suite makes turns durable without a schema of its own; the key orders records by
 * conversation, and the conversation lock serialises writers.
 */
export interface PendingTurn {
  tenantId: string;
  conversationId: string;
  channelId: string;
  messageId: string;
  /** The flags the conversation stage computed when the message was accepted. */
  isNew: boolean;
  needsRoute: boolean;
  awaitingSurvey: boolean;
  /** When it was accepted (ms since epoch): the sweep recovers only stale records. */
  at: number;
  /** Runs that threw so far; the record is dropped after `MAX_TURN_ATTEMPTS`. */
  attempts?: number;
}

/** How often a turn that throws is run before it is left to operators (in the inbox). */
export const MAX_TURN_ATTEMPTS = 3;

export const PENDING_TURNS_NAMESPACE = 'parley.turns';

const spaces = new WeakMap<DeskRuntime, KeyValue>();

/** The key-value space of pending turns, made once per desk. */
export function pendingSpace(rt: DeskRuntime): KeyValue {
  let space = spaces.get(rt);
  if (!space) {
    space = rt.store.kv(PENDING_TURNS_NAMESPACE);
    spaces.set(rt, space);
  }
  return space;
}

/** Tenant ids cannot hold "/" (see idSchema), nor can generated conversation ids. */
export function conversationPrefix(tenantId: string, conversationId: string): string {
  return [tenantId, conversationId, ''].join('/');
}

export function pendingKey(turn: Pick<PendingTurn, 'tenantId' | 'conversationId' | 'messageId'>) {
  return [turn.tenantId, turn.conversationId, turn.messageId].join('/');
}

/** The write that records a pending turn (batched with its message). */
export function pendingWrite(turn: PendingTurn): StoreWrite {
  return { kind: 'kv-set', namespace: PENDING_TURNS_NAMESPACE, key: pendingKey(turn), value: turn };
}

/**
 * Deletes the records of turns that have run. With `scope` (the conversation key the turn
 * holds), the writes the turn held back travel in the same batch: a turn's reply record
 * and its end cost one round trip.
 */
export async function clearPending(
  rt: DeskRuntime,
  turns: readonly PendingTurn[],
  scope?: string,
): Promise<void> {
  await endWrites(
    rt,
    turns.map((turn) => ({
      kind: 'kv-delete',
      namespace: PENDING_TURNS_NAMESPACE,
      key: pendingKey(turn),
    })),
    scope,
  );
}

function endWrites(rt: DeskRuntime, writes: StoreWrite[], scope: string | undefined) {
  const cache = recordCacheOf(rt.store);
  return cache && scope !== undefined ? cache.flush(scope, writes) : writeAll(rt, writes);
}

/**
 * A turn that threw stays pending for the recovery to run again (the outbox keeps a
 * re-run from repeating what was sent), counting the attempt; after `MAX_TURN_ATTEMPTS`
 * it is dropped, so a turn that always throws does not run forever. Returns how many
 * records were dropped.
 */
export async function retryPending(
  rt: DeskRuntime,
  turns: readonly PendingTurn[],
  scope?: string,
): Promise<number> {
  const writes: StoreWrite[] = [];
  let dropped = 0;
  for (const turn of turns) {
    const attempts = (turn.attempts ?? 0) + 1;
    if (attempts >= MAX_TURN_ATTEMPTS) {
      dropped++;
      writes.push({ kind: 'kv-delete', namespace: PENDING_TURNS_NAMESPACE, key: pendingKey(turn) });
    } else writes.push(pendingWrite({ ...turn, attempts }));
  }
  await endWrites(rt, writes, scope);
  return dropped;
}

/** The unfinished turns of one conversation, oldest message first (ids sort by time). */
export async function pendingOf(
  rt: DeskRuntime,
  tenantId: string,
  conversationId: string,
): Promise<PendingTurn[]> {
  const rows = await pendingSpace(rt).list<PendingTurn>(
    conversationPrefix(tenantId, conversationId),
  );
  return rows.map((r) => r.value);
}

/** Every unfinished turn, by conversation. */
export async function allPending(rt: DeskRuntime): Promise<PendingTurn[][]> {
  const rows = await pendingSpace(rt).list<PendingTurn>('');
  const byConversation = new Map<string, PendingTurn[]>();
  for (const { value } of rows) {
    const key = conversationPrefix(value.tenantId, value.conversationId);
    let list = byConversation.get(key);
    if (!list) byConversation.set(key, (list = []));
    list.push(value);
  }
  return [...byConversation.values()];
}
