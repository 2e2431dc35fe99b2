import {
  type Clock,
  createLimitCounter,
  type KeyValue,
  type LimitCounter,
  type Logger,
  ParleyError,
  type SendBudget,
  sleep,
} from '@parley/core';
import { backoffDelay } from '@parley/core/internal';

const TWO_DAYS_MS = 2 * 86_400_000;
const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/** Outbound pacing of one number (PL2), resolved from the `pacing` option. */
export interface PacingConfig {
  /** Least time between two sends. */
  minIntervalMs: number;
  /** Plus a random 0..jitterMs, so the rhythm does not look automated. */
  jitterMs: number;
  /** Most sends per UTC day; undefined: no cap. */
  dailyCap?: number;
  /** First pause after a rate-limit signal; doubles while signals keep coming. */
  backoffMs: number;
  maxBackoffMs: number;
  /** A send refused for rate limiting is tried again this many times. */
  maxRetries: number;
}

export interface PacerOptions {
  config: PacingConfig;
  clock: Clock;
  random: () => number;
  kv: KeyValue;
  logger: Logger;
  /** The number, for messages. */
  label: string;
  isRateLimited(error: unknown): boolean;
}

interface Job {
  task: () => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  attempts: number;
  started: boolean;
}

/**
 * One FIFO queue per number: every send waits its turn, so a conversation's messages
 * never overtake each other, and sends are spaced with jitter, capped per day and
 * paused after rate-limit signals — all on the injected clock. Slots and the daily
 * count are core's `LimitCounter` (the one pacer campaigns and the outbound chain use
 * too), kept in the channel's key-value space so a restart keeps them.
 */
export class Pacer {
  private readonly queue: Job[] = [];
  private readonly counter: LimitCounter;
  private readonly closing = new AbortController();
  private draining = false;
  /** The slot held for the head of the queue, until a send uses it. */
  private slotAt: number | undefined;
  private pausedUntil = 0;
  private consecutiveLimits = 0;

  constructor(private readonly options: PacerOptions) {
    this.counter = createLimitCounter({ kv: options.kv, clock: options.clock });
  }

  /** The number's daily budget, as the channel provides it to plug-ins (campaigns). */
  get budget(): SendBudget {
    return { sentToday: () => this.sentToday(), dailyCap: this.options.config.dailyCap };
  }

  private sentToday(): Promise<number> {
    return this.counter.get(`pacing/sent/${utcDay(this.options.clock.now())}`);
  }

