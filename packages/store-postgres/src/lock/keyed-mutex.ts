import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One holder per key inside this process. A holder that asks for a key it already
 * holds runs at once (re-entrant), so nested exclusive sections never deadlock.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();

  holds(key: string): boolean {
    return this.held.getStore()?.has(key) ?? false;
  }

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    if (this.holds(key)) return fn();
    const holding = new Set(this.held.getStore() ?? []).add(key);
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(() => this.held.run(holding, fn));
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
