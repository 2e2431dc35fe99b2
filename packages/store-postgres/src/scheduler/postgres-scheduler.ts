import { randomUUID } from 'node:crypto';
import type { Job, JobHandler, JobHandlerOptions, Scheduler, TimerHandle } from '@parley/core';
import { ParleyError, parseOrThrow } from '@parley/core';
import { JobDefinitions } from '@parley/core/internal';
import { z } from 'zod';
import { decodeJson, encodeJson } from '../codec/json-codec.js';
import { channelName, tablesOf } from '../db/names.js';
import { clockOption, loggerOption, storeOption } from '../store/store-options.js';
import { type JobRow, jobSql } from './job-sql.js';

const optionsSchema = z
  .object({
    store: storeOption,
    /**
     * How often to look for due jobs besides the wake-ups (default 2 s). On a server,
     * LISTEN/NOTIFY wakes every process when a job is scheduled; polling is the net under it.
     */
    pollIntervalMs: z.number().int().min(10).default(2000),
    /**
     * How long a claimed job is held without a heartbeat before another process may run
     * it again (default 30 s; heartbeats every third of it).
     */
    leaseMs: z.number().int().min(100).default(30_000),
    /** Jobs running at once in this process (default 8). */
    concurrency: z.number().int().min(1).max(1000).default(8),
    /**
     * Restricts this process to jobs in these lanes (plus jobs with no lane): pass the
     * channels this process owns (`() => leases.owned()`) so channel-bound jobs run where
     * the channel lives. With channel leases, give it to every process (`() => []` for
     * one that owns none), so each computes lanes when it schedules. Unset: every lane.
     */
    lanes: z.custom<() => Iterable<string>>((v) => typeof v === 'function').optional(),
    /**
     * The lane of a job, computed when it is scheduled. Default: the payload's `channelId`,
     * else the channel of the conversation named by its `tenantId` + `conversationId`
     * (grouping flushes, follow-ups), else none (any process runs it).
     */
    laneOf: z
      .custom<
        (job: {
          id: string;
          type: string;
          payload: unknown;
        }) => string | undefined | Promise<string | undefined>
      >((v) => typeof v === 'function')
      .optional(),
    /** Called when a job failed its last attempt (it stays in the table as `dead`). */
    onDeadJob: z
      .custom<(job: Job, error: unknown) => void>((v) => typeof v === 'function')
      .optional(),
    clock: clockOption.optional(),
    logger: loggerOption.optional(),
  })
  .strict();

export type PostgresSchedulerOptions = z.input<typeof optionsSchema>;

export interface PostgresScheduler extends Scheduler {
  /** Claims due jobs now; resolves once they are claimed (not finished: see `idle`). */
  poll(): Promise<void>;
  /** Resolves when no job of this process is running (tests). */
  idle(): Promise<void>;
}

/**
 * A durable `Scheduler`: jobs are rows, claimed with `FOR UPDATE SKIP LOCKED` by any
 * process sharing the database, held by a lease with heartbeats (so a job never runs
 * twice at once), retried with back-off, and found again after a restart — a job due
 * while no process was up runs right after `start()`.
 */
