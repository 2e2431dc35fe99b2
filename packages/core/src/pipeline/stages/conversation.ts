import { newContact, newConversation } from '../../conversation/factory.js';
import { updateConversation } from '../../conversation/transitions.js';
import { isUnrouted } from '../../conversation/unrouted.js';
import { pendingSurvey } from '../../csat/survey.js';
import type { DeskRuntime } from '../../desk/runtime.js';
import { closeForInactivity, isIdle, scheduleAutoClose } from '../../lifecycle/auto-close.js';
import type { LanguageSource } from '../../model/conversation-state.js';
import type { Contact, Conversation } from '../../model/records.js';
import { rebalanceLater, teamsFreedBy } from '../../teams/assign.js';
import { ledgerOf } from '../../turns/turn-ledger.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Finds or creates the contact, then the conversation: an open one continues, a
 * solved one reopens (unless it waits for a survey answer), one idle past the
 * tenant's auto-close period is closed and a new one opens (IN4). The auto-close job
 * normally closes idle conversations first; this check covers jobs a non-durable
 * scheduler lost in a restart.
 */
export function conversationStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function conversation(ctx, next) {
    const now = ctx.inbound.timestamp ?? rt.clock.now();
    ctx.contact = await upsertContact(rt, ctx, now);

    const read = ledgerOf(ctx).inbound;
    // Read with the dedupe check; a contact created just now has no conversation yet.
    let conv = read
      ? read.contact?.id === ctx.contact.id
        ? read.conversation
        : undefined
      : await rt.store.findActiveConversation(ctx.tenantId, ctx.channel.id, ctx.contact.id);
    if (conv && isIdle(rt, conv)) {
      const closed = await closeForInactivity(rt, conv);
      rebalanceLater(rt, closed.tenantId, teamsFreedBy(rt, closed));
      conv = undefined;
    }
    // The channel's own language wins over what the channel reports (the widget's).
    const language = ctx.channel.language ?? ctx.inbound.from.language;
    const source: LanguageSource = ctx.channel.language !== undefined ? 'channel' : 'reported';
    // A conversation learns its language from the first message that reports one (a
    // business-started one, one from before the widget said), and a reported language
    // replaces one an assistant detected, or an older report (the visitor switched).
    if (conv && language !== undefined && replacesLanguage(conv, language, source))
      conv = await updateConversation(rt, conv, {
        language,
        state: { ...conv.state, languageFrom: source },
      });
    if (!conv) {
      conv = newConversation({
        tenantId: ctx.tenantId,
        channelId: ctx.channel.id,
        contact: ctx.contact,
        contactAddress: ctx.inbound.from.externalId,
        origin: 'customer',
        now: rt.clock.now(),
      });
      if (language !== undefined) {
        conv.language = language;
        conv.state = { ...conv.state, languageFrom: source };
      }
      await rt.store.saveConversation(conv);
      await scheduleAutoClose(rt, conv);
      ctx.isNewConversation = true;
      ctx.needsRoute = true;
      rt.bus.emit('conversation.opened', { conversation: conv, contact: ctx.contact });
    } else if (conv.status === 'solved') {
      ctx.conversation = conv;
      if (pendingSurvey(conv, rt.clock.now())) ctx.awaitingSurvey = true;
      else await reopen(rt, ctx);
      return next();
    } else if (
      conv.state.pendingRoute === true ||
      // Opened by a process that died before its first message was recorded: routing
      // comes after the record, so a conversation with no message was never routed.
      (isUnrouted(conv) && conv.lastMessage === undefined)
    ) {
      ctx.needsRoute = true;
    }
    ctx.conversation = conv;
    await next();
  };
}

/** Reopens `ctx.conversation` (solved) for a new customer message, to be routed again. */
export async function reopen(rt: DeskRuntime, ctx: TurnContext): Promise<void> {
  const { solvedAt: _s, ...rest } = ctx.conversation;
  const { csat: _c, ...state } = rest.state;
  ctx.conversation = await updateConversation(rt, rest, { status: 'open', state });
  ctx.needsRoute = true;
  ctx.awaitingSurvey = false;
  rt.bus.emit('conversation.reopened', { conversation: ctx.conversation });
  await scheduleAutoClose(rt, ctx.conversation);
}

async function upsertContact(rt: DeskRuntime, ctx: TurnContext, now: Date): Promise<Contact> {
  const { from } = ctx.inbound;
  const identity = { channelId: ctx.channel.id, externalId: from.externalId };
  // The turn holds this address's key, so no other turn can create the same contact.
  const read = ledgerOf(ctx).inbound;
  const existing = read
    ? read.contact
    : await rt.store.findContactByIdentity(ctx.tenantId, identity);
  if (!existing) {
    const contact = newContact({ tenantId: ctx.tenantId, ...identity, ...pick(from), now });
    contact.lastInboundAt = now;
    if (from.attributes) contact.attributes = { ...from.attributes };
    await rt.store.saveContact(contact);
    rt.bus.emit('contact.created', { contact });
    return contact;
  }
  // Fill what the channel tells us but never overwrite what an operator set. Saved with
  // the message by the persist stage (one write), under the contact's queue.
  const change = (c: Contact): Contact => ({
    ...c,
    lastInboundAt: now,
    ...(c.name === undefined && from.name !== undefined && { name: from.name }),
    ...(c.phone === undefined && from.phone !== undefined && { phone: from.phone }),
    ...(c.email === undefined && from.email !== undefined && { email: from.email }),
    ...(from.attributes && { attributes: { ...from.attributes, ...c.attributes } }),
  });
  ledgerOf(ctx).contactChange = change;
  return { ...change(existing), updatedAt: rt.clock.now() };
}

function pick(from: TurnContext['inbound']['from']) {
  return {
    ...(from.name !== undefined && { name: from.name }),
    ...(from.phone !== undefined && { phone: from.phone }),
    ...(from.email !== undefined && { email: from.email }),
  };
}

const rank: Record<LanguageSource, number> = { detected: 0, reported: 1, channel: 2 };

/** Whether `language` from `source` should become the conversation's language. */
function replacesLanguage(conv: Conversation, language: string, source: LanguageSource): boolean {
  if (conv.language === undefined) return true;
  if (conv.language === language) return false;
  const current = conv.state.languageFrom;
  // A language kept before its source was recorded yields only to the channel's setting.
  if (current === undefined) return source === 'channel';
  // A newer report replaces an older one: the visitor switched the widget's language.
  return rank[source] > rank[current] || (source === 'reported' && current === 'reported');
}
