import { withMessage } from '../../conversation/factory.js';
import { contactQueueKey } from '../../conversation/mutate-contact.js';
import type { DeskRuntime } from '../../desk/runtime.js';
import type { Message } from '../../model/records.js';
import type { StoreWrite } from '../../store/store-write.js';
import { foldUnfinished } from '../../turns/fold-unfinished.js';
import { pendingWrite } from '../../turns/pending-turns.js';
import { ledgerOf } from '../../turns/turn-ledger.js';
import { writeAll } from '../../turns/write-all.js';
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
    ctx.conversation = withMessage(ctx.conversation, message);
    // The pending turn, the message, the conversation and the contact in one write.
    await recordAccepted(rt, ctx, [
      pendingWrite(pending),
      { kind: 'message', message },
      { kind: 'conversation', conversation: ctx.conversation },
    ]);
    ledger.pending.push(pending);
    ctx.message = message;
    ctx.turn = [message];
    await foldUnfinished(rt, ctx);
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

/**
 * Writes the accepted message's records together (`Store.batch` when the store has it),
 * with the contact's change when it has one: applied to the contact as this process last
 * saw it, under the contact's queue, so an operator's edit made meanwhile is kept.
 */
async function recordAccepted(
  rt: DeskRuntime,
  ctx: TurnContext,
  writes: StoreWrite[],
): Promise<void> {
  const change = ledgerOf(ctx).contactChange;
  if (!change) return writeAll(rt, writes);
  const { tenantId, id } = ctx.contact;
  await rt.queue.run(contactQueueKey(tenantId, id), async () => {
    const base = (await rt.store.getContact(tenantId, id)) ?? ctx.contact;
    const contact = { ...change(base), updatedAt: rt.clock.now() };
    await writeAll(rt, [{ kind: 'contact', contact }, ...writes]);
    ctx.contact = contact;
  });
}

/** Records a held message for operators: no pending turn, no turn (ReceiveOptions.hold). */
async function hold(
  rt: DeskRuntime,
  ctx: TurnContext,
  inbound: Message,
  held: { reason: string; label?: string },
): Promise<void> {
  const message: Message = { ...inbound, reason: held.reason };
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
  await recordAccepted(rt, ctx, [
    { kind: 'message', message },
    { kind: 'conversation', conversation: ctx.conversation },
  ]);
  ctx.outcome = { status: 'accepted', conversationId: ctx.conversation.id, messageId: message.id };
  rt.bus.emit('message.received', {
    message,
    conversation: ctx.conversation,
    contact: ctx.contact,
  });
  ledgerOf(ctx).acknowledge?.();
}
