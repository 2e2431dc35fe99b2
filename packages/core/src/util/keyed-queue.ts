import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Runs tasks one at a time per key, keys in parallel. A task that runs inside another
 * task holding the same key runs at once instead of waiting for itself (so a turn can
 * call `desk.send()` without deadlocking). Keys leave the map when drained, so idle
 * conversations cost nothing.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const holding = this.held.getStore();
    if (holding?.has(key)) return task();
    const nextHeld = new Set(holding ?? []).add(key);
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(
      () => this.held.run(nextHeld, task),
      () => this.held.run(nextHeld, task),
    );
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** True when the caller runs inside a task holding `key`. */
  holds(key: string): boolean {
    return this.held.getStore()?.has(key) ?? false;
  }

  /** Keys with work queued or running. */
  get size(): number {
    return this.tails.size;
  }
}
