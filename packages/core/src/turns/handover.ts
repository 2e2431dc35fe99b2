import { requireChannelHere } from '../desk/channel-owner.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { newId } from '../util/ids.js';

/** The job that runs a conversation's pending turns in the process owning its channel. */
export const TURN_HANDOVER_JOB = 'parley.turn-handover';

/** `channelId` makes it a job of the channel's lane: only the owner process claims it. */
export interface TurnHandover {
  tenantId: string;
  channelId: string;
  conversationId: string;
}

/**
 * True when the turn's channel left this process while the turn ran (its lease moved
 * to another process, or it was removed): the turn cannot answer from here.
 */
export function channelMoved(rt: DeskRuntime, channelId: string, runtime: unknown): boolean {
  return rt.channels.get(channelId) !== runtime;
}

/**
 * Hands a conversation's pending turns to the channel's owner: a durable job in the
 * channel's lane (shared schedulers). Without one, the records wait for the channel to
 * be added again here, whose start resumes them.
 */
export async function handOverTurns(rt: DeskRuntime, handover: TurnHandover): Promise<void> {
  if (rt.scheduler.shared !== true) return;
  const now = rt.clock.now();
  await rt.scheduler.schedule({
    id: newId('turnho', now.getTime()),
    type: TURN_HANDOVER_JOB,
    runAt: now,
    payload: handover,
  });
}

/**
 * Registers the handover job: the owner runs the conversation's pending turns holding
 * its key. Claimed by a process that no longer runs the channel (the lease moved
 * again), it fails and is retried later, when the owner may claim it.
 */
export function defineTurnHandover(
  rt: DeskRuntime,
  recover: (tenantId: string, conversationId: string) => Promise<void>,
): void {
  rt.scheduler.define<TurnHandover>(
    TURN_HANDOVER_JOB,
    (job) =>
      rt.queue.outside(async () => {
        const p = job.payload;
        requireChannelHere(rt, p.channelId, 'its handed-over turns wait');
        await recover(p.tenantId, p.conversationId);
      }),
    { maxAttempts: 20 },
  );
}
