import type { Clock, TimerHandle } from '@parley/core';
import { Fifo, MinHeap } from './queues.js';

/** Which delivery to attempt: enough to find its record and its endpoint's lane. */
export interface DeliveryRef {
  tenantId: string;
  endpointId: string;
  deliveryId: string;
}

export interface DispatcherOptions {
  clock: Clock;
  /** Attempts in flight at once across all endpoints. */
  maxConcurrency: number;
  /** Attempts in flight at once for this ref's endpoint. */
  limitOf(ref: DeliveryRef): number;
  /** Makes one attempt; never expected to throw (failures are reported to onError). */
  run(ref: DeliveryRef): Promise<void>;
  onError(error: unknown, ref: DeliveryRef): void;
  /** Hands delayed work to a durable scheduler instead of this process's timer. */
  later?(ref: DeliveryRef, at: Date): Promise<void>;
}

interface Lane {
  queue: Fifo<DeliveryRef>;
  active: number;
  pausedUntil: number;
}

/**
 * Runs delivery attempts in memory: a FIFO lane per endpoint with its concurrency limit,
 * a global limit, and one clock timer for the earliest delayed attempt. It only holds
 * refs (small strings); the outbox in the store is the truth, so losing this on a crash
 * loses nothing — `start()` rebuilds it from the outbox.
 */
export class Dispatcher {
  private readonly lanes = new Map<string, Lane>();
  private readonly queued = new Set<string>();
  private readonly running = new Set<string>();
  private readonly delayed = new MinHeap<{ at: number; key: string; ref: DeliveryRef }>();
  /** The time each delayed key is due; heap entries that disagree are stale. */
  private readonly dueAt = new Map<string, number>();
  private readonly pauseTimers = new Set<TimerHandle>();
  private timer: { handle: TimerHandle; at: number } | undefined;
  private active = 0;
  private started = false;
  private idleWaiters: Array<() => void> = [];
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly options: DispatcherOptions) {}

  get isRunning(): boolean {
    return this.started;
  }

  start(): void {
    this.started = true;
    this.arm();
    this.pump();
  }

  /** Stops starting attempts and waits for those in flight. */
  async stop(): Promise<void> {
    this.started = false;
    this.timer?.handle.cancel();
    this.timer = undefined;
    for (const t of this.pauseTimers) t.cancel();
    this.pauseTimers.clear();
    await Promise.allSettled([...this.inFlight]);
    this.settleIdle();
  }

  /** Queues `ref` for an attempt as soon as its lane has room. */
  enqueue(ref: DeliveryRef): void {
    const key = keyOf(ref);
    if (this.queued.has(key)) return;
    this.dueAt.delete(key);
    this.queued.add(key);
    this.lane(ref).queue.push(ref);
    this.pump();
  }

  /** Queues `ref` for an attempt at `at` (now or earlier: at once). */
  at(ref: DeliveryRef, at: Date): void {
    const when = at.getTime();
    if (when <= this.options.clock.now().getTime()) {
      this.enqueue(ref);
      return;
    }
    if (this.options.later) {
      this.options.later(ref, at).catch((error) => {
        this.options.onError(error, ref);
        this.atLocal(ref, when);
      });
      return;
    }
    this.atLocal(ref, when);
  }

  /** Holds `ref`'s endpoint lane until `until` (the receiver asked us to slow down). */
  pause(ref: DeliveryRef, until: Date): void {
    const lane = this.lane(ref);
    lane.pausedUntil = Math.max(lane.pausedUntil, until.getTime());
    const ms = lane.pausedUntil - this.options.clock.now().getTime();
    if (ms <= 0 || !this.started) return;
    const handle = this.options.clock.setTimeout(() => {
      this.pauseTimers.delete(handle);
      this.pump();
    }, ms);
    this.pauseTimers.add(handle);
  }

  /** Resolves when nothing is queued or in flight (delayed attempts do not count). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private atLocal(ref: DeliveryRef, when: number): void {
    const key = keyOf(ref);
    this.dueAt.set(key, when);
    this.delayed.push({ at: when, key, ref });
    this.arm();
  }

  private arm(): void {
    if (!this.started) return;
    const next = this.nextDelayed();
    if (!next) return;
    if (this.timer && this.timer.at <= next.at) return;
    this.timer?.handle.cancel();
    const delay = Math.max(0, next.at - this.options.clock.now().getTime());
    const handle = this.options.clock.setTimeout(() => this.fireDue(), delay);
    this.timer = { handle, at: next.at };
  }

  private nextDelayed() {
    for (;;) {
      const top = this.delayed.peek();
      if (!top || this.dueAt.get(top.key) === top.at) return top;
      this.delayed.pop();
    }
  }

  private fireDue(): void {
    this.timer = undefined;
    const now = this.options.clock.now().getTime();
    for (;;) {
      const top = this.nextDelayed();
      if (!top || top.at > now) break;
      this.delayed.pop();
      this.dueAt.delete(top.key);
      this.enqueue(top.ref);
    }
    this.arm();
  }

  private lane(ref: DeliveryRef): Lane {
    const key = laneKey(ref);
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { queue: new Fifo(), active: 0, pausedUntil: 0 };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private pump(): void {
    if (!this.started) return;
    const now = this.options.clock.now().getTime();
    let progressed = true;
    // One attempt per lane per round, so one busy endpoint cannot starve the others.
    while (progressed && this.active < this.options.maxConcurrency) {
      progressed = false;
      for (const [key, lane] of this.lanes) {
        if (this.active >= this.options.maxConcurrency) break;
        if (lane.queue.size === 0) {
          if (lane.active === 0 && lane.pausedUntil <= now) this.lanes.delete(key);
          continue;
        }
        if (lane.pausedUntil > now) continue;
        if (lane.active >= this.options.limitOf(lane.queue.peek()!)) continue;
        this.launch(lane, lane.queue.shift()!);
        progressed = true;
      }
    }
    this.settleIdle();
  }

  private launch(lane: Lane, ref: DeliveryRef): void {
    const key = keyOf(ref);
    this.queued.delete(key);
    // The attempt in flight schedules its own follow-up; a second copy would race it.
    if (this.running.has(key)) return;
    this.running.add(key);
    this.active++;
    lane.active++;
    const done = this.options
      .run(ref)
      .catch((error) => this.options.onError(error, ref))
      .finally(() => {
        this.running.delete(key);
        this.active--;
        lane.active--;
        this.inFlight.delete(done);
        this.pump();
      });
    this.inFlight.add(done);
  }

  private isIdle(): boolean {
    if (this.active > 0) return false;
    if (!this.started) return true;
    const now = this.options.clock.now().getTime();
    for (const lane of this.lanes.values()) {
      if (lane.queue.size > 0 && lane.pausedUntil <= now) return false;
    }
    return true;
  }

  private settleIdle(): void {
    if (this.idleWaiters.length === 0 || !this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}

function keyOf(ref: DeliveryRef): string {
  return `${ref.tenantId}\u0000${ref.deliveryId}`;
}

function laneKey(ref: DeliveryRef): string {
  return `${ref.tenantId}\u0000${ref.endpointId}`;
}
