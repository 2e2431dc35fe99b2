import type { Clock } from '@parley/core';
import { systemClock } from '@parley/core';

/**
 * The wall clock moved forward by `offsetMs`: a restarted child "wakes up later" without
 * anyone waiting, so jobs due while no process was up are due at once.
 */
export function offsetClock(offsetMs: number): Clock {
  return {
    now: () => new Date(Date.now() + offsetMs),
    setTimeout: systemClock.setTimeout,
  };
}
