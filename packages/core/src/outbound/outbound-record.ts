import type { MessageContent } from '../model/content.js';
import type { Message, MessageStatus } from '../model/records.js';
import { newId } from '../util/ids.js';
import type { OutboundContext } from './outbound-context.js';

/** The stored form of an outbound message (or part) with its outcome. */
export function outboundRecord(
  ctx: OutboundContext,
  content: MessageContent,
  status: MessageStatus,
  now: Date,
  reason?: string,
): Message {
  const conv = ctx.conversation;
  return {
    id: newId('msg', now.getTime()),
    tenantId: conv.tenantId,
    conversationId: conv.id,
    channelId: conv.channelId,
    contactId: conv.contactId,
    direction: 'outbound',
    author: ctx.author,
    content,
    status,
    ...(ctx.replyToExternalId !== undefined && { replyToExternalId: ctx.replyToExternalId }),
    ...(reason !== undefined && { reason }),
    ...(ctx.citations !== undefined && { citations: ctx.citations }),
    createdAt: now,
  };
}
