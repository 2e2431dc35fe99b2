import type { Clock, TimerHandle } from '../clock.js';
import { systemClock } from '../clock.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { JobDefinitions } from './job-definitions.js';
import { JobHeap } from './job-heap.js';
import type { Job, JobHandler, JobHandlerOptions, Scheduler } from './scheduler.js';

interface Entry {
  job: Job;
  at: number;
  seq: number;
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
 *
 * One clock timer serves every job (a heap keeps them in time order): an idle open
 * conversation holds an auto-close job, and a timer each cost ~1 KB per conversation.
 */
export function createMemoryScheduler(options: MemorySchedulerOptions = {}): Scheduler & {
  /** Resolves when no job is running (tests). */
  idle(): Promise<void>;
} {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const definitions = new JobDefinitions();
  const pending = new Map<string, Entry>();
  const heap = new JobHeap<Entry>();
  const running = new Set<Promise<void>>();
  const runningIds = new Set<string>();
  /** Due entries whose id was still running, released when it finishes. */
  const waiting = new Map<string, Entry>();
  let timer: { handle: TimerHandle; at: number } | undefined;
  let started = false;
  let seq = 0;

  const live = (entry: Entry) => pending.get(entry.job.id) === entry;

  function enqueue(job: Job): void {
    const entry: Entry = { job, at: job.runAt.getTime(), seq: ++seq };
    pending.set(job.id, entry);
    heap.push(entry);
    // Rescheduling leaves the old entry in the heap; sweep when most entries are stale.
    if (heap.size > 1024 && heap.size > 2 * pending.size) heap.retain(live);
    arm();
  }

  /** Points the one timer at the earliest live job, if it is not already. */
  function arm(): void {
    if (!started) return;
    while (heap.size > 0 && !live(heap.peek()!)) heap.pop();
    const next = heap.peek();
    if (!next) return;
    if (timer && timer.at <= next.at) return;
    timer?.handle.cancel();
    const at = next.at;
    timer = { at, handle: clock.setTimeout(() => fire(), Math.max(0, at - clock.now().getTime())) };
  }

  /** Runs every due job; resolves when they finish (fake clocks await it). */
  function fire(): Promise<void> {
    timer = undefined;
    const now = clock.now().getTime();
    const runs: Promise<void>[] = [];
    for (let top = heap.peek(); top && top.at <= now; top = heap.peek()) {
      heap.pop();
      if (!live(top)) continue;
      // The same id still running from before: wait for it (never twice at once).
      if (runningIds.has(top.job.id)) {
        waiting.set(top.job.id, top);
        continue;
      }
      pending.delete(top.job.id);
      runs.push(run(top.job));
    }
    arm();
    return Promise.all(runs).then(() => undefined);
  }

  function run(job: Job): Promise<void> {
    const def = definitions.get(job.type);
    if (!def) {
      logger.error('parley: no handler for job type', { type: job.type, id: job.id });
      return Promise.resolve();
    }
    runningIds.add(job.id);
    const done = (async () => {
      try {
        await def.handler(job);
      } catch (error) {
        const attempts = job.attempts + 1;
        if (attempts >= def.maxAttempts) {
          logger.error('parley: job failed for the last time', {
            id: job.id,
            error: String(error),
          });
          options.onDeadJob?.(job, error);
          return;
        }
        // Retry unless the job was rescheduled meanwhile: the newer schedule wins.
        if (!pending.has(job.id)) {
          enqueue({
            ...job,
            attempts,
            runAt: new Date(clock.now().getTime() + def.backoffMs(attempts)),
          });
        }
      } finally {
        runningIds.delete(job.id);
      }
    })();
    running.add(done);
    return done.finally(() => {
      running.delete(done);
      // A run of the same id that came due meanwhile goes now.
      const next = waiting.get(job.id);
      waiting.delete(job.id);
      if (next && live(next)) {
        heap.push(next);
        arm();
      }
    });
  }

  return {
    define<P>(type: string, handler: JobHandler<P>, opts: JobHandlerOptions = {}) {
      definitions.define(type, handler, opts);
    },
    async schedule(job) {
      // A literal, not a spread: spread copies got a hidden class each in V8.
      enqueue({ id: job.id, type: job.type, runAt: job.runAt, payload: job.payload, attempts: 0 });
    },
    async cancel(id) {
      return pending.delete(id);
    },
    async get(id) {
      const entry = pending.get(id);
      return entry && { ...entry.job };
    },
    async start() {
      if (started) return;
      started = true;
      arm();
    },
    async stop() {
      started = false;
      timer?.handle.cancel();
      timer = undefined;
      await Promise.allSettled([...running]);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
