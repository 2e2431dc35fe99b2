import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Runs tasks one at a time per key, keys in parallel. Keys leave the map when
 * drained, so idle conversations cost nothing.
 *
 * Re-entrancy: code that runs inside `enter(key, fn)` may call `run(key, ...)` again
 * and runs at once instead of waiting for itself. Only host code is wrapped this way
 * (middleware may call `desk.send()`); AsyncLocalStorage slows every promise in the
 * process once used, so the engine's own stages pass the held lock explicitly instead.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    if (this.holds(key)) return task();
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(noop, noop);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Runs `fn` marked as holding `key` (the caller must already hold it). */
  enter<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const current = this.held.getStore();
    return this.held.run(new Set(current ?? []).add(key), fn);
  }

  /**
   * Runs `fn` as if no key were held, so what it queues waits its turn even when the
   * caller runs inside `enter` (timers and background work started from host code).
   */
  outside<T>(fn: () => T): T {
    return this.held.getStore() === undefined ? fn() : this.held.exit(fn);
  }

  /** True when the caller runs inside `enter(...)` for any key. */
  holdsAny(): boolean {
    return (this.held.getStore()?.size ?? 0) > 0;
  }

  /** True when the caller runs inside `enter(key, ...)`. */
  holds(key: string): boolean {
    return this.held.getStore()?.has(key) ?? false;
  }

  /** Keys with work queued or running. */
  get size(): number {
    return this.tails.size;
  }
}

function noop(): void {}
