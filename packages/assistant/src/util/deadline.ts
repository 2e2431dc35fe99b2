import type { Clock } from '@parley/core';
import { ParleyError } from '@parley/core';

/**
 * Runs `work` with a signal that aborts when `parent` aborts or `ms` pass on `clock`.
 * A deadline rejects with a ParleyError `TIMEOUT` naming `what`, even if `work`
 * ignores its signal; a parent abort rejects with the parent's reason.
 */
export function withDeadline<T>(
  clock: Clock,
  ms: number,
  parent: AbortSignal,
  what: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (parent.aborted) return Promise.reject(parent.reason);
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      timer.cancel();
      parent.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      controller.abort(parent.reason);
      finish(() => reject(parent.reason));
    };
    const timer = clock.setTimeout(() => {
      const error = new ParleyError('TIMEOUT', `${what} took longer than ${ms} ms.`, {
        details: { timeoutMs: ms },
      });
      controller.abort(error);
      finish(() => reject(error));
    }, ms);
    parent.addEventListener('abort', onAbort, { once: true });
    work(controller.signal).then(
      (value) => finish(() => resolve(value)),
      (error) => finish(() => reject(error)),
    );
  });
}
