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
/** The current pause, kept in the channel's store so a restart does not end it. */
const PAUSE_KEY = 'pacing/pause';
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
  /** What a failed send says about the number (undefined: nothing, the send just failed). */
  classify(error: unknown): Refusal | undefined;
  /** The number stopped sending until `until`: the adapter raises `channel.status`. */
  onPause?(pause: { until: Date; reason: string }): void;
  /** The first send after a pause went through. */
  onResume?(): void;
}

/**
 * `rate-limited`: too many, too fast (429, rate-overlimit, 130429): pause, then try the
 * same send again. `restricted`: WhatsApp refuses the number for now (463, 368): pause
 * and fail the send, since each retry counts against the number again.
 */
export type Refusal = 'rate-limited' | 'restricted';

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
  /** Refusals in the current episode, and the last pause: the back-off doubles while they keep coming. */
  private streak = 0;
  private lastPauseMs = 0;
  /** A pause was announced and no send has gone through since. */
  private announced = false;
  /** Reads a pause left by an earlier run, once, before the first send. */
  private restored: Promise<void> | undefined;

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
    this.announced = true;
    this.options.logger.warn('whatsapp: sending paused', {
      number: this.options.label,
      until: until.toISOString(),
      reason,
    });
    this.options.onPause?.({ until, reason });
    const ttlMs = until.getTime() - this.options.clock.now().getTime();
    if (ttlMs > 0) {
      this.options.kv
        .set(PAUSE_KEY, { until: until.toISOString(), reason }, { ttlMs })
        .catch((error) =>
          this.options.logger.error('whatsapp: could not keep the pause', { error }),
        );
    }
  }

  /** A pause still running from before a restart holds this run's sends too. */
  private restorePause(): Promise<void> {
    this.restored ??= this.options.kv
      .get<{ until: string; reason: string }>(PAUSE_KEY)
      .then((pause) => {
        const until = pause && new Date(pause.until);
        if (until && until > this.options.clock.now()) this.pauseUntil(until, pause.reason);
      })
      .catch((error) => this.options.logger.error('whatsapp: could not read the pause', { error }));
    return this.restored;
  }

  /**
   * A refusal from WhatsApp: the number pauses for the next back-off step. Also for
   * refusals that arrive after the send was handed over (a Baileys ack carrying 463, a
   * Cloud status webhook with 130429), so a refusal never ends the streak by "succeeding"
   * first. Refusals during a pause belong to the same episode (a burst sent before the
   * pause, refused one by one) and do not lengthen it; one soon after the pause ends
   * doubles the next pause, and a quiet spell of twice the last pause starts afresh.
   */
  backOff(reason: string): Date {
    const { config, clock, random } = this.options;
    const now = clock.now().getTime();
    if (now < this.pausedUntil) return new Date(this.pausedUntil);
    if (now > this.pausedUntil + 2 * this.lastPauseMs) this.streak = 0;
    this.streak++;
    this.lastPauseMs = backoffDelay(this.streak, {
      baseMs: config.backoffMs,
      maxMs: config.maxBackoffMs,
      jitter: 'equal',
      random,
    });
    const until = new Date(now + this.lastPauseMs);
    this.pauseUntil(until, reason);
    return until;
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
      await this.restorePause();
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
    const { config, clock } = this.options;
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
      await this.counter.add(`pacing/sent/${utcDay(clock.now())}`, 1, TWO_DAYS_MS);
      this.finish(job);
      job.resolve(result);
      if (this.announced && clock.now().getTime() >= this.pausedUntil) {
        this.announced = false;
        this.options.onResume?.();
      }
    } catch (error) {
      job.started = false;
      const refusal = this.options.classify(error);
      if (!refusal) {
        this.finish(job);
        job.reject(error);
        return;
      }
      const reason =
        refusal === 'restricted'
          ? `WhatsApp refused the number for now (${messageOf(error)})`
          : 'rate limited by WhatsApp';
      const until = this.backOff(reason);
      if (refusal === 'restricted') {
        this.finish(job);
        job.reject(
          new ParleyError(
            'RATE_LIMITED',
            `WhatsApp refused a send from ${this.options.label} (${messageOf(error)}); the number is paused until ${until.toISOString()}. The send is not tried again: each retry counts against the number. Answer people who wrote first and slow down new chats.`,
            { cause: error, details: { refusal, pausedUntil: until.toISOString() } },
          ),
        );
        return;
      }
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function aborted(): ParleyError {
  return new ParleyError('ABORTED', 'The send was cancelled before its turn in the queue.');
}
