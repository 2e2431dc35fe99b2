import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One holder per key inside this process. A holder that asks for a key it already
 * holds runs at once (re-entrant), so nested exclusive sections never deadlock. A
 * caller that never nests passes `reentrant: false`, and the holder is not tracked with
 * AsyncLocalStorage, which once used runs hooks on every promise of the process.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();

  holds(key: string): boolean {
    return this.held.getStore()?.has(key) ?? false;
  }

  run<T>(key: string, fn: () => Promise<T>, reentrant = true): Promise<T> {
    if (this.holds(key)) return fn();
    const previous = this.tails.get(key) ?? Promise.resolve();
    let result: Promise<T>;
    if (reentrant) {
      const holding = new Set(this.held.getStore() ?? []).add(key);
      result = previous.then(() => this.held.run(holding, fn));
    } else {
      result = previous.then(fn);
    }
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
