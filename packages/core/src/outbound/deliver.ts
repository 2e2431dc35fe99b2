import { withMessage } from '../conversation/factory.js';
import type { ChannelRuntime, DeskRuntime } from '../desk/runtime.js';
import { channelRuntime } from '../desk/runtime.js';
import { ParleyError, toError } from '../errors.js';
import { awaitOutboundSlot } from '../limits/outbound-pacer.js';
import { afterQuotaSuppression, countSent, quotaSuppression } from '../limits/tenant-quota.js';
import type { MessageCitation } from '../model/citation.js';
import type { MessageContent } from '../model/content.js';
import type { Conversation, Message, MessageAuthor, MessageStatus } from '../model/records.js';
import { operatorKey } from '../teams/registry.js';
import { newId } from '../util/ids.js';
import { adaptContent } from './adapt-content.js';

export interface DeliverOptions {
  author: MessageAuthor;
  replyToExternalId?: string;
  /** Stop before each part when aborted (the assistant lost the conversation). */
  signal?: AbortSignal;
  /** The answer's knowledge sources, recorded on each message (AI3). */
  citations?: MessageCitation[];
}

/**
 * The one way anything reaches a customer. Must run holding the conversation's key.
 * Re-reads the conversation so a takeover that landed meanwhile wins: an assistant's
 * message for a conversation it no longer handles is recorded as `suppressed`.
 */
export async function deliver(
  rt: DeskRuntime,
  conversationId: { tenantId: string; id: string },
  content: MessageContent,
  options: DeliverOptions,
): Promise<Message[]> {
  let conv = await rt.store.getConversation(conversationId.tenantId, conversationId.id);
  if (!conv) {
    throw new ParleyError(
      'NOT_FOUND',
      `No conversation "${conversationId.id}" in tenant "${conversationId.tenantId}".`,
    );
  }
  const channel = channelRuntime(rt, conv.channelId);
  const handsOff = suppression(conv, options.author);
  const overLimit = handsOff ? undefined : await quotaSuppression(rt, conv, options.author);
  const suppressedBecause = handsOff ?? overLimit;
  if (suppressedBecause) {
    const message = record(conv, content, options, 'suppressed', rt.clock.now(), suppressedBecause);
    await rt.store.appendMessage(message);
    rt.bus.emit('message.suppressed', { message, conversation: conv, reason: suppressedBecause });
    if (overLimit) await afterQuotaSuppression(rt, conv, options.author, overLimit);
    return [];
  }

  const contact = await rt.store.getContact(conv.tenantId, conv.contactId);
  const sent: Message[] = [];
  for (const part of adaptContent(content, channel.adapter.capabilities)) {
    if (options.signal?.aborted) break;
    const message = await sendPart(rt, channel, conv, part, options, contact?.lastInboundAt);
    await countSent(rt, conv.tenantId);
    conv = withMessage(conv, message);
    await rt.store.saveConversation(conv);
    rt.bus.emit('message.sent', { message, conversation: conv });
    sent.push(message);
  }
  return sent;
}

async function sendPart(
  rt: DeskRuntime,
  channel: ChannelRuntime,
  conv: Conversation,
  content: MessageContent,
  options: DeliverOptions,
  lastInboundAt: Date | undefined,
): Promise<Message> {
  const id = newId('msg', rt.clock.now().getTime());
  try {
    await awaitOutboundSlot(rt, channel);
    const receipt = await channel.adapter.send(
      {
        id,
        conversationId: conv.id,
        to: conv.contactAddress,
        content,
        ...(options.replyToExternalId !== undefined && {
          replyToExternalId: options.replyToExternalId,
        }),
        ...(lastInboundAt !== undefined && { lastInboundAt }),
        author: options.author,
        ...authorName(rt, conv.tenantId, options.author),
      },
      { signal: channel.controller.signal },
    );
    const message = record(conv, content, options, 'sent', rt.clock.now());
    message.id = id;
    if (receipt.externalId !== undefined) message.externalId = receipt.externalId;
    await rt.store.appendMessage(message);
    return message;
  } catch (e) {
    const error = toError(e);
    const message = record(conv, content, options, 'failed', rt.clock.now(), error.message);
    message.id = id;
    await rt.store.appendMessage(message);
    rt.bus.emit('message.failed', { message, conversation: conv, error });
    if (ParleyError.isInstance(error)) throw error;
    throw new ParleyError(
      'CHANNEL_SEND_FAILED',
      `Channel "${conv.channelId}" could not send: ${error.message}`,
      {
        cause: error,
        details: { channelId: conv.channelId, conversationId: conv.id },
      },
    );
  }
}

/** Why a message from `author` must not go out now, or undefined when it may. */
function suppression(conv: Conversation, author: MessageAuthor): string | undefined {
  if (conv.status === 'closed') return 'conversation is closed';
  if (author.kind !== 'assistant') return undefined;
  // Generated before an operator solved it (IN2): the late answer is not sent.
  if (conv.status !== 'open') return `conversation is ${conv.status}`;
  if (conv.handler !== 'assistant') return `conversation is handled by ${conv.handler} now`;
  if (conv.assistantId !== author.id) return `conversation moved to assistant ${conv.assistantId}`;
  return undefined;
}

function record(
  conv: Conversation,
  content: MessageContent,
  options: DeliverOptions,
  status: MessageStatus,
  now: Date,
  reason?: string,
): Message {
  return {
    id: newId('msg', now.getTime()),
    tenantId: conv.tenantId,
    conversationId: conv.id,
    channelId: conv.channelId,
    contactId: conv.contactId,
    direction: 'outbound',
    author: options.author,
    content,
    status,
    ...(options.replyToExternalId !== undefined && {
      replyToExternalId: options.replyToExternalId,
    }),
    ...(reason !== undefined && { reason }),
    ...(options.citations !== undefined && { citations: options.citations }),
    createdAt: now,
  };
}

/** The configured display name of an operator or assistant, for channels that show it. */
function authorName(
  rt: DeskRuntime,
  tenantId: string,
  author: MessageAuthor,
): { authorName?: string } {
  const name =
    author.kind === 'operator'
      ? rt.operators.get(operatorKey(tenantId, author.id))?.name
      : author.kind === 'assistant'
        ? rt.assistants.get(author.id)?.name
        : undefined;
  return name === undefined ? {} : { authorName: name };
}
