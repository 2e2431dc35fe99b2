import { newContact, newConversation } from '../conversation/factory.js';
import { scheduleAutoClose } from '../lifecycle/auto-close.js';
import type { Conversation, MessageAuthor } from '../model/records.js';
import type { DeskRuntime } from './runtime.js';

/** The open conversation with `target.to`, or a new business-started one (RT5). */
export async function activeOrBusinessStarted(
  rt: DeskRuntime,
  tenantId: string,
  target: { channelId: string; to: string; name?: string },
  author: MessageAuthor,
): Promise<Conversation> {
  const identity = { channelId: target.channelId, externalId: target.to };
  const now = rt.clock.now();
  let contact = await rt.store.findContactByIdentity(tenantId, identity);
  if (!contact) {
    contact = newContact({
      tenantId,
      ...identity,
      ...(target.name !== undefined && { name: target.name }),
      now,
    });
    await rt.store.saveContact(contact);
    rt.bus.emit('contact.created', { contact });
  }
  const active = await rt.store.findActiveConversation(tenantId, target.channelId, contact.id);
  if (active) return active;
  const conv = newConversation({
    tenantId,
    channelId: target.channelId,
    contact,
    contactAddress: target.to,
    origin: 'business',
    now,
  });
  if (author.kind === 'operator') {
    conv.handler = 'operator';
    conv.assigneeId = author.id;
  } else {
    // The customer's reply is routed then (RT5 active routing, or the default route).
    conv.state.pendingRoute = true;
  }
  await rt.store.saveConversation(conv);
  await scheduleAutoClose(rt, conv);
  rt.bus.emit('conversation.opened', { conversation: conv, contact });
  return conv;
}
