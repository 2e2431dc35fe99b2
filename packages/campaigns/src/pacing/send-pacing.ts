import type { Clock, KeyValue, SendBudget } from '@parley/core';
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

/**
 * Slots of one number for campaign sends, in this process: each send takes the next
 * slot, `gap / share` after the previous one. Past the day's campaign budget the send
 * waits for the next UTC midnight, where it asks again (against the new day's budget).
 */
export class ChannelPace {
  private nextAt = 0;
  private day = '';
  /** Campaign sends today that reached the channel (persisted). */
  private completed = 0;
  /** Campaign sends given a slot today and not finished yet. */
  private inflight = 0;

  constructor(
    private readonly channelId: string,
    private readonly config: SendPacingConfig | false,
    /** The campaigns' own storage (their sends per day). */
    private readonly kv: KeyValue,
    /** The channel's shared budget, when it provides one. */
    private readonly shared: () => SendBudget | undefined,
    private readonly clock: Clock,
    private readonly random: () => number,
  ) {}

  /**
   * When this send may go, and whether that time is a slot held for it (`held`: go
   * without asking again) or the next day, when it must ask again.
   */
  async reserve(): Promise<{ at: number; held: boolean }> {
    const now = this.clock.now().getTime();
    if (this.config === false) return { at: now, held: true };
    await this.load(now);
    const channel = this.shared();
    const budget = this.budget(channel?.dailyCap);
    if (budget !== undefined) {
      const shared = (await channel?.sentToday()) ?? 0;
      // The channel's count includes campaign sends once they are out; add those under way.
      const today = Math.max(shared, this.completed) + this.inflight;
      if (today >= budget)
        return { at: Date.parse(`${this.day}T00:00:00Z`) + 86_400_000, held: false };
    }
    const slot = Math.max(now, this.nextAt);
    const gap = this.config.minIntervalMs + this.random() * this.config.jitterMs;
    this.nextAt = slot + Math.round(gap / this.config.share);
    this.inflight++;
    return { at: slot, held: true };
  }

  /** A held slot was used: the send reached the channel (`sent`) or not. */
  async settle(sent: boolean): Promise<void> {
    if (this.config === false) return;
    this.inflight = Math.max(0, this.inflight - 1);
    if (!sent) return;
    await this.load(this.clock.now().getTime());
    this.completed++;
    await this.kv.set(`pace/${this.channelId}/${this.day}`, this.completed, {
      ttlMs: 3 * 86_400_000,
    });
  }

  private budget(channelCap: number | undefined): number | undefined {
    if (this.config === false) return undefined;
    // `null` says no cap; unset takes the channel's own.
    const cap = this.config.dailyCap === undefined ? channelCap : this.config.dailyCap;
    return cap ? Math.floor(cap * this.config.share) : undefined;
  }

  private async load(now: number): Promise<void> {
    const day = utcDay(now);
    if (day === this.day) return;
    this.day = day;
    this.inflight = 0;
    this.completed = (await this.kv.get<number>(`pace/${this.channelId}/${day}`)) ?? 0;
  }
}
