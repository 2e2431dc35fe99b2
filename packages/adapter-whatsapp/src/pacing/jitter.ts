/** Exponential delay for the `attempt`-th try (1-based), capped at `maxMs`. */
export function exponentialMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * "Equal jitter": half the delay fixed, half random, so many numbers reconnecting or
 * backing off at once spread out instead of hitting WhatsApp in lockstep.
 */
export function withJitter(ms: number, random: () => number): number {
  return Math.round(ms / 2 + random() * (ms / 2));
}
