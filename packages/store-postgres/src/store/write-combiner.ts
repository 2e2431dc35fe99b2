import type { StoreWrite } from '@parley/core';

interface Submission {
  writes: readonly StoreWrite[];
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit for `Store.batch`: batches that arrive while earlier ones are being
 * written go out together, as one statement (one round trip, one commit) when the ones
 * in flight are done. A lone batch is written at once, so nothing waits when the desk is
 * quiet; under load, concurrent turns share their writes' round trips and commits.
 *
 * Each batch stays all or none: when a combined statement fails, every batch in it is
 * written again on its own, so one bad batch fails alone and the others still land.
 * Batches from one caller arrive one after another (each is awaited), so their order
 * holds; a record written by two batches of the same group keeps the later write, as
 * it would have written in sequence.
 */
export class WriteCombiner {
  readonly #queue: Submission[] = [];
  #inFlight = 0;

  /**
   * @param write Writes a list of writes in one statement, all or none.
   * @param maxInFlight Combined statements at once (the rest queue and combine).
   * @param maxGroup Batches in one statement at most (bounds its size and parameters).
   */
  constructor(
    private readonly write: (writes: readonly StoreWrite[]) => Promise<void>,
    private readonly maxInFlight = 2,
    private readonly maxGroup = 32,
  ) {}

  submit(writes: readonly StoreWrite[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ writes, resolve, reject });
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

  async #flush(group: Submission[]) {
    if (group.length === 1) {
      const [only] = group as [Submission];
      await this.write(only.writes).then(only.resolve, only.reject);
      return;
    }
    try {
      await this.write(group.flatMap((s) => s.writes));
    } catch {
      // Which batch was at fault is unknown: each goes again alone.
      await Promise.all(group.map((s) => this.write(s.writes).then(s.resolve, s.reject)));
      return;
    }
    for (const s of group) s.resolve();
  }
}
