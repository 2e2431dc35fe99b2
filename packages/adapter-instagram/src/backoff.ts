/** Exponential back-off: `base`, doubling per attempt (0-based), capped at `max`. */
export function backoffMs(attempt: number, base: number, max: number): number {
  return Math.min(base * 2 ** Math.max(0, attempt), max);
}

/** A `Retry-After` header in milliseconds (seconds or an HTTP date), if usable. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
