import type { DeskRuntime } from '../../desk/runtime.js';
import { pendingKey, pendingSpace } from '../../turns/pending-turns.js';
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
    const seen = await rt.store.findMessageByExternalId(
      ctx.tenantId,
      ctx.channel.id,
      ctx.inbound.externalId,
    );
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
