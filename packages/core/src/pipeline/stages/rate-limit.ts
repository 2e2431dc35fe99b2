import type { DeskRuntime } from '../../desk/runtime.js';
import { admitInbound } from '../../limits/inbound-window.js';
import { localize } from '../../model/localized-text.js';
import type { Message } from '../../model/records.js';
import { deliver } from '../../outbound/deliver.js';
import { recordIgnored } from '../../routing/ignored.js';
import { newId } from '../../util/ids.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Inbound rate limit per contact (PL2). Runs before the conversation stage, so a flood
 * opens nothing, routes nothing and wakes no assistant. Still, nothing a customer
 * writes is lost: a message over the limit is recorded in the contact's open
 * conversation as `ignored` (operators read it in the history, dedupe and export see
 * it) or, with no open conversation, with the ignored messages of the phone filters.
 * The contact gets the channel's `notice` once per window: the flood is answered once.
 */
export function rateLimitStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function rateLimit(ctx, next) {
    const limit = ctx.channel.rateLimit?.inbound;
    if (!limit) return next();
    const { inbound } = ctx;
    const verdict = await admitInbound(rt, ctx.channel.id, inbound.from.externalId, limit);
    if (verdict.admitted) return next();

    const identity = { channelId: ctx.channel.id, externalId: inbound.from.externalId };
    const contact = await rt.store.findContactByIdentity(ctx.tenantId, identity);
    const conv =
      contact && (await rt.store.findActiveConversation(ctx.tenantId, ctx.channel.id, contact.id));
    const now = rt.clock.now();
    const message: Message = {
      id: newId('msg', now.getTime()),
      tenantId: ctx.tenantId,
      conversationId: conv ? conv.id : '',
      channelId: ctx.channel.id,
      contactId: conv ? conv.contactId : '',
      direction: 'inbound',
      author: { kind: 'contact' },
      content: inbound.content,
      status: 'ignored',
      externalId: inbound.externalId,
      ...(inbound.replyToExternalId !== undefined && {
        replyToExternalId: inbound.replyToExternalId,
      }),
      ...(inbound.referral !== undefined && { referral: inbound.referral }),
      reason: verdict.reason,
      createdAt: now,
    };
    if (conv) await rt.store.appendMessage(message);
    else await recordIgnored(rt, { message, from: inbound.from });
    rt.bus.emit('message.ignored', { message, reason: verdict.reason, from: inbound.from });
    ctx.outcome = {
      status: 'ignored',
      reason: verdict.reason,
      ...(conv && { conversationId: conv.id }),
    };
    if (conv && verdict.notify && limit.notice) {
      const text = localize(limit.notice, conv.language);
      await deliver(rt, conv, { type: 'text', text }, { author: { kind: 'system' } });
    }
  };
}
