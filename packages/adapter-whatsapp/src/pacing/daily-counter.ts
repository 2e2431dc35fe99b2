import type { Clock, KeyValue } from '@parley/core';

const TWO_DAYS_MS = 2 * 86_400_000;

/**
 * Counts sends per UTC day in the channel's key-value space, so a restart does not
 * reset the daily cap. The count is cached in memory; one process owns a number.
 */
export class DailyCounter {
  private day = '';
  private count = 0;

  constructor(
    private readonly kv: KeyValue,
    private readonly clock: Clock,
  ) {}

  async current(): Promise<number> {
    const day = this.clock.now().toISOString().slice(0, 10);
    if (day !== this.day) {
      this.day = day;
      this.count = (await this.kv.get<number>(this.key())) ?? 0;
    }
    return this.count;
  }

  async increment(): Promise<void> {
    await this.current();
    this.count++;
    await this.kv.set(this.key(), this.count, { ttlMs: TWO_DAYS_MS });
  }

  /** When the count starts again: the next midnight UTC. */
  resetsAt(): Date {
    const now = this.clock.now();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  }

  private key(): string {
    return `pacing:sent:${this.day}`;
  }
}
