import { withMessage } from '../../conversation/factory.js';
import type { DeskRuntime } from '../../desk/runtime.js';
import type { Message } from '../../model/records.js';
import { newId } from '../../util/ids.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/** Records the inbound message, updates the inbox row, emits `message.received`. */
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
    await next();
  };
}
