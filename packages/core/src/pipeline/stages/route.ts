import type { DeskRuntime } from '../../desk/runtime.js';
import { decideRoute } from '../../routing/decide.js';
import { routeTo } from '../../routing/route-to.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Routes a conversation that needs it (new, reopened, business-started): active
 * routing, then rules, then the channel's default route (RT1, RT5, RT6).
 */
export function routeStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function route(ctx, next) {
    if (ctx.needsRoute) {
      const { pendingRoute: _p, ...state } = ctx.conversation.state;
      const conv = { ...ctx.conversation, state };
      ctx.conversation = await routeTo(rt, conv, decideRoute(rt, { ...ctx, conversation: conv }));
      ctx.needsRoute = false;
    }
    await next();
  };
}
