import type { InboundMessage, ReceiveOptions, ReceiveOutcome } from '../channel/adapter.js';
import { inboundMessageSchema } from '../channel/inbound-schema.js';
import { ParleyError, toError } from '../errors.js';
import { supersedeBurst } from '../grouping/burst.js';
import { compose, type Middleware } from '../pipeline/compose.js';
import { pipelineStages, turnStages } from '../pipeline/stages/index.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import { defineTurnHandover } from '../turns/handover.js';
import { inTurnScope } from '../turns/record-cache.js';
import {
  finishTurn,
  LEGACY_SWEEP_JOB,
  recoverConversation,
  recoverTurns,
  runPendingTurns,
} from '../turns/recover.js';
import { ledgerOf } from '../turns/turn-ledger.js';
import { channelRuntime, conversationKey, type DeskRuntime, exclusive } from './runtime.js';
import { createTurnContext } from './turn.js';

/** The desk's inbound side: `receive()`, turn recovery, and the lifecycle flags they share. */
export interface Receiver {
  receive(
    channelId: string,
    raw: InboundMessage,
    options?: ReceiveOptions,
  ): Promise<ReceiveOutcome>;
  /** Composes the pipelines again (host middleware changed). */
  recompose(): void;
  /** Runs the unfinished turns left by a crash or a stop; call after channels start. */
  resume(): Promise<number>;
  /**
   * Starts this process's sweep for stale unfinished turns of its channels (shared
   * schedulers: turns of a process that died, or whose first recovery failed).
   */
  armSweep(): void;
  /** Stops the sweep (desk.stop). */
  disarmSweep(): void;
}

/**
 * Builds `receive()`: validate, then, holding the conversation's key, accept (record the
 * message and its pending turn) and run the turn. With `wait: 'accepted'` the caller is
 * answered as soon as the record is written; the turn runs on and `desk.stop()` waits
 * for it.
 */
export function createReceiver(
  rt: DeskRuntime,
  host: ReadonlyArray<Middleware<TurnContext>>,
): Receiver {
  // Composed once, and again only when host middleware is added.
  let pipeline = compose(pipelineStages(rt, host));
  let turnPipeline = compose(turnStages(rt, host));
  const runTurn = (ctx: TurnContext) => turnPipeline(ctx);
  const sweepEveryMs = rt.config.turnRecovery.sweepEveryMs;
  const staleAfterMs = rt.config.turnRecovery.staleAfterMs;

  // The sweep: where processes share a Postgres server, each looks for stale unfinished
  // turns of the channels it runs, on its own timer. (A shared job ran in whichever process
  // took it, which swept only its own channels: a turn on another process's channel that
  // failed its first recovery waited for a restart.) A single process (memory, PGlite)
  // finds its unfinished turns on its next start.
  let sweep: { cancel(): void } | undefined;
  // Earlier versions scheduled the sweep as a shared job: such jobs still in a database
  // finish without doing anything.
  if (rt.scheduler.shared === true) rt.scheduler.define(LEGACY_SWEEP_JOB, async () => {});
  const receiver: Receiver = {
    recompose() {
      pipeline = compose(pipelineStages(rt, host));
      turnPipeline = compose(turnStages(rt, host));
    },
    resume: () => recoverTurns(rt, runTurn),
    armSweep() {
      if (rt.scheduler.shared !== true || sweep) return;
      const tick = () => {
        sweep = rt.clock.setTimeout(async () => {
          if (rt.stopping) return;
          await recoverTurns(rt, runTurn, { staleAfterMs }).catch((e: unknown) =>
            rt.bus.emit('error', { error: toError(e), stage: 'recover' }),
          );
          if (sweep && !rt.stopping) tick();
        }, sweepEveryMs);
      };
      tick();
    },
    disarmSweep() {
      sweep?.cancel();
      sweep = undefined;
    },
    receive,
  };
  // A turn whose channel moved to another process mid-turn is run there (its lane).
  defineTurnHandover(rt, (tenantId, conversationId) =>
    recoverConversation(rt, runTurn, tenantId, conversationId),
  );

  async function receive(
    channelId: string,
    raw: InboundMessage,
    options: ReceiveOptions = {},
  ): Promise<ReceiveOutcome> {
    const channel = channelRuntime(rt, channelId);
    const parsed = inboundMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const error = new ParleyError(
        'INPUT_INVALID',
        `Inbound message on channel "${channelId}" is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      rt.bus.emit('error', { error, stage: 'validate', channelId });
      return { status: 'failed', error };
    }
    if (rt.stopping)
      return {
        status: 'failed',
        error: new ParleyError('CHANNEL_UNAVAILABLE', 'The desk is stopping.'),
      };
    const inbound = parsed.data as InboundMessage;
    const key = conversationKey(channelId, inbound.from.externalId);
    supersedeBurst(rt, key);
    const early = options.wait === 'accepted' ? deferred<ReceiveOutcome>() : undefined;
    const done = exclusive(rt, key, () =>
      inTurnScope(rt.store, key, async () => {
        const ctx = createTurnContext(rt, channel, inbound);
        const ledger = ledgerOf(ctx);
        if (early) ledger.acknowledge = () => early.resolve(ctx.outcome);
        if (options.hold) ledger.hold = options.hold;
        try {
          await finishTurn(
            rt,
            ctx,
            () => pipeline(ctx),
            () => rt.stopping,
          );
          const rerun = ledger.rerun;
          if (rerun) {
            ledger.acknowledge?.();
            await runPendingTurns(rt, runTurn, rerun.tenantId, rerun.conversationId);
          }
        } catch (e) {
          const error = toError(e);
          rt.bus.emit('error', {
            error,
            stage: 'turn',
            channelId,
            ...(ctx.conversation !== undefined && { conversationId: ctx.conversation.id }),
          });
          // A message already recorded stays accepted: it is in the inbox for humans.
          if (ctx.outcome.status !== 'accepted') ctx.outcome = { status: 'failed', error };
        }
        return ctx.outcome;
      }),
    );
    if (options.settled) {
      const settled = options.settled;
      void done.then(settled, (error: unknown) =>
        settled({ status: 'failed', error: toError(error) }),
      );
    }
    if (!early) return done;
    const tracked: Promise<unknown> = done
      .catch(() => undefined)
      .finally(() => rt.background.delete(tracked));
    rt.background.add(tracked);
    return Promise.race([done, early.promise]);
  }

  return receiver;
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
