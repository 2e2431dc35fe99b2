import type { Clock, TimerHandle } from '../clock.js';

interface PendingTimer {
  id: number;
  at: number;
  fn: () => unknown;
}

/** A clock that only moves when told to; timers fire in time order. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, firing every timer due on the way (awaiting each). */
  advance(ms: number): Promise<void>;
  /** Moves time to `date` (never backwards). */
  setTime(date: Date | string): Promise<void>;
  /** Number of timers not yet fired. */
  pending(): number;
}

export function createFakeClock(start: Date | string = '2026-01-05T09:00:00Z'): FakeClock {
  let now = new Date(start).getTime();
  let seq = 0;
  const timers: PendingTimer[] = [];

  const nextDue = (until: number) => {
    let best: PendingTimer | undefined;
    for (const t of timers) {
      if (t.at <= until && (!best || t.at < best.at || (t.at === best.at && t.id < best.id)))
        best = t;
    }
    return best;
  };

  const advanceTo = async (target: number) => {
    for (;;) {
      const timer = nextDue(target);
      if (!timer) break;
      timers.splice(timers.indexOf(timer), 1);
      now = Math.max(now, timer.at);
      await timer.fn();
      // Let promise chains started by the timer settle before the next one fires.
      await flushMicrotasks();
    }
    now = Math.max(now, target);
    await flushMicrotasks();
  };

  return {
    now: () => new Date(now),
    setTimeout(fn, ms): TimerHandle {
      const timer = { id: ++seq, at: now + Math.max(0, ms), fn };
      timers.push(timer);
      return {
        cancel() {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
        },
      };
    },
    advance: (ms) => advanceTo(now + ms),
    setTime: (date) => advanceTo(new Date(date).getTime()),
    pending: () => timers.length,
  };
}

/** Yields to queued promise callbacks and I/O callbacks a few times. */
export async function flushMicrotasks(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((r) => setImmediate(r));
}
