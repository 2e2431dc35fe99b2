import type { DeskRuntime } from '../../desk/runtime.js';
import { decideRoute } from '../../routing/decide.js';
import { routeTo } from '../../routing/route-to.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';
import { deferStart, isPublicComment } from './deferred-start.js';

/**
 * Routes a conversation that needs it (new, reopened, business-started): active
 * routing, then rules, then the channel's default route (RT1, RT5, RT6). A public
 * comment that would start a menu leaves routing to the person's first DM.
 */
export function routeStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function route(ctx, next) {
    if (ctx.needsRoute) {
      const { pendingRoute: _p, pendingReferral: _r, ...state } = ctx.conversation.state;
      const conv = { ...ctx.conversation, state };
      const decision = decideRoute(rt, ctx);
      // A triage menu would spend a comment's one private reply: it waits for a DM.
      if (isPublicComment(ctx) && decision.target && 'menu' in decision.target) {
        await deferStart(ctx, { route: true, welcome: false });
        return next();
      }
      ctx.conversation = await routeTo(rt, conv, decision);
      ctx.needsRoute = false;
    }
    await next();
  };
}
