import type { ChannelContext, MessageContent } from '@parley/core';
import type { CommonConfig } from './adapter-types.js';

/**
 * Records a message the owner sent from the phone or the WhatsApp Business app, as
 * `ownerReplies` says: with `pause` the assistant stops answering that conversation.
 * Parley's own sends come back the same way and are recognised by their id.
 */
export async function recordOwnerReply(
  ctx: ChannelContext,
  common: CommonConfig,
  reply: { externalId: string; to: string; content: MessageContent; timestamp?: Date },
): Promise<void> {
  if (common.ownerReplies === 'ignore' || reply.to === common.number) return;
  // A 👍 from the owner is no answer: it is recorded without taking the conversation.
  const pause = common.ownerReplies === 'pause' && reply.content.type !== 'reaction';
  const outcome = await ctx.echo({ ...reply, pause });
  if (outcome.status === 'recorded') {
    ctx.logger.debug('whatsapp: owner reply recorded', {
      id: reply.externalId,
      paused: outcome.paused,
    });
  }
}
