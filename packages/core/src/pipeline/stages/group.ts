import type { DeskRuntime } from '../../desk/runtime.js';
import { addToBurst } from '../../grouping/burst.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Holds assistant turns on channels that group messages (RT9): the message joins the
 * burst and the rest of the pipeline runs once, for the whole burst, when it flushes.
 */
export function groupStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function group(ctx, next) {
    const config = ctx.channel.groupMessages;
    if (!config || ctx.conversation.handler !== 'assistant') return next();
    await addToBurst(rt, ctx, config);
  };
}
