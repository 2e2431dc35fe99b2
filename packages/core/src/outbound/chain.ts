import type { DeskRuntime } from '../desk/runtime.js';
import { pacingStep } from '../limits/pacing-step.js';
import { compose, type Middleware } from '../pipeline/compose.js';
import { newId } from '../util/ids.js';
import type { OutboundContext } from './outbound-context.js';
import { outboxStep } from './outbox.js';
import { adaptStep } from './steps/adapt.js';
import { recordStep } from './steps/record.js';
import { sendStep } from './steps/send.js';
import { suppressionStep } from './steps/suppression.js';

/**
 * The outbound chain, in order. Message steps: suppression, plug-in and host middleware
 * (message limits are the `messageLimits` plug-in, installed first; then
 * `desk.useOutbound`), adapt. Then each part runs outbox → record → pace → send,
 * until one fails or the sender's signal aborts.
 */
export function outboundSteps(
  rt: DeskRuntime,
  host: ReadonlyArray<Middleware<OutboundContext>>,
): Middleware<OutboundContext>[] {
  const perPart = compose([outboxStep(rt), recordStep(rt), pacingStep(rt), sendStep(rt)]);
  const eachPart: Middleware<OutboundContext> = async (ctx) => {
    for (const content of ctx.parts) {
      if (ctx.signal?.aborted) break;
      ctx.part = { id: newId('msg', rt.clock.now().getTime()), content };
      await perPart(ctx);
    }
    delete ctx.part;
  };
  return [suppressionStep, ...hostStep(rt, host), adaptStep, eachPart];
}

/**
 * Host middleware runs marked as holding the conversation's key, so it may await
 * `desk.send()` or inbox actions on its own conversation without waiting for itself.
 */
function hostStep(
  rt: DeskRuntime,
  host: ReadonlyArray<Middleware<OutboundContext>>,
): Middleware<OutboundContext>[] {
  if (host.length === 0) return [];
  return [
    (ctx, next) => {
      const key = [ctx.channel.id, ctx.conversation.contactAddress].join('\u0000');
      const chain = compose<OutboundContext>([...host, (_ctx, _next) => next()]);
      return rt.queue.enter(key, () => chain(ctx));
    },
  ];
}