export function createPostgresScheduler(options: PostgresSchedulerOptions): PostgresScheduler {
  const o = parseOrThrow(optionsSchema, options, 'createPostgresScheduler options');
  const { store } = o;
  const db = store.database;
  const clock = o.clock ?? store.clock;
  const logger = o.logger ?? store.logger;
  const sql = jobSql(tablesOf(store.schema));
  const notifyChannel = channelName(store.schema, 'jobs');
  const definitions = new JobDefinitions();
  const running = new Set<Promise<void>>();
  let started = false;
  let timer: { handle: TimerHandle; at: number } | undefined;
  let unlisten: (() => Promise<void>) | undefined;
  let polling: Promise<Promise<void>[]> | undefined;
  let pollAgain = false;
  // The last claim filled every free slot: more due jobs may be waiting.
  let backlog = false;

  const types = () => definitions.types();

  async function defaultLane(job: { payload: unknown }): Promise<string | undefined> {
    const p = job.payload as Record<string, unknown> | null;
    if (typeof p !== 'object' || p === null) return undefined;
    if (typeof p.channelId === 'string') return p.channelId;
    if (typeof p.tenantId !== 'string' || typeof p.conversationId !== 'string') return undefined;
    const { rows } = await db.query<{ channel_id: string }>(sql.channelOf, [
      p.tenantId,
      p.conversationId,
    ]);
    return rows[0]?.channel_id;
  }
  const lanes = () => (o.lanes ? [...o.lanes()] : null);

  function arm(at: number) {
    if (!started) return;
    if (timer && timer.at <= at) return;
    timer?.handle.cancel();
    const delay = Math.max(0, at - clock.now().getTime());
    const handle = clock.setTimeout(() => {
      if (timer?.handle === handle) timer = undefined;
      return tick();
    }, delay);
    timer = { handle, at };
  }

  /** A timer fired: poll, and let a fake clock wait for the runs it started. */
  async function tick(): Promise<void> {
    const runs = await pollOnce();
    await Promise.allSettled(runs);
  }

  function wake(at: number) {
    if (!started) return;
    if (at <= clock.now().getTime()) void pollOnce();
    else arm(at);
  }

  function pollOnce(): Promise<Promise<void>[]> {
    if (!started) return Promise.resolve([]);
    if (polling) {
      pollAgain = true;
      return polling;
    }
    polling = claimLoop().finally(() => {
      polling = undefined;
    });
    return polling;
  }

  async function claimLoop(): Promise<Promise<void>[]> {
    const runs: Promise<void>[] = [];
    try {
      do {
        pollAgain = false;
        const free = o.concurrency - running.size;
        if (free <= 0 || definitions.types().length === 0) break;
        const now = clock.now();
        const token = randomUUID();
        const { rows } = await db.query<JobRow>(sql.claim, [
          token,
          new Date(now.getTime() + o.leaseMs),
          now,
          types(),
          lanes(),
          free,
        ]);
        for (const row of rows) runs.push(execute(row, token));
        backlog = rows.length === free;
        if (backlog) pollAgain = true;
      } while (pollAgain && started && running.size < o.concurrency);
      await armNext();
    } catch (error) {
      logger.error('parley: polling for due jobs failed; retrying', { error: String(error) });
      arm(clock.now().getTime() + o.pollIntervalMs);
    }
    return runs;
  }

  async function armNext() {
    const now = clock.now();
    let next = now.getTime() + o.pollIntervalMs;
    if (definitions.types().length > 0) {
      const { rows } = await db.query<{ at: Date | null }>(sql.nextDue, [now, types(), lanes()]);
      const at = rows[0]?.at;
      if (at) next = Math.min(next, new Date(at).getTime());
    }
    arm(next);
  }

  function execute(row: JobRow, token: string): Promise<void> {
    const run = runJob(row, token).catch((error) =>
      logger.error('parley: job bookkeeping failed', { id: row.id, error: String(error) }),
    );
    running.add(run);
    return run.finally(() => {
      running.delete(run);
      if (started && backlog) void pollOnce();
    });
  }

  async function runJob(row: JobRow, token: string): Promise<void> {
    const def = definitions.get(row.type)!;
    const job: Job = {
      id: row.id,
      type: row.type,
      runAt: new Date(row.run_at),
      payload: decodeJson(row.payload),
      attempts: Number(row.attempts),
    };
    if (job.attempts >= def.maxAttempts) {
      // Its lease ran out (its process died) once too often.
      const error = new Error(`job's lease expired ${job.attempts} times (did its process die?)`);
      const { rows } = await db.query<{ status: string }>(sql.bury, [
        job.id,
        token,
        clock.now(),
        error.message,
      ]);
      if (rows[0]?.status === 'dead') dead(job, error);
      return;
    }
    const beat = heartbeat(job.id, token);
    try {
      await def.handler(job);
    } catch (error) {
      beat.cancel();
      const now = clock.now();
      const retryAt = new Date(now.getTime() + def.backoffMs(job.attempts + 1));
      const { rows } = await db.query<{ status: string; run_at: Date; attempts: number }>(
        sql.fail,
        [job.id, token, now, retryAt, def.maxAttempts, String(error)],
      );
      const after = rows[0];
      if (!after) return lostLease(job);
      if (after.status === 'dead') return dead({ ...job, attempts: Number(after.attempts) }, error);
      logger.warn('parley: job failed; will retry', {
        id: job.id,
        attempt: Number(after.attempts),
        error: String(error),
      });
      wake(new Date(after.run_at).getTime());
      return;
    }
    beat.cancel();
    const { rows } = await db.query<{ run_at: Date }>(sql.finish, [job.id, token, clock.now()]);
    if (rows[0]) wake(new Date(rows[0].run_at).getTime());
  }

  function heartbeat(id: string, token: string): { cancel(): void } {
    let handle: TimerHandle | undefined;
    let cancelled = false;
    const every = Math.max(10, Math.floor(o.leaseMs / 3));
    const beat = async () => {
      if (cancelled) return;
      try {
        const { rowCount } = await db.query(sql.heartbeat, [
          id,
          token,
          new Date(clock.now().getTime() + o.leaseMs),
        ]);
        if (rowCount === 0) logger.warn('parley: job lease lost while running', { id });
      } catch (error) {
        logger.warn('parley: job heartbeat failed', { id, error: String(error) });
      }
      if (!cancelled) handle = clock.setTimeout(beat, every);
    };
    handle = clock.setTimeout(beat, every);
    return {
      cancel() {
        cancelled = true;
        handle?.cancel();
      },
    };
  }

  function lostLease(job: Job) {
    logger.warn('parley: job finished after its lease was taken over; result discarded', {
      id: job.id,
    });
  }

  function dead(job: Job, error: unknown) {
    logger.error('parley: job failed for the last time', { id: job.id, error: String(error) });
    o.onDeadJob?.(job, error);
  }

  return {
    // A server is shared by processes; PGlite belongs to one.
    shared: db.kind === 'pg',
    define<P>(type: string, handler: JobHandler<P>, opts: JobHandlerOptions = {}) {
      definitions.define(type, handler, opts);
    },
    async schedule(job) {
      if (!(job.runAt instanceof Date) || Number.isNaN(job.runAt.getTime())) {
        throw new ParleyError('INPUT_INVALID', `Job "${job.id}" needs \`runAt\` as a valid Date.`);
      }
      // Lanes matter only where processes own channels; elsewhere skip the lookup.
      const laneOf = o.laneOf ?? (o.lanes ? defaultLane : undefined);
      const lane = (await laneOf?.(job)) ?? null;
      await db.query(sql.schedule, [
        job.id,
        job.type,
        lane,
        job.runAt,
        encodeJson(job.payload),
        clock.now(),
        notifyChannel,
      ]);
      wake(job.runAt.getTime());
    },
    async cancel(id) {
      const { rows } = await db.query<{ n: number | string }>(sql.cancel, [id]);
      return Number(rows[0]?.n ?? 0) > 0;
    },
    async get(id) {
      const { rows } = await db.query<JobRow>(sql.get, [id]);
      const row = rows[0];
      if (!row) return undefined;
      return {
        id: row.id,
        type: row.type,
        runAt: new Date(row.run_at),
        payload: decodeJson(row.payload),
        attempts: Number(row.attempts),
      };
    },
    async start() {
      if (started) return;
      started = true;
      unlisten = await db.listen(notifyChannel, (payload) => {
        const at = Number(payload);
        if (Number.isFinite(at)) wake(at);
      });
      await pollOnce();
    },
    async stop() {
      started = false;
      timer?.handle.cancel();
      timer = undefined;
      await unlisten?.().catch(() => {});
      unlisten = undefined;
      await polling?.catch(() => {});
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    async poll() {
      await pollOnce();
    },
    async idle() {
      while (running.size > 0 || polling) {
        await polling?.catch(() => {});
        await Promise.allSettled([...running]);
      }
    },
  };
}