  /** Sends queued and not yet finished. */
  get pending(): number {
    return this.queue.length;
  }

  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.closing.signal.aborted) return Promise.reject(this.closing.signal.reason);
    if (signal?.aborted) return Promise.reject(aborted());
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        task,
        resolve: (value) => {
          this.unwatch(job, signal);
          resolve(value as T);
        },
        reject: (error) => {
          this.unwatch(job, signal);
          reject(error);
        },
        attempts: 0,
        started: false,
      };
      if (signal) this.watch(job, signal);
      this.queue.push(job);
      void this.drain();
    });
  }

  // One listener per signal, however many sends wait on it: the engine passes the
  // channel's signal to every send, and a burst queues hundreds.
  private readonly watched = new Map<AbortSignal, { jobs: Set<Job>; onAbort: () => void }>();

  private watch(job: Job, signal: AbortSignal): void {
    let entry = this.watched.get(signal);
    if (!entry) {
      const jobs = new Set<Job>();
      const onAbort = () => {
        for (const j of [...jobs]) {
          const i = this.queue.indexOf(j);
          if (i >= 0 && !j.started) {
            this.queue.splice(i, 1);
            j.reject(aborted());
          }
        }
      };
      entry = { jobs, onAbort };
      this.watched.set(signal, entry);
      signal.addEventListener('abort', onAbort, { once: true });
    }
    entry.jobs.add(job);
  }

  private unwatch(job: Job, signal: AbortSignal | undefined): void {
    const entry = signal && this.watched.get(signal);
    if (!entry) return;
    entry.jobs.delete(job);
    if (entry.jobs.size === 0) {
      signal.removeEventListener('abort', entry.onAbort);
      this.watched.delete(signal);
    }
  }

  /** A rate-limit signal from the platform: nothing is sent before `until`. */
  pauseUntil(until: Date, reason: string): void {
    if (until.getTime() <= this.pausedUntil) return;
    this.pausedUntil = until.getTime();
    this.options.logger.warn('whatsapp: sending paused', {
      number: this.options.label,
      until: until.toISOString(),
      reason,
    });
  }

  /** Rejects everything queued with `error`; later sends fail at once. */
  close(error: Error): void {
    if (this.closing.signal.aborted) return;
    this.closing.abort(error);
    for (const job of this.queue.splice(0)) if (!job.started) job.reject(error);
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0 && !this.closing.signal.aborted) {
        this.slotAt ??= await this.reserve();
        const wait = Math.max(this.slotAt, this.pausedUntil) - this.options.clock.now().getTime();
        if (wait > 0) {
          await sleep(this.options.clock, wait, this.closing.signal).catch(() => {});
          continue;
        }
        // The queue may have emptied while the slot was reserved (abort, close).
        const head = this.queue[0];
        if (head) await this.runHead(head);
      }
    } finally {
      this.draining = false;
    }
  }

  private async runHead(job: Job): Promise<void> {
    const { config, clock, random } = this.options;
    if (config.dailyCap !== undefined && (await this.sentToday()) >= config.dailyCap) {
      this.finish(job, false);
      job.reject(
        new ParleyError(
          'RATE_LIMITED',
          `WhatsApp number ${this.options.label} reached its daily cap of ${config.dailyCap} messages; sending resumes at ${nextUtcMidnight(clock.now()).toISOString()}. Raise \`pacing.dailyCap\` only for a number that has been in use for weeks.`,
          { details: { dailyCap: config.dailyCap } },
        ),
      );
      return;
    }
    job.started = true;
    try {
      const result = await job.task();
      this.consecutiveLimits = 0;
      await this.counter.add(`pacing/sent/${utcDay(clock.now())}`, 1, TWO_DAYS_MS);
      this.finish(job);
      job.resolve(result);
    } catch (error) {
      job.started = false;
      if (!this.options.isRateLimited(error)) {
        this.finish(job);
        job.reject(error);
        return;
      }
      this.consecutiveLimits++;
      const pause = backoffDelay(this.consecutiveLimits, {
        baseMs: config.backoffMs,
        maxMs: config.maxBackoffMs,
        jitter: 'equal',
        random,
      });
      this.pauseUntil(new Date(clock.now().getTime() + pause), 'rate limited by WhatsApp');
      if (++job.attempts > config.maxRetries) {
        this.finish(job);
        job.reject(
          new ParleyError(
            'RATE_LIMITED',
            `WhatsApp kept refusing sends from ${this.options.label} as too many (${job.attempts} tries). Slow down: raise \`pacing.minIntervalMs\` or lower the volume.`,
            { cause: error },
          ),
        );
      }
    }
  }

  /** Takes a finished job off the head; when it reached WhatsApp, the next send takes a new slot. */
  private finish(job: Job, spaced = true): void {
    const i = this.queue.indexOf(job);
    if (i >= 0) this.queue.splice(i, 1);
    if (spaced) this.slotAt = undefined;
  }

  /** The next slot: a least gap plus jitter after the previous one (core's pacer). */
  private async reserve(): Promise<number> {
    const { minIntervalMs, jitterMs } = this.options.config;
    const perMs = minIntervalMs + Math.round(this.options.random() * jitterMs);
    const slot = await this.counter.reserve('pacing/slot', {
      messages: 1,
      perMs,
      maxWaitMs: Number.MAX_SAFE_INTEGER,
    });
    return slot.at;
  }
}

/** When the daily count starts again: the next midnight UTC. */
function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

function aborted(): ParleyError {
  return new ParleyError('ABORTED', 'The send was cancelled before its turn in the queue.');
}
