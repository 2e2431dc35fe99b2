/**
 * A list kept in (time, key) order for the memory store's scans. Most inserts land at
 * the end (records arrive in time order), so insertion is a push or a short splice.
 * Removal only marks an item; the dead are swept out once they are a fair share of
 * the list, so deleting many records one by one stays linear overall.
 */
export class SortedList<T> {
  private items: T[] = [];
  private readonly dead = new Set<T>();

  constructor(
    private readonly timeOf: (item: T) => number,
    private readonly keyOf: (item: T) => string,
  ) {}

  get size(): number {
    return this.items.length - this.dead.size;
  }

  insert(item: T): void {
    const last = this.items.at(-1);
    if (last === undefined || this.compare(last, item) <= 0) this.items.push(item);
    else this.items.splice(this.upperBound(this.timeOf(item), this.keyOf(item)), 0, item);
  }

  remove(item: T): void {
    if (this.indexOf(item) < 0) return;
    this.dead.add(item);
    if (this.dead.size > 1024 && this.dead.size * 4 > this.items.length) this.sweep();
  }

  /** Puts `next` where `previous` is; both must sort the same. */
  replace(previous: T, next: T): void {
    const i = this.indexOf(previous);
    if (i >= 0) this.items[i] = next;
  }

  /** Live items from position `start` on, in order. */
  *from(start: number): Generator<T> {
    const checkDead = this.dead.size > 0;
    for (let i = start; i < this.items.length; i++) {
      const item = this.items[i]!;
      if (checkDead && this.dead.has(item)) continue;
      yield item;
    }
  }

  /** Position of the first item at or after `time`. */
  lowerBound(time: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timeOf(this.items[mid]!) < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Position of the first item sorting after (`time`, `key`). */
  upperBound(time: number, key: string): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const item = this.items[mid]!;
      const t = this.timeOf(item);
      if (t < time || (t === time && this.keyOf(item) <= key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexOf(item: T): number {
    if (this.dead.has(item)) return -1;
    // Equal sort keys are adjacent: look through them for this very item.
    for (let i = this.upperBound(this.timeOf(item), this.keyOf(item)) - 1; i >= 0; i--) {
      const candidate = this.items[i]!;
      if (candidate === item) return i;
      if (this.compare(candidate, item) !== 0) return -1;
    }
    return -1;
  }

  private compare(a: T, b: T): number {
    const d = this.timeOf(a) - this.timeOf(b);
    if (d !== 0) return d;
    const ka = this.keyOf(a);
    const kb = this.keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }

  private sweep(): void {
    this.items = this.items.filter((item) => !this.dead.has(item));
    this.dead.clear();
  }
}
