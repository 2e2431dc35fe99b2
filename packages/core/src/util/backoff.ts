/** How a retry delay grows: from `baseMs`, doubling per retry, capped at `maxMs`. */
export interface BackoffOptions {
  /** Delay before the first retry. */
  baseMs: number;
  /** Longest delay. */
  maxMs: number;
  /**
   * `none` (default); `equal`: half the delay fixed, half random, so many clients
   * backing off at once spread out; or a share in 0..1 taken off at random.
   */
  jitter?: 'none' | 'equal' | number;
  /** Random source for jitter (default `Math.random`; tests pass their own). */
  random?: () => number;
}

/**
 * The delay before retry `retry` (1 = the first retry): `baseMs * 2^(retry-1)`, capped
 * at `maxMs`, then jittered. One helper for every back-off in Parley (scheduler jobs,
 * channel reconnects and rate limits, model calls); the waiting itself is each caller's
 * (a rescheduled job, a sleep on the injected clock), see ADR 0220.
 */
export function backoffDelay(retry: number, options: BackoffOptions): number {
  const { baseMs, maxMs, jitter = 'none', random = Math.random } = options;
  const ms = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  if (jitter === 'none') return ms;
  if (jitter === 'equal') return Math.round(ms / 2 + random() * (ms / 2));
  return Math.round(ms * (1 - random() * jitter));
}

/** A `Retry-After` header in milliseconds (seconds or an HTTP date), if usable. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/** Scheduler jobs' default: from 1 s, doubling, capped at 1 h (`attempt` 1-based). */
export function defaultBackoffMs(attempt: number): number {
  return backoffDelay(attempt, { baseMs: 1000, maxMs: 3_600_000 });
}
