import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Stops the turn when humans hold the conversation: the message is already recorded
 * and in the inbox, and no assistant may answer it.
 */
export function takeoverGateStage(): Middleware<TurnContext> {
  return async function takeoverGate(ctx, next) {
    const { handler } = ctx.conversation;
    if (!ctx.needsRoute && (handler === 'operator' || handler === 'queue')) return;
    await next();
  };
}
