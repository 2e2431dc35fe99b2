import type { InboundMessage } from '../channel/adapter.js';
import type { Message } from '../model/records.js';

/** A recorded inbound message as the adapter once handed it in (turns run again later). */
export function asInbound(message: Message, address: string): InboundMessage {
  return {
    externalId: message.externalId ?? message.id,
    from: { externalId: address },
    content: message.content,
    timestamp: message.createdAt,
    ...(message.replyToExternalId !== undefined && {
      replyToExternalId: message.replyToExternalId,
    }),
    ...(message.referral !== undefined && { referral: message.referral }),
  };
}
