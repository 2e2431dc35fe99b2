import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultBackoffMs, retryAfterMs } from './backoff.js';

describe('back-off', () => {
  it('doubles from the base per retry and stops at the cap', () => {
    const o = { baseMs: 1000, maxMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, o))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(defaultBackoffMs(1)).toBe(1000);
    expect(defaultBackoffMs(40)).toBe(3_600_000);
  });

  it('equal jitter keeps half and draws the other half; a share takes off up to that part', () => {
    const at = (r: number) => () => r;
    expect(backoffDelay(2, { baseMs: 1000, maxMs: 10_000, jitter: 'equal', random: at(0) })).toBe(
      1000,
    );
    expect(backoffDelay(2, { baseMs: 1000, maxMs: 10_000, jitter: 'equal', random: at(1) })).toBe(
      2000,
    );
    expect(backoffDelay(1, { baseMs: 1000, maxMs: 10_000, jitter: 0.25, random: at(1) })).toBe(750);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores what it cannot read', () => {
    const now = new Date('2026-01-05T09:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Mon, 05 Jan 2026 09:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
