/**
 * Reconnect delay: exponential from 500 ms, capped at 30 s, with "equal jitter" (half
 * fixed, half random) so a server restart is not met by every tab at the same instant.
 * `floor` holds off longer when the server said it is full or the client too fast.
 */
export function reconnectDelay(attempt: number, random: () => number, floor = 0): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.min(attempt, 16));
  return Math.max(floor, Math.round(ceiling / 2 + (random() * ceiling) / 2));
}
