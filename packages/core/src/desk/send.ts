import { newContact, newConversation } from '../conversation/factory.js';
import { ParleyError } from '../errors.js';
import { toContent } from '../inbox/inbox.js';
import { scheduleAutoClose } from '../lifecycle/auto-close.js';
import type { MessageContent } from '../model/content.js';
import type { Conversation, Message } from '../model/records.js';
import { deliver } from '../outbound/deliver.js';
import type { SendOptions, SendTarget } from './desk.js';
import { channelRuntime, conversationKey, type DeskRuntime, exclusive, keyOf } from './runtime.js';

/** The public `send`: resolves the target, opening a business-started conversation if needed. */
export function createSender(rt: DeskRuntime) {
  return async function send(
    tenantId: string,
    target: SendTarget,
    content: string | MessageContent,
    options: SendOptions = {},
  ): Promise<Message[]> {
    const parsed = toContent(content);
    const author = options.author ?? { kind: 'system' as const };
    const deliverOptions = {
      author,
      ...(options.replyToExternalId !== undefined && {
        replyToExternalId: options.replyToExternalId,
      }),
    };
    if ('conversationId' in target) {
      const conv = await rt.store.getConversation(tenantId, target.conversationId);
      if (!conv)
        throw new ParleyError(
          'NOT_FOUND',
          `No conversation "${target.conversationId}" in tenant "${tenantId}".`,
        );
      return exclusive(rt, keyOf(conv), () => deliver(rt, conv, parsed, deliverOptions));
    }
    const channel = channelRuntime(rt, target.channelId);
    if (channel.config.tenantId !== tenantId) {
      throw new ParleyError(
        'NOT_FOUND',
        `No channel "${target.channelId}" in tenant "${tenantId}".`,
      );
    }
    if (!target.to)
      throw new ParleyError('INPUT_INVALID', "send() needs `to`: the contact's id on the channel.");
    // The channel's canonical address, so a phone typed two ways is one contact.
    const to = channel.adapter.address ? channel.adapter.address(target.to) : target.to;
    return exclusive(rt, conversationKey(target.channelId, to), async () => {
      const conv = await activeOrBusinessStarted(rt, tenantId, { ...target, to }, author);
      return deliver(rt, conv, parsed, deliverOptions);
    });
  };
}

async function activeOrBusinessStarted(
  rt: DeskRuntime,
  tenantId: string,
  target: { channelId: string; to: string; name?: string },
  author: NonNullable<SendOptions['author']>,
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
