import type { StoreWrite } from '@parley/core';

interface Submission<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit for a store's hot statements: items that arrive while earlier ones are in
 * flight go out together, as one statement (one round trip and, for writes, one commit),
 * when those are done. A lone item goes out at once, so nothing waits when the desk is
 * quiet; under load, concurrent turns share their round trips.
 *
 * When a combined statement fails, each of its items is tried again on its own, so one
 * bad item (a row that breaks a constraint, text Postgres refuses) fails alone and the
 * others still land.
 */
export class Combiner<T, R> {
  readonly #queue: Array<Submission<T, R>> = [];
  #inFlight = 0;

  /**
   * @param run Runs items in one statement, with one result per item, in order.
   * @param maxInFlight Combined statements at once (the rest queue and combine).
   * @param maxGroup Items in one statement at most (bounds its size and parameters).
   */
  constructor(
    private readonly run: (items: readonly T[]) => Promise<readonly R[]>,
    private readonly maxInFlight = 2,
    private readonly maxGroup = 32,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#pump();
    });
  }

  #pump() {
    while (this.#inFlight < this.maxInFlight && this.#queue.length > 0) {
      const group = this.#queue.splice(0, this.maxGroup);
      this.#inFlight++;
      void this.#flush(group).finally(() => {
        this.#inFlight--;
        this.#pump();
      });
    }
  }

  async #alone(s: Submission<T, R>) {
    try {
      const [result] = await this.run([s.item]);
      s.resolve(result as R);
    } catch (error) {
      s.reject(error);
    }
  }

  async #flush(group: Array<Submission<T, R>>) {
    if (group.length === 1) return this.#alone(group[0]!);
    let results: readonly R[];
    try {
      results = await this.run(group.map((s) => s.item));
    } catch {
      // Which item was at fault is unknown: each goes again alone.
      await Promise.all(group.map((s) => this.#alone(s)));
      return;
    }
    for (const [i, s] of group.entries()) s.resolve(results[i] as R);
  }
}

/**
 * `Store.batch` with group commit: each batch stays all or none. Batches from one caller
 * arrive one after another (each is awaited), so their order holds; a record written by
 * two batches of the same group keeps the later write, as in sequence.
 */
export function writeCombiner(
  write: (writes: readonly StoreWrite[]) => Promise<void>,
  maxInFlight?: number,
  maxGroup?: number,
): Combiner<readonly StoreWrite[], void> {
  return new Combiner<readonly StoreWrite[], void>(
    async (batches) => {
      await write(batches.flat());
      return batches.map(() => undefined);
    },
    maxInFlight,
    maxGroup,
  );
}
