import type { Clock, TimerHandle } from '../clock.js';
import { systemClock } from '../clock.js';
import { ParleyError } from '../errors.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { defaultBackoffMs } from './backoff.js';
import type { Job, JobHandler, JobHandlerOptions, Scheduler } from './scheduler.js';

interface Definition {
  handler: JobHandler<unknown>;
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
}

interface Entry {
  job: Job;
  timer?: TimerHandle;
}

export interface MemorySchedulerOptions {
  clock?: Clock;
  logger?: Logger;
  /** Called when a job has failed its last attempt. */
  onDeadJob?(job: Job, error: unknown): void;
}

/**
 * Jobs held in memory and fired by the injected clock. Nothing survives the process;
 * use the Postgres scheduler for that. Each job id runs at most once at a time.
 */
export function createMemoryScheduler(options: MemorySchedulerOptions = {}): Scheduler & {
  /** Resolves when no job is running (tests). */
  idle(): Promise<void>;
} {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const definitions = new Map<string, Definition>();
  const pending = new Map<string, Entry>();
  const running = new Set<Promise<void>>();
  let started = false;

  function arm(entry: Entry) {
    entry.timer?.cancel();
    if (!started) return;
    const delay = entry.job.runAt.getTime() - clock.now().getTime();
    entry.timer = clock.setTimeout(() => fire(entry), Math.max(0, delay));
  }

  function fire(entry: Entry): Promise<void> {
    if (pending.get(entry.job.id) !== entry) return Promise.resolve();
    pending.delete(entry.job.id);
    const def = definitions.get(entry.job.type);
    if (!def) {
      logger.error('parley: no handler for job type', { type: entry.job.type, id: entry.job.id });
      return Promise.resolve();
    }
    const run = (async () => {
      try {
        await def.handler(entry.job);
      } catch (error) {
        const attempts = entry.job.attempts + 1;
        if (attempts >= def.maxAttempts) {
          logger.error('parley: job failed for the last time', {
            id: entry.job.id,
            error: String(error),
          });
          options.onDeadJob?.(entry.job, error);
          return;
        }
        // Retry unless the job was rescheduled meanwhile: the newer schedule wins.
        if (!pending.has(entry.job.id)) {
          const retry: Entry = {
            job: {
              ...entry.job,
              attempts,
              runAt: new Date(clock.now().getTime() + def.backoffMs(attempts)),
            },
          };
          pending.set(retry.job.id, retry);
          arm(retry);
        }
      }
    })();
    running.add(run);
    return run.finally(() => running.delete(run));
  }

  return {
    define<P>(type: string, handler: JobHandler<P>, opts: JobHandlerOptions = {}) {
      if (definitions.has(type)) {
        throw new ParleyError(
          'CONFLICT',
          `Job type "${type}" is already defined; each type has one handler.`,
        );
      }
      definitions.set(type, {
        handler: handler as JobHandler<unknown>,
        maxAttempts: opts.maxAttempts ?? 5,
        backoffMs: opts.backoffMs ?? defaultBackoffMs,
      });
    },
    async schedule(job) {
      const entry: Entry = { job: { ...job, attempts: 0 } };
      pending.get(job.id)?.timer?.cancel();
      pending.set(job.id, entry);
      arm(entry);
    },
    async cancel(id) {
      const entry = pending.get(id);
      if (!entry) return false;
      entry.timer?.cancel();
      pending.delete(id);
      return true;
    },
    async get(id) {
      const entry = pending.get(id);
      return entry && { ...entry.job };
    },
    async start() {
      if (started) return;
      started = true;
      for (const entry of pending.values()) arm(entry);
    },
    async stop() {
      started = false;
      for (const entry of pending.values()) entry.timer?.cancel();
      await Promise.allSettled([...running]);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
