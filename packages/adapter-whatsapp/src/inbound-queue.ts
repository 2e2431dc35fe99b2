import type { Logger, ReceiveOutcome } from '@parley/core';

/**
 * Hands inbound messages to the engine in arrival order without waiting for each
 * turn: normalisation runs one batch at a time (so a burst keeps its order, RT9),
 * each `receive()` is started in order and tracked until its turn is done.
 */
export class InboundQueue {
  private chain: Promise<void> = Promise.resolve();
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(private readonly logger: Logger) {}

  /** Runs `work` after everything enqueued before it. */
  enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.chain.then(work).catch((error) => {
      this.logger.error('whatsapp: inbound message could not be handled', { error });
    });
    this.chain = next;
    return next;
  }

  /** Follows one `receive()` to the end of its turn. */
  track(turn: Promise<ReceiveOutcome>, externalId: string): void {
    const tracked = turn.then(
      (outcome) => {
        if (outcome.status === 'failed') {
          this.logger.warn('whatsapp: inbound message failed', {
            externalId,
            error: outcome.error.message,
          });
        }
      },
      (error) => this.logger.error('whatsapp: receive threw', { externalId, error }),
    );
    this.inflight.add(tracked);
    void tracked.finally(() => this.inflight.delete(tracked));
  }

  /** Resolves when nothing is queued or in a turn. */
  async idle(): Promise<void> {
    for (;;) {
      const chain = this.chain;
      await chain;
      if (this.inflight.size === 0 && chain === this.chain) return;
      await Promise.allSettled([...this.inflight]);
    }
  }
}
