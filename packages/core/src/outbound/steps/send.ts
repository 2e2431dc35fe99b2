import type { DeskRuntime } from '../../desk/runtime.js';
import type { MessageAuthor } from '../../model/records.js';
import type { Middleware } from '../../pipeline/compose.js';
import { operatorKey } from '../../teams/registry.js';
import type { OutboundContext } from '../outbound-context.js';

/** Hands the part to the channel adapter; the last step of the chain. */
export function sendStep(rt: DeskRuntime): Middleware<OutboundContext> {
  return async function send(ctx) {
    const part = ctx.part!;
    const channel = rt.channels.get(ctx.channel.id)!;
    const conv = ctx.conversation;
    const lastInboundAt = ctx.contact?.lastInboundAt;
    const receipt = await channel.adapter.send(
      {
        id: part.id,
        conversationId: conv.id,
        to: conv.contactAddress,
        // P-08: media links become bytes (or checked https links) before any adapter sees them.
        content: await rt.media.forAdapter(part.content, channel.adapter.capabilities, ctx.signal),
        ...(ctx.replyToExternalId !== undefined && { replyToExternalId: ctx.replyToExternalId }),
        ...(lastInboundAt !== undefined && { lastInboundAt }),
        author: ctx.author,
        ...authorName(rt, conv.tenantId, ctx.author),
      },
      { signal: channel.controller.signal },
    );
    if (receipt.externalId !== undefined) part.externalId = receipt.externalId;
  };
}

/** The configured display name of an operator or assistant, for channels that show it. */
export function authorName(
  rt: DeskRuntime,
  tenantId: string,
  author: MessageAuthor,
): { authorName?: string } {
  const name =
    author.kind === 'operator'
      ? rt.operators.get(operatorKey(tenantId, author.id))?.name
      : author.kind === 'assistant'
        ? rt.assistants.get(tenantId, author.id)?.name
        : undefined;
  return name === undefined ? {} : { authorName: name };
}
