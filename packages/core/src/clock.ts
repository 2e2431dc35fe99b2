/** A handle to a pending timer. */
export interface TimerHandle {
  cancel(): void;
}

/**
 * Time, injected: everything in Parley that waits goes through a Clock, so tests use
 * `createFakeClock()` and never sleep.
 */
export interface Clock {
  now(): Date;
  /** Calls `fn` after `ms` milliseconds (an async `fn` is awaited by fake clocks). */
  setTimeout(fn: () => unknown, ms: number): TimerHandle;
}

/** The wall clock. Timers are unref'd so a pending timer never keeps a process alive. */
export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout(fn, ms) {
    const timer = setTimeout(fn, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    timer.unref?.();
    return { cancel: () => clearTimeout(timer) };
  },
};

/** Resolves after `ms` on `clock` (rejects with the signal's reason when aborted). */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      timer.cancel();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
