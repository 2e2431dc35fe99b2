import { applyRoute } from '../../conversation/transitions.js';
import type { DeskRuntime } from '../../desk/runtime.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/** Sends a conversation that needs a route to the channel's default target (RT1). */
export function routeStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function route(ctx, next) {
    if (ctx.needsRoute) {
      const { pendingRoute: _p, ...state } = ctx.conversation.state;
      ctx.conversation = await applyRoute(rt, { ...ctx.conversation, state }, ctx.channel.route);
      ctx.needsRoute = false;
    }
    await next();
  };
}
