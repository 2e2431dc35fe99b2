import type { DeskRuntime } from '../desk/runtime.js';
import type { Conversation } from '../model/records.js';
import { timeKey } from '../util/time-key.js';

/**
 * A team's waiting line, kept in the store's key-value space so a durable store keeps
 * it across restarts. Keys sort by the time a conversation started waiting, so
 * `list` is oldest first. Entries can go stale (an operator took the conversation by
 * hand, it was solved); readers check and drop those.
 */
interface Entry {
  conversationId: string;
}

const space = (rt: DeskRuntime, tenantId: string) => rt.store.kv(`routing-queue:${tenantId}`);
const keyOf = (teamId: string, at: Date, conversationId: string) =>
  `${teamId}/${timeKey(at)}/${conversationId}`;

export async function enqueue(rt: DeskRuntime, conv: Conversation, teamId: string): Promise<void> {
  const since = waitingSince(conv) ?? rt.clock.now();
  await space(rt, conv.tenantId).set(keyOf(teamId, since, conv.id), {
    conversationId: conv.id,
  } satisfies Entry);
}

export interface QueueEntry {
  key: string;
  conversationId: string;
}

export async function queueEntries(
  rt: DeskRuntime,
  tenantId: string,
  teamId: string,
): Promise<QueueEntry[]> {
  const rows = await space(rt, tenantId).list<Entry>(`${teamId}/`);
  return rows.map((r) => ({ key: r.key, conversationId: r.value.conversationId }));
}

export async function dequeue(rt: DeskRuntime, tenantId: string, key: string): Promise<void> {
  await space(rt, tenantId).delete(key);
}

/** True while the conversation waits in `teamId`'s queue for an operator. */
export function isWaiting(conv: Conversation | undefined, teamId: string): conv is Conversation {
  return (
    conv !== undefined &&
    conv.status === 'open' &&
    conv.handler === 'queue' &&
    conv.teamId === teamId &&
    conv.assigneeId === undefined
  );
}

export function waitingSince(conv: Conversation): Date | undefined {
  const at = conv.state.queuedAt;
  return typeof at === 'string' ? new Date(at) : undefined;
}
