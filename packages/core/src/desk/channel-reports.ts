import type {
  ChannelContext,
  ContactPatch,
  DeliveryReport,
  EchoOutcome,
  OutboundEcho,
} from '../channel/adapter.js';
import { withMessage } from '../conversation/factory.js';
import { mutateContact } from '../conversation/mutate-contact.js';
import { updateConversation } from '../conversation/transitions.js';
import { ParleyError } from '../errors.js';
import { type MessageContent, messageContentSchema } from '../model/content.js';
import type { Contact, Conversation, Message } from '../model/records.js';
import { newId } from '../util/ids.js';
import { parseOrThrow } from '../util/zod-error.js';
import { activeOrBusinessStarted } from './business-started.js';
import { conversationKey, type DeskRuntime, exclusive, keyOf } from './runtime.js';

type Reports = Pick<ChannelContext, 'delivery' | 'echo' | 'edit' | 'moveContact'>;

/**
 * What a channel reports about messages after the fact: a failure the network told it
 * later, the owner's replies from the phone, a customer's edit, a changed number.
 * Each runs holding its conversation's key, like a turn.
 */
export function channelReports(rt: DeskRuntime, channelId: string, tenantId: string): Reports {
  /** The stored message with this external id and its conversation, when both exist. */
  async function stored(externalId: string) {
    const message = await rt.store.findMessageByExternalId(tenantId, channelId, externalId);
    const conv = message && (await rt.store.getConversation(tenantId, message.conversationId));
    return message && conv ? { message, conv } : undefined;
  }

  return {
    async delivery(report: DeliveryReport) {
      const found = await stored(report.externalId);
      if (found?.message.direction !== 'outbound') return undefined;
      return exclusive(rt, keyOf(found.conv), async () => {
        // Re-read under the key: a redelivered report must fire once.
        const again = await stored(report.externalId);
        if (!again || again.message.status === 'failed') return again?.message;
        const message: Message = { ...again.message, status: 'failed', reason: report.reason };
        await rt.store.updateMessage(message);
        const error = new ParleyError(
          'CHANNEL_SEND_FAILED',
          `Channel "${channelId}" could not deliver: ${report.reason}`,
          {
            details: {
              channelId,
              conversationId: again.conv.id,
              externalId: report.externalId,
              ...(report.code !== undefined && { code: report.code }),
            },
          },
        );
        rt.bus.emit('message.failed', { message, conversation: again.conv, error });
        return message;
      });
    },

    echo(echo: OutboundEcho) {
      const content = parseOrThrow(messageContentSchema, echo.content, 'echo content');
      return exclusive(rt, conversationKey(channelId, echo.to), () =>
        recordEcho(rt, { channelId, tenantId }, echo, content),
      );
    },

    async edit(externalId: string, content: MessageContent) {
      const parsed = parseOrThrow(messageContentSchema, content, 'edited content');
      const found = await stored(externalId);
      if (!found) return undefined;
      return exclusive(rt, keyOf(found.conv), async () => {
        const message: Message = { ...found.message, content: parsed, editedAt: rt.clock.now() };
        await rt.store.updateMessage(message);
        rt.bus.emit('message.edited', {
          message,
          conversation: found.conv,
          previous: found.message.content,
        });
        return message;
      });
    },

    moveContact(from: string, to: string, patch: ContactPatch = {}) {
      return exclusive(rt, conversationKey(channelId, from), () =>
        move(rt, { channelId, tenantId }, from, to, patch),
      );
    },
  };
}

async function recordEcho(
  rt: DeskRuntime,
  where: { channelId: string; tenantId: string },
  echo: OutboundEcho,
  content: MessageContent,
): Promise<EchoOutcome> {
  const { channelId, tenantId } = where;
  // Parley's own sends come back as echoes too: they are stored under the same id.
  if (await rt.store.findMessageByExternalId(tenantId, channelId, echo.externalId)) {
    return { status: 'duplicate' };
  }
  const operatorId = echo.operatorId ?? 'owner';
  const pause = echo.pause ?? true;
  let conv = await activeOrBusinessStarted(
    rt,
    tenantId,
    { channelId, to: echo.to },
    pause ? { kind: 'operator', id: operatorId } : { kind: 'system' },
  );
  const createdAt = echo.timestamp ?? rt.clock.now();
  const message: Message = {
    id: newId('msg', createdAt.getTime()),
    tenantId,
    conversationId: conv.id,
    channelId,
    contactId: conv.contactId,
    direction: 'outbound',
    author: { kind: 'operator', id: operatorId },
    content,
    status: 'sent',
    externalId: echo.externalId,
    createdAt,
  };
  await rt.store.appendMessage(message);
  conv = withMessage(conv, message);
  const paused = pause && conv.handler !== 'operator';
  if (paused) {
    // The person answered from the phone: the assistant must not talk over them.
    rt.inflight.get(conv.id)?.abort(new Error('the owner replied from the phone'));
    conv = await updateConversation(rt, conv, { handler: 'operator', assigneeId: operatorId });
    rt.bus.emit('conversation.taken_over', { conversation: conv, operatorId });
  } else {
    await rt.store.saveConversation(conv);
  }
  rt.bus.emit('message.sent', { message, conversation: conv });
  return { status: 'recorded', conversationId: conv.id, messageId: message.id, paused };
}

async function move(
  rt: DeskRuntime,
  where: { channelId: string; tenantId: string },
  from: string,
  to: string,
  patch: ContactPatch,
): Promise<Contact | undefined> {
  const { channelId, tenantId } = where;
  const contact = await rt.store.findContactByIdentity(tenantId, { channelId, externalId: from });
  if (!contact) return undefined;
  const taken = await rt.store.findContactByIdentity(tenantId, { channelId, externalId: to });
  if (taken && taken.id !== contact.id) {
    // Two records of one person: merging is an operator's call, so nothing moves.
    rt.logger.warn('channel: a contact already has the new address; not moved', {
      channelId,
      from,
      to,
    });
    return undefined;
  }
  const moved = await mutateContact(rt, tenantId, contact.id, (c) => ({
    ...c,
    identities: c.identities.map((i) =>
      i.channelId === channelId && i.externalId === from ? { channelId, externalId: to } : i,
    ),
    ...(to.startsWith('+') && { phone: to }),
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.email !== undefined && { email: patch.email }),
    attributes: { ...c.attributes, ...patch.attributes },
  }));
  const conv: Conversation | undefined = await rt.store.findActiveConversation(
    tenantId,
    channelId,
    contact.id,
  );
  // Replies go to the new address from now on.
  if (conv?.contactAddress === from) await updateConversation(rt, conv, { contactAddress: to });
  rt.bus.emit('contact.updated', { contact: moved });
  return moved;
}
