import type { InboundSender } from '../channel/adapter.js';
import type { DeskRuntime } from '../desk/runtime.js';
import type { Message } from '../model/records.js';

/** An inbound message nobody answers (RT10), with who sent it. */
export interface IgnoredMessage {
  message: Message;
  from: InboundSender;
}

/** How long ignored messages are kept for review. */
export const IGNORED_TTL_MS = 30 * 86_400_000;

type Stored = { message: Omit<Message, 'createdAt'> & { createdAt: string }; from: InboundSender };

const space = (rt: DeskRuntime, tenantId: string) => rt.store.kv(`ignored:${tenantId}`);

/**
 * Keeps an ignored message where operators can review it, without opening a
 * conversation: filtered senders must not fill the inbox. Keyed by the channel's
 * message id, so a redelivery overwrites instead of piling up.
 */
export async function recordIgnored(rt: DeskRuntime, entry: IgnoredMessage): Promise<void> {
  const { message } = entry;
  const stored: Stored = {
    message: { ...message, createdAt: message.createdAt.toISOString() },
    from: entry.from,
  };
  await space(rt, message.tenantId).set(`${message.channelId}/${message.externalId}`, stored, {
    ttlMs: IGNORED_TTL_MS,
  });
}

/** Ignored messages of the last 30 days, newest first. */
export async function listIgnored(
  rt: DeskRuntime,
  tenantId: string,
  options: { channelId?: string; limit?: number } = {},
): Promise<IgnoredMessage[]> {
  const prefix = options.channelId === undefined ? '' : `${options.channelId}/`;
  const rows = await space(rt, tenantId).list<Stored>(prefix);
  return rows
    .map(({ value }) => ({
      message: { ...value.message, createdAt: new Date(value.message.createdAt) },
      from: value.from,
    }))
    .sort((a, b) => b.message.createdAt.getTime() - a.message.createdAt.getTime())
    .slice(0, options.limit ?? 50);
}
