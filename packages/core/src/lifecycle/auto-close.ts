import { updateConversation } from '../conversation/transitions.js';
import { type DeskRuntime, exclusive, keyOf, tenantConfig } from '../desk/runtime.js';
import { toError } from '../errors.js';
import type { Conversation } from '../model/records.js';
import { say } from '../routing/say.js';
import { rebalance, teamsFreedBy } from '../teams/assign.js';

export const AUTO_CLOSE_JOB = 'parley.auto-close';

interface Payload {
  tenantId: string;
  conversationId: string;
}

const jobId = (tenantId: string, conversationId: string) =>
  `auto-close/${tenantId}/${conversationId}`;

function idleLimitMs(rt: DeskRuntime, tenantId: string): number {
  return tenantConfig(rt, tenantId).autoCloseHours * 3_600_000;
}

/** True when the conversation has been idle for the tenant's auto-close period (IN4). */
export function isIdle(rt: DeskRuntime, conv: Conversation): boolean {
  return rt.clock.now().getTime() - conv.lastActivityAt.getTime() >= idleLimitMs(rt, conv.tenantId);
}

/**
 * Arms the conversation's auto-close job for the end of its idle period. One job per
 * conversation: when it fires early (there was activity since) it re-arms itself, so
 * messages need not touch it.
 */
export async function scheduleAutoClose(rt: DeskRuntime, conv: Conversation): Promise<void> {
  await rt.scheduler.schedule<Payload>({
    id: jobId(conv.tenantId, conv.id),
    type: AUTO_CLOSE_JOB,
    runAt: new Date(conv.lastActivityAt.getTime() + idleLimitMs(rt, conv.tenantId)),
    payload: { tenantId: conv.tenantId, conversationId: conv.id },
  });
}

/**
 * Closes the conversation for inactivity and says so in an event. Callers then
 * rebalance the teams it frees (`teamsFreedBy`), once they hold no key.
 */
export async function closeForInactivity(
  rt: DeskRuntime,
  conv: Conversation,
): Promise<Conversation> {
  rt.inflight.get(conv.id)?.abort(new Error('closed for inactivity'));
  const closed = await updateConversation(rt, conv, {
    status: 'closed',
    closedAt: rt.clock.now(),
  });
  rt.bus.emit('conversation.closed', { conversation: closed, reason: 'inactivity' });
  return closed;
}

/** Registers the job handler. Jobs run outside any caller's locks (see KeyedQueue.outside). */
export function defineAutoClose(rt: DeskRuntime): void {
  rt.scheduler.define<Payload>(AUTO_CLOSE_JOB, (job) =>
    rt.queue.outside(async () => {
      const { tenantId, conversationId } = job.payload;
      const first = await rt.store.getConversation(tenantId, conversationId);
      if (!first || first.status === 'closed') return;
      const closed = await exclusive(rt, keyOf(first), async () => {
        let conv = await rt.store.getConversation(tenantId, conversationId);
        if (!conv || conv.status === 'closed') return undefined;
        if (!isIdle(rt, conv)) {
          await scheduleAutoClose(rt, conv);
          return undefined;
        }
        const message = tenantConfig(rt, tenantId).autoCloseMessage;
        if (message) {
          // A closing message that cannot be sent (reply window over) must not keep
          // the conversation open.
          conv = await say(rt, conv, message).catch((e: unknown) => {
            rt.bus.emit('error', {
              error: toError(e),
              stage: 'auto-close-message',
              conversationId,
            });
            return conv!;
          });
        }
        return closeForInactivity(rt, conv);
      });
      if (closed) await rebalance(rt, closed.tenantId, teamsFreedBy(rt, closed));
    }),
  );
}
