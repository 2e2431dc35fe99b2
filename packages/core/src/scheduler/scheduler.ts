/** A unit of deferred work. Payloads are JSON-serialisable so durable schedulers can keep them. */
export interface Job<P = unknown> {
  /** Unique id; scheduling again with the same id replaces the pending job (debounce). */
  id: string;
  /** Which handler runs it (see `Scheduler.define`). */
  type: string;
  runAt: Date;
  payload: P;
  /** Runs so far that threw. */
  attempts: number;
}

export interface JobHandlerOptions {
  /** Runs before the job is given up (default 5). */
  maxAttempts?: number;
  /** Delay before retry `attempt` (1-based); default exponential from 1 s, capped at 1 h. */
  backoffMs?(attempt: number): number;
}

export type JobHandler<P = unknown> = (job: Job<P>) => Promise<void>;

/**
 * Timers that survive restarts when the scheduler is durable (Postgres); the memory
 * scheduler runs on the injected Clock. A job runs at most once at a time, and a job
 * due while no process was up runs after start.
 */
export interface Scheduler {
  /**
   * True when several processes share the jobs (Postgres server): the desk then sweeps
   * for turns a dead process left unfinished. A single process (memory, PGlite) needs
   * no sweep: its unfinished turns run on its next start.
   */
  readonly shared?: boolean;
  /** Registers the handler of a job type. Define every type before `start()`. */
  define<P>(type: string, handler: JobHandler<P>, options?: JobHandlerOptions): void;
  /** Schedules (or, with an existing id, reschedules) a job. */
  schedule<P>(job: { id: string; type: string; runAt: Date; payload: P }): Promise<void>;
  /** Cancels a pending job; true when one was pending. */
  cancel(id: string): Promise<boolean>;
  /** The pending job with this id, if any. */
  get(id: string): Promise<Job | undefined>;
  start(): Promise<void>;
  /** Stops firing; waits for running jobs to finish. */
  stop(): Promise<void>;
}
