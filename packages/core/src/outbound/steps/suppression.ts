import type { Middleware } from '../../pipeline/compose.js';
import type { OutboundContext } from '../outbound-context.js';

/**
 * Holds back a message from an author who no longer holds the conversation: a
 * takeover that landed while the assistant was writing wins (the inbound side's
 * abort is the first guard, this is the second). Closed conversations take nothing.
 */
export const suppressionStep: Middleware<OutboundContext> = async (ctx, next) => {
  const { conversation: conv, author } = ctx;
  const reason =
    conv.status === 'closed'
      ? 'conversation is closed'
      : author.kind !== 'assistant'
        ? undefined
        : // Generated before an operator solved it (IN2): the late answer is not sent.
          conv.status !== 'open'
          ? `conversation is ${conv.status}`
          : conv.handler !== 'assistant'
            ? `conversation is handled by ${conv.handler} now`
            : conv.assistantId !== author.id
              ? `conversation moved to assistant ${conv.assistantId}`
              : undefined;
  if (reason !== undefined) return ctx.suppress(reason);
  await next();
};
