import { newContact, newConversation } from '../../conversation/factory.js';
import { mutateContact } from '../../conversation/mutate-contact.js';
import { updateConversation } from '../../conversation/transitions.js';
import type { DeskRuntime } from '../../desk/runtime.js';
import { tenantConfig } from '../../desk/runtime.js';
import type { Contact } from '../../model/records.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Finds or creates the contact, then the conversation: an open one continues, a
 * solved one reopens, one idle past the tenant's auto-close period is closed and a
 * new one opens (IN4).
 */
export function conversationStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function conversation(ctx, next) {
    const now = ctx.inbound.timestamp ?? rt.clock.now();
    ctx.contact = await upsertContact(rt, ctx, now);

    let conv = await rt.store.findActiveConversation(ctx.tenantId, ctx.channel.id, ctx.contact.id);
    const idleLimitMs = tenantConfig(rt, ctx.tenantId).autoCloseHours * 3_600_000;
    if (conv && rt.clock.now().getTime() - conv.lastActivityAt.getTime() >= idleLimitMs) {
      conv = await updateConversation(rt, conv, { status: 'closed', closedAt: rt.clock.now() });
      rt.bus.emit('conversation.closed', { conversation: conv, reason: 'inactivity' });
      conv = undefined;
    }
    if (!conv) {
      conv = newConversation({
        tenantId: ctx.tenantId,
        channelId: ctx.channel.id,
        contact: ctx.contact,
        contactAddress: ctx.inbound.from.externalId,
        origin: 'customer',
        now: rt.clock.now(),
      });
      await rt.store.saveConversation(conv);
      ctx.isNewConversation = true;
      ctx.needsRoute = true;
      rt.bus.emit('conversation.opened', { conversation: conv, contact: ctx.contact });
    } else if (conv.status === 'solved') {
      const { solvedAt: _s, ...rest } = conv;
      conv = await updateConversation(rt, rest, { status: 'open' });
      ctx.needsRoute = true;
      rt.bus.emit('conversation.reopened', { conversation: conv });
    } else if (conv.state.pendingRoute === true) {
      ctx.needsRoute = true;
    }
    ctx.conversation = conv;
    await next();
  };
}

async function upsertContact(rt: DeskRuntime, ctx: TurnContext, now: Date): Promise<Contact> {
  const { from } = ctx.inbound;
  const identity = { channelId: ctx.channel.id, externalId: from.externalId };
  // The turn holds this address's key, so no other turn can create the same contact.
  const existing = await rt.store.findContactByIdentity(ctx.tenantId, identity);
  if (!existing) {
    const contact = newContact({ tenantId: ctx.tenantId, ...identity, ...pick(from), now });
    contact.lastInboundAt = now;
    await rt.store.saveContact(contact);
    rt.bus.emit('contact.created', { contact });
    return contact;
  }
  // Fill what the channel tells us but never overwrite what an operator set.
  return mutateContact(rt, ctx.tenantId, existing.id, (c) => ({
    ...c,
    lastInboundAt: now,
    ...(c.name === undefined && from.name !== undefined && { name: from.name }),
    ...(c.phone === undefined && from.phone !== undefined && { phone: from.phone }),
    ...(c.email === undefined && from.email !== undefined && { email: from.email }),
  }));
}

function pick(from: TurnContext['inbound']['from']) {
  return {
    ...(from.name !== undefined && { name: from.name }),
    ...(from.phone !== undefined && { phone: from.phone }),
    ...(from.email !== undefined && { email: from.email }),
  };
}
