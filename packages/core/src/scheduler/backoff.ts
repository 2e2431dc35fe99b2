/** Exponential back-off from 1 s, doubling, capped at 1 h. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}
