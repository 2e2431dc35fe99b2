import type { RateLimitConfig } from '../desk/channel-features-schema.js';
import type { DeskRuntime } from '../desk/runtime.js';

type InboundLimit = NonNullable<RateLimitConfig['inbound']>;

export type InboundVerdict =
  | { admitted: true }
  | { admitted: false; reason: string /** True the first time in this window. */; notify: boolean };

/**
 * Counts a contact's message in its current window (PL2): the window opens with the
 * first message and lasts `perMs`. Kept in the desk's `LimitCounter`, so a restart sees
 * the same count.
 */
export async function admitInbound(
  rt: DeskRuntime,
  channelId: string,
  address: string,
  limit: InboundLimit,
): Promise<InboundVerdict> {
  const count = await rt.counter.add(`inbound/${channelId}/${address}`, 1, limit.perMs);
  if (count <= limit.messages) return { admitted: true };
  const seconds = Math.round(limit.perMs / 1000);
  return {
    admitted: false,
    reason: `rate limited: more than ${limit.messages} messages in ${seconds} s from this contact`,
    // The flood is answered once: on the first message over the limit.
    notify: count === limit.messages + 1,
  };
}
