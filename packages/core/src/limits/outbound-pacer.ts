import { type Clock, sleep } from '../clock.js';
import type { RateLimitConfig } from '../desk/channel-features-schema.js';
import type { ChannelRuntime, DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import { limitsState } from './state.js';

type OutboundLimit = NonNullable<RateLimitConfig['outbound']>;

/**
 * At most `messages` sends per `perMs` on one channel (PL2). Each send is given the
 * next free slot: now, or `perMs` after the send `messages` places before it. Slots
 * never go back in time, so sends keep their order. In process: a channel is owned by
 * one process (PL3).
 */
export class OutboundPacer {
  /** Slot times of the last `messages` sends, oldest at `head`. */
  private readonly slots: number[] = [];
  private head = 0;

  constructor(
    private readonly limit: OutboundLimit,
    private readonly clock: Clock,
  ) {}

  /** Resolves when this send may go; throws RATE_LIMITED when it would wait too long. */
  async acquire(channelId: string, signal?: AbortSignal): Promise<void> {
    const now = this.clock.now().getTime();
    const full = this.slots.length === this.limit.messages;
    const previous =
      this.slots.length === 0
        ? now
        : this.slots[(this.head + this.slots.length - 1) % this.limit.messages]!;
    const slot = Math.max(now, previous, full ? this.slots[this.head]! + this.limit.perMs : now);
    if (slot - now > this.limit.maxWaitMs) {
      throw new ParleyError(
        'RATE_LIMITED',
        `Channel "${channelId}" is sending at its limit of ${this.limit.messages} messages per ${this.limit.perMs} ms; this send would wait ${slot - now} ms, over maxWaitMs (${this.limit.maxWaitMs}). Send less at once, or raise rateLimit.outbound.`,
        { details: { channelId, waitMs: slot - now } },
      );
    }
    if (full) {
      this.slots[this.head] = slot;
      this.head = (this.head + 1) % this.limit.messages;
    } else this.slots.push(slot);
    if (slot > now) await sleep(this.clock, slot - now, signal);
  }
}

/** Waits for the channel's next outbound slot, when it has an outbound limit. */
export async function awaitOutboundSlot(rt: DeskRuntime, channel: ChannelRuntime): Promise<void> {
  const limit = channel.config.rateLimit?.outbound;
  if (!limit) return;
  const { pacers } = limitsState(rt);
  let entry = pacers.get(channel.config.id);
  if (entry?.config !== limit) {
    entry = { config: limit, pacer: new OutboundPacer(limit, rt.clock) };
    pacers.set(channel.config.id, entry);
  }
  await entry.pacer.acquire(channel.config.id, channel.controller.signal);
}
