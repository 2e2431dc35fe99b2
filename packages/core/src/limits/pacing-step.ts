import { sleep } from '../clock.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { OutboundContext } from '../outbound/outbound-context.js';
import type { Middleware } from '../pipeline/compose.js';

/**
 * Outbound pacing per channel (PL2), for each part: waits for the channel's next slot
 * under `rateLimit.outbound` (emitting `channel.paced` when it has to wait) and refuses
 * with RATE_LIMITED a send that would wait longer than `maxWaitMs`.
 */
export function pacingStep(rt: DeskRuntime): Middleware<OutboundContext> {
  return async function pace(ctx, next) {
    const channel = rt.channels.get(ctx.channel.id);
    const limit = channel?.config.rateLimit?.outbound;
    if (!channel || !limit) return next();
    const now = rt.clock.now().getTime();
    const slot = await rt.counter.reserve(`pace/${ctx.channel.id}`, limit);
    const waitMs = slot.at - now;
    if (!slot.reserved) {
      throw new ParleyError(
        'RATE_LIMITED',
        `Channel "${ctx.channel.id}" is sending at its limit of ${limit.messages} messages per ${limit.perMs} ms; this send would wait ${waitMs} ms, over maxWaitMs (${limit.maxWaitMs}). Send less at once, or raise rateLimit.outbound.`,
        { details: { channelId: ctx.channel.id, waitMs } },
      );
    }
    if (waitMs > 0) {
      rt.bus.emit('channel.paced', {
        channelId: ctx.channel.id,
        tenantId: ctx.tenantId,
        conversationId: ctx.conversation.id,
        waitMs,
      });
      await sleep(rt.clock, waitMs, channel.controller.signal);
    }
    await next();
  };
}
