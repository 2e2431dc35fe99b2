import type { RateLimitConfig } from '../desk/channel-features-schema.js';
import type { DeskRuntime } from '../desk/runtime.js';

type InboundLimit = NonNullable<RateLimitConfig['inbound']>;

interface Window {
  start: number;
  count: number;
  noticed: boolean;
}

export type InboundVerdict =
  | { admitted: true }
  | { admitted: false; reason: string /** True the first time in this window. */; notify: boolean };

/**
 * Counts a contact's message in its current window (PL2): the window opens with the
 * first message and lasts `perMs`. Kept in the store, so a restart or another process
 * sees the same count; the turn holds the contact's key, so reads and writes never race.
 */
export async function admitInbound(
  rt: DeskRuntime,
  channelId: string,
  address: string,
  limit: InboundLimit,
): Promise<InboundVerdict> {
  const kv = rt.store.kv('limits:inbound');
  const key = `${channelId}/${address}`;
  const now = rt.clock.now().getTime();
  const stored = await kv.get<Window>(key);
  const window =
    stored && now - stored.start < limit.perMs ? stored : { start: now, count: 0, noticed: false };
  window.count++;
  const over = window.count > limit.messages;
  const notify = over && !window.noticed;
  if (notify) window.noticed = true;
  await kv.set(key, window, { ttlMs: window.start + limit.perMs - now });
  if (!over) return { admitted: true };
  const seconds = Math.round(limit.perMs / 1000);
  return {
    admitted: false,
    reason: `rate limited: more than ${limit.messages} messages in ${seconds} s from this contact`,
    notify,
  };
}
