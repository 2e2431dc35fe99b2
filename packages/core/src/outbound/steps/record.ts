import { withMessage } from '../../conversation/factory.js';
import { type DeskRuntime, keyOf } from '../../desk/runtime.js';
import { ParleyError, toError } from '../../errors.js';
import type { Middleware } from '../../pipeline/compose.js';
import { recordCacheOf } from '../../turns/record-cache.js';
import { writeAll } from '../../turns/write-all.js';
import type { OutboundContext } from '../outbound-context.js';
import { outboundRecord } from '../outbound-record.js';

/**
 * Records each part: `sent` (the conversation's snippet and activity move, then
 * `message.sent`) or `failed` (`message.failed`, then a CHANNEL_SEND_FAILED error
 * naming the channel). Wraps pacing and the send, so a refused slot is recorded too.
 */
export function recordStep(rt: DeskRuntime): Middleware<OutboundContext> {
  return async function record(ctx, next) {
    const part = ctx.part!;
    try {
      await next();
    } catch (e) {
      const error = toError(e);
      const message = outboundRecord(ctx, part.content, 'failed', rt.clock.now(), error.message);
      message.id = part.id;
      if (part.replacesFailed) await rt.store.updateMessage(message);
      else await rt.store.appendMessage(message);
      rt.bus.emit('message.failed', { message, conversation: ctx.conversation, error });
      if (ParleyError.isInstance(error)) throw error;
      throw new ParleyError(
        'CHANNEL_SEND_FAILED',
        `Channel "${ctx.channel.id}" could not send: ${error.message}`,
        {
          cause: error,
          details: { channelId: ctx.channel.id, conversationId: ctx.conversation.id },
        },
      );
    }
    const message = outboundRecord(ctx, part.content, 'sent', rt.clock.now());
    message.id = part.id;
    if (part.externalId !== undefined) message.externalId = part.externalId;
    ctx.conversation = withMessage(ctx.conversation, message);
    // One round trip on a store with `batch`: the message and the conversation it moves.
    // Inside a turn they are held back to travel with the turn's end (write-behind).
    // A re-sent part that an earlier run recorded as failed: that record becomes this one.
    if (part.replacesFailed) await rt.store.updateMessage(message);
    const writes = part.replacesFailed
      ? ([{ kind: 'conversation', conversation: ctx.conversation }] as const)
      : ([
          { kind: 'message', message },
          { kind: 'conversation', conversation: ctx.conversation },
        ] as const);
    const cache = recordCacheOf(rt.store);
    if (!cache?.hold(keyOf(ctx.conversation), ctx.conversation, writes)) await writeAll(rt, writes);
    rt.bus.emit('message.sent', { message, conversation: ctx.conversation });
    ctx.sent.push(message);
  };
}
