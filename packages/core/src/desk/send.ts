import { ParleyError } from '../errors.js';
import { toContent } from '../inbox/inbox.js';
import type { MessageContent } from '../model/content.js';
import type { Message } from '../model/records.js';
import { deliver } from '../outbound/deliver.js';
import { forwardSend, forwards } from '../outbound/forward-payload.js';
import { activeOrBusinessStarted } from './business-started.js';
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
    if (forwards(rt, target.channelId)) {
      // The channel runs in another process: its owner opens the conversation and sends.
      await forwardSend(rt, {
        tenantId,
        channelId: target.channelId,
        target,
        content: parsed,
        author,
        ...(options.replyToExternalId !== undefined && {
          replyToExternalId: options.replyToExternalId,
        }),
      });
      return [];
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
