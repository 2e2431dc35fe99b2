import { EventEmitter } from 'eventemitter3';
import { toError } from '../errors.js';
import type { DeskEventName, DeskEvents } from '../events.js';
import type { Logger } from '../logger.js';

export type AnyListener = (name: DeskEventName, payload: DeskEvents[DeskEventName]) => unknown;

/**
 * Typed events whose listeners can never break the emitter: a listener that throws
 * (or rejects) is reported on `error`, and an `error` listener that fails is logged.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private readonly anyListeners = new Set<AnyListener>();

  constructor(private readonly logger: Logger) {}

  on<E extends DeskEventName>(name: E, listener: (payload: DeskEvents[E]) => unknown): () => void {
    const wrapped = (payload: DeskEvents[E]) => this.guard(name, () => listener(payload));
    this.emitter.on(name, wrapped);
    return () => this.emitter.off(name, wrapped);
  }

  onAny(listener: AnyListener): () => void {
    this.anyListeners.add(listener);
    return () => this.anyListeners.delete(listener);
  }

  emit<E extends DeskEventName>(name: E, payload: DeskEvents[E]): void {
    if (name === 'error' && this.emitter.listenerCount('error') === 0) {
      const { error, stage } = payload as DeskEvents['error'];
      this.logger.error(`parley: ${stage}: ${error.message}`, { error });
    }
    this.emitter.emit(name, payload);
    for (const listener of this.anyListeners) this.guard(name, () => listener(name, payload));
  }

  /**
   * Emits and waits for listeners that return a promise, so their work finishes before
   * the emitter goes on (the outbound chain awaits `limit.reached` this way). Failures
   * are reported on `error` as with `emit`, never thrown.
   */
  async emitAndWait<E extends DeskEventName>(name: E, payload: DeskEvents[E]): Promise<void> {
    const pending = (this.emitter.listeners(name) as Array<(p: unknown) => unknown>).map((l) =>
      l(payload),
    );
    for (const listener of this.anyListeners)
      pending.push(this.guard(name, () => listener(name, payload)));
    await Promise.all(pending);
  }

  private guard(name: DeskEventName, run: () => unknown): Promise<void> | undefined {
    const fail = (e: unknown) => {
      if (name === 'error') {
        this.logger.error('parley: an error listener threw', { error: e });
        return;
      }
      this.emit('error', { error: toError(e), stage: `listener:${name}` });
    };
    try {
      const result = run();
      if (result instanceof Promise) return result.then(() => undefined, fail);
    } catch (e) {
      fail(e);
    }
    return undefined;
  }
}
