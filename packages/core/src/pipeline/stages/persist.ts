import { withMessage } from '../../conversation/factory.js';
import type { DeskRuntime } from '../../desk/runtime.js';
import type { Message } from '../../model/records.js';
import { recordPending } from '../../turns/pending-turns.js';
import { ledgerOf } from '../../turns/turn-ledger.js';
import { newId } from '../../util/ids.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Records the inbound message and its pending turn, updates the inbox row, emits
 * `message.received`, then acknowledges: the channel may answer its webhook now, the
 * turn runs on. The pending turn is written first, so a crash anywhere after leaves a
 * record that finds the message (a record without its message is dropped on recovery).
 */
export function persistStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function persist(ctx, next) {
    const { inbound } = ctx;
    const createdAt = rt.clock.now();
    const message: Message = {
      id: newId('msg', createdAt.getTime()),
      tenantId: ctx.tenantId,
      conversationId: ctx.conversation.id,
      channelId: ctx.channel.id,
      contactId: ctx.contact.id,
      direction: 'inbound',
      author: { kind: 'contact' },
      content: inbound.content,
      status: 'received',
      externalId: inbound.externalId,
      ...(inbound.replyToExternalId !== undefined && {
        replyToExternalId: inbound.replyToExternalId,
      }),
      ...(inbound.referral !== undefined && { referral: inbound.referral }),
      createdAt,
    };
    const ledger = ledgerOf(ctx);
    if (ledger.hold) return hold(rt, ctx, message, ledger.hold);
    const pending = {
      tenantId: ctx.tenantId,
      conversationId: ctx.conversation.id,
      channelId: ctx.channel.id,
      messageId: message.id,
      isNew: ctx.isNewConversation,
      needsRoute: ctx.needsRoute,
      awaitingSurvey: ctx.awaitingSurvey,
      at: createdAt.getTime(),
    };
    await recordPending(rt, pending);
    ledger.pending.push(pending);
    await rt.store.appendMessage(message);
    ctx.message = message;
    ctx.turn = [message];
    ctx.conversation = withMessage(ctx.conversation, message);
    await rt.store.saveConversation(ctx.conversation);
    ctx.outcome = {
      status: 'accepted',
      conversationId: ctx.conversation.id,
      messageId: message.id,
    };
    rt.bus.emit('message.received', {
      message,
      conversation: ctx.conversation,
      contact: ctx.contact,
    });
    ledger.acknowledge?.();
    await next();
  };
}

/** Records a held message for operators: no pending turn, no turn (ReceiveOptions.hold). */
async function hold(
  rt: DeskRuntime,
  ctx: TurnContext,
  inbound: Message,
  held: { reason: string; label?: string },
): Promise<void> {
  const message: Message = { ...inbound, reason: held.reason };
  await rt.store.appendMessage(message);
  ctx.message = message;
  ctx.turn = [message];
  const conv = withMessage(ctx.conversation, message);
  const { label } = held;
  ctx.conversation = {
    ...conv,
    labels:
      label === undefined || conv.labels.includes(label) ? conv.labels : [...conv.labels, label],
    // Routed when the customer writes again; until then it waits in the queue.
    state: ctx.needsRoute ? { ...conv.state, pendingRoute: true } : conv.state,
  };
  await rt.store.saveConversation(ctx.conversation);
  ctx.outcome = { status: 'accepted', conversationId: ctx.conversation.id, messageId: message.id };
  rt.bus.emit('message.received', {
    message,
    conversation: ctx.conversation,
    contact: ctx.contact,
  });
  ledgerOf(ctx).acknowledge?.();
}
