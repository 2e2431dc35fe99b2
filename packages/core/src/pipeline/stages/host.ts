import { conversationKey, type DeskRuntime } from '../../desk/runtime.js';
import { compose, type Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Runs the channel adapter's own middleware, then host middleware (`desk.use`), marked
 * as holding the conversation's key, so a middleware may await `desk.send()` or inbox
 * actions on its own conversation without waiting for itself. The stages after it run
 * when the last middleware calls `next()`.
 */
export function hostStage(
  rt: DeskRuntime,
  host: ReadonlyArray<Middleware<TurnContext>>,
): Middleware<TurnContext> {
  return function hostMiddleware(ctx, next) {
    const own = ctx.runtime.adapter.middleware ?? [];
    // No host code: skip AsyncLocalStorage, which taxes every promise once enabled.
    if (host.length === 0 && own.length === 0) return next();
    const key = conversationKey(ctx.channel.id, ctx.conversation.contactAddress);
    // Channel middleware is typed for the smaller context this one extends.
    const mine = own as ReadonlyArray<Middleware<TurnContext>>;
    const chain = compose<TurnContext>([...mine, ...host, (_ctx, _next) => next()]);
    return rt.queue.enter(key, () => chain(ctx));
  };
}
