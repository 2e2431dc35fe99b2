import type { DeskRuntime } from '../desk/runtime.js';
import { channelRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { MessageCitation } from '../model/citation.js';
import type { MessageContent } from '../model/content.js';
import type { Message, MessageAuthor } from '../model/records.js';
import { forwardSend, forwards } from './forward-payload.js';
import type { OutboundContext } from './outbound-context.js';
import { outboundRecord } from './outbound-record.js';

export interface DeliverOptions {
  author: MessageAuthor;
  replyToExternalId?: string;
  /** Stop before each part when aborted (the assistant lost the conversation). */
  signal?: AbortSignal;
  /** The answer's knowledge sources, recorded on each message (AI3). */
  citations?: MessageCitation[];
}

/**
 * The one way anything reaches a customer: runs the desk's outbound chain. Must run
 * holding the conversation's key. Re-reads the conversation so a takeover that landed
 * meanwhile wins. Resolves with the messages sent (none when held back, or when the
 * send was forwarded: a channel that runs in another process sharing the scheduler gets
 * the send through a job in its lane, and its owner records and sends it).
 */
export async function deliver(
  rt: DeskRuntime,
  conversationId: { tenantId: string; id: string },
  content: MessageContent,
  options: DeliverOptions,
): Promise<Message[]> {
  const conv = await rt.store.getConversation(conversationId.tenantId, conversationId.id);
  if (!conv) {
    throw new ParleyError(
      'NOT_FOUND',
      `No conversation "${conversationId.id}" in tenant "${conversationId.tenantId}".`,
    );
  }
  if (forwards(rt, conv.channelId)) {
    await forwardSend(rt, {
      tenantId: conv.tenantId,
      channelId: conv.channelId,
      target: { conversationId: conv.id },
      content,
      author: options.author,
      ...(options.replyToExternalId !== undefined && {
        replyToExternalId: options.replyToExternalId,
      }),
      ...(options.citations !== undefined && { citations: options.citations }),
    });
    return [];
  }
  const channel = channelRuntime(rt, conv.channelId);
  const contact = await rt.store.getContact(conv.tenantId, conv.contactId);
  const ctx: OutboundContext = {
    tenantId: conv.tenantId,
    channel: {
      id: channel.config.id,
      tenantId: channel.config.tenantId,
      kind: channel.adapter.kind,
      capabilities: channel.adapter.capabilities,
    },
    conversation: conv,
    contact,
    author: options.author,
    content,
    ...(options.replyToExternalId !== undefined && {
      replyToExternalId: options.replyToExternalId,
    }),
    ...(options.signal !== undefined && { signal: options.signal }),
    ...(options.citations !== undefined && { citations: options.citations }),
    parts: [],
    sent: [],
    state: {},
    async suppress(reason) {
      ctx.suppressed = reason;
      const message = outboundRecord(ctx, ctx.content, 'suppressed', rt.clock.now(), reason);
      await rt.store.appendMessage(message);
      rt.bus.emit('message.suppressed', { message, conversation: ctx.conversation, reason });
    },
  };
  await rt.outbound(ctx);
  return ctx.sent;
}
