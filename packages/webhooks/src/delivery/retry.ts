/**
 * The Standard Webhooks example schedule, as delays before each attempt: at once, then
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (8 attempts over about 33 hours).
 */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** `base` spread by ±`jitter` (a fraction), so retries of many deliveries do not align. */
export function withJitter(base: number, jitter: number, random: () => number): number {
  if (base === 0 || jitter === 0) return base;
  return Math.round(base * (1 + jitter * (2 * random() - 1)));
}

/**
 * The wait a `Retry-After` header asks for, in ms (seconds or an HTTP date), capped at
 * `maxMs`; undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: Date, maxMs: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    ms = date - now.getTime();
  }
  return Math.min(Math.max(0, ms), maxMs);
}
