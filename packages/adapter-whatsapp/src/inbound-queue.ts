import type {
  ChannelContext,
  InboundMessage,
  Logger,
  ReceiveOptions,
  ReceiveOutcome,
} from '@parley/core';

/**
 * Hands inbound messages to the engine in arrival order without waiting for each
 * turn: normalisation runs one batch at a time (so a burst keeps its order, RT9),
 * each `receive()` is started in order, resolves once the message is durably
 * accepted, and is tracked until its turn is done.
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

  /**
   * Hands one message to `receive` (which resolves once it is durably accepted) and
   * follows its turn to the end, for `idle()`. Resolves with the acceptance.
   */
  receive(
    receive: ChannelContext['receive'],
    inbound: InboundMessage,
    options: Pick<ReceiveOptions, 'hold'> = {},
  ): Promise<ReceiveOutcome | undefined> {
    let settle!: () => void;
    const turn = new Promise<void>((r) => {
      settle = r;
    });
    this.inflight.add(turn);
    void turn.finally(() => this.inflight.delete(turn));
    const externalId = inbound.externalId;
    return receive(inbound, {
      ...options,
      settled: (outcome) => {
        if (outcome.status === 'failed') {
          this.logger.warn('whatsapp: inbound message failed', {
            externalId,
            error: outcome.error.message,
          });
        }
        settle();
      },
    }).catch((error: unknown) => {
      this.logger.error('whatsapp: receive threw', { externalId, error });
      settle();
      return undefined;
    });
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
