import {
  type Clock,
  createLimitCounter,
  type KeyValue,
  type LimitCounter,
  type SendBudget,
} from '@parley/core';
import { z } from 'zod';

/**
 * The shared pacing contract of one number (OB2, PL2). Its fields are the channel's
 * own pacing, named as the WhatsApp adapter names them (`whatsapp({ pacing })`), so
 * the same object configures both. Campaigns keep under `share` of the number's pace
 * and of its daily cap, so the number never runs faster than its own pacing and live
 * conversations always have room.
 *
 * The daily count is shared too: a channel that provides a `SendBudget` (the WhatsApp
 * adapter does, under `sendBudgetKey(channelId)`) is asked for its count, so campaign
 * sends and conversation sends draw on one budget; its `dailyCap` applies when this
 * pacing names none.
 */
export interface SendPacing {
  /** Least gap between two sends of the number (ms). */
  minIntervalMs?: number;
  /** A random extra 0..jitterMs per gap. */
  jitterMs?: number;
  /** Most sends of the number per UTC day; unset: the channel's own cap; `null`: no cap. */
  dailyCap?: number | null;
  /** The part of the pace and of the daily cap campaigns may use (default 0.5). */
  share?: number;
}

export const sendPacingSchema = z
  .object({
    minIntervalMs: z.number().int().min(0).max(600_000).default(1000),
    jitterMs: z.number().int().min(0).max(600_000).default(0),
    dailyCap: z.number().int().min(1).nullable().optional(),
    share: z.number().gt(0).max(1).default(0.5),
  })
  .passthrough();

export type SendPacingConfig = z.output<typeof sendPacingSchema>;

const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const THREE_DAYS_MS = 3 * 86_400_000;

/**
 * Slots of one number for campaign sends: each send takes the next slot, `gap / share`
 * after the previous one, from core's `LimitCounter` (the one pacer the WhatsApp adapter
 * and the outbound chain use too), kept in the campaigns' storage so a restart keeps
 * them. Past the day's campaign budget the send waits for the next UTC midnight, where
 * it asks again (against the new day's budget).
 */
export class ChannelPace {
  private readonly counter: LimitCounter;
  /** Campaign sends given a slot and not finished yet (this process). */
  private inflight = 0;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly channelId: string,
    private readonly config: SendPacingConfig | false,
    /** The campaigns' own storage (their slots and sends per day). */
    kv: KeyValue,
    /** The channel's shared budget, when it provides one. */
    private readonly shared: () => SendBudget | undefined,
    private readonly clock: Clock,
    private readonly random: () => number,
  ) {
    this.counter = createLimitCounter({ kv, clock });
  }

  /**
   * When this send may go, and whether that time is a slot held for it (`held`: go
   * without asking again) or the next day, when it must ask again.
   */
  reserve(): Promise<{ at: number; held: boolean }> {
    // One at a time: jobs due together must see each other's slots in the budget.
    const run = this.tail.then(() => this.reserveNow());
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async reserveNow(): Promise<{ at: number; held: boolean }> {
    const now = this.clock.now().getTime();
    if (this.config === false) return { at: now, held: true };
    const day = utcDay(now);
    const channel = this.shared();
    const budget = this.budget(channel?.dailyCap);
    if (budget !== undefined) {
      const shared = (await channel?.sentToday()) ?? 0;
      const completed = await this.counter.get(this.sentKey(day));
      // The channel's count includes campaign sends once they are out; add those under way.
      const today = Math.max(shared, completed) + this.inflight;
      if (today >= budget) return { at: Date.parse(`${day}T00:00:00Z`) + 86_400_000, held: false };
    }
    const gap = this.config.minIntervalMs + this.random() * this.config.jitterMs;
    const slot = await this.counter.reserve(`pace/${this.channelId}/slot`, {
      messages: 1,
      perMs: Math.round(gap / this.config.share),
      maxWaitMs: Number.MAX_SAFE_INTEGER,
    });
    this.inflight++;
    return { at: slot.at, held: true };
  }

  /** A held slot was used: the send reached the channel (`sent`) or not. */
  async settle(sent: boolean): Promise<void> {
    if (this.config === false) return;
    this.inflight = Math.max(0, this.inflight - 1);
    if (!sent) return;
    await this.counter.add(this.sentKey(utcDay(this.clock.now().getTime())), 1, THREE_DAYS_MS);
  }

  private sentKey(day: string): string {
    return `pace/${this.channelId}/sent/${day}`;
  }

  private budget(channelCap: number | undefined): number | undefined {
    if (this.config === false) return undefined;
    // `null` says no cap; unset takes the channel's own.
    const cap = this.config.dailyCap === undefined ? channelCap : this.config.dailyCap;
    return cap ? Math.floor(cap * this.config.share) : undefined;
  }
}
