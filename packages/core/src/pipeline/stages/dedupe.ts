import type { DeskRuntime } from '../../desk/runtime.js';
import type { Message } from '../../model/records.js';
import {
  PENDING_TURNS_NAMESPACE,
  type PendingTurn,
  pendingKey,
  pendingSpace,
} from '../../turns/pending-turns.js';
import { ledgerOf } from '../../turns/turn-ledger.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Processes each channel message id once, however often the channel delivers it. The
 * recorded message is the proof: the turn holds the conversation's key (across
 * processes too, with a store lock), so a redelivery always finds the first copy, and
 * a delivery whose turn failed before the message was recorded can be retried. A
 * redelivery of a message whose turn never finished (the process died) runs that turn
 * instead of answering `duplicate`.
 */
export function dedupeStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function dedupe(ctx, next) {
    const seen = await findSeen(rt, ctx);
    if (seen) {
      const turn = {
        tenantId: ctx.tenantId,
        conversationId: seen.conversationId,
        messageId: seen.id,
      };
      if (seen.status === 'received' && (await pendingSpace(rt).get(pendingKey(turn)))) {
        ledgerOf(ctx).rerun = turn;
        ctx.outcome = {
          status: 'accepted',
          conversationId: seen.conversationId,
          messageId: seen.id,
        };
        return;
      }
      ctx.outcome = { status: 'duplicate' };
      return;
    }
    await next();
  };
}

/**
 * The message already recorded under this external id. A store with `readInbound` also
 * finds the contact and its conversation in the same round trip, for the conversation stage.
 */
async function findSeen(rt: DeskRuntime, ctx: TurnContext): Promise<Message | undefined> {
  const { tenantId, inbound } = ctx;
  if (!rt.store.readInbound) {
    return rt.store.findMessageByExternalId(tenantId, ctx.channel.id, inbound.externalId);
  }
  const identity = { channelId: ctx.channel.id, externalId: inbound.from.externalId };
  const found = await rt.store.readInbound(tenantId, identity, inbound.externalId, {
    historyLimit: rt.config.historyLimit,
    entriesOf: PENDING_TURNS_NAMESPACE,
  });
  ledgerOf(ctx).inbound = {
    ...(found.contact !== undefined && { contact: found.contact }),
    ...(found.conversation !== undefined && { conversation: found.conversation }),
    // No conversation yet: no unfinished turns either.
    pending: found.conversation ? (found.entries ?? []).map((e) => e.value as PendingTurn) : [],
  };
  return found.message;
}
