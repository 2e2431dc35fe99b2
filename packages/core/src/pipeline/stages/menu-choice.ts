import type { DeskRuntime } from '../../desk/runtime.js';
import { leaveMenu, menuState, repromptMenu } from '../../routing/menu.js';
import { matchMenuOption } from '../../routing/menu-match.js';
import { routeTo } from '../../routing/route-to.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Reads the answer to a triage menu (RT2): a matching option routes the conversation
 * (and an assistant then answers this very message); an invalid answer gets the menu
 * again, up to the menu's `retries`, after which the conversation goes to its
 * fallback team.
 */
export function menuChoiceStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function menuChoice(ctx, next) {
    const state = ctx.needsRoute ? undefined : menuState(ctx.conversation);
    if (ctx.conversation.handler !== 'menu' || !state) return next();
    const menu = rt.menus.get(ctx.conversation.tenantId, state.id);
    const option = menu && matchMenuOption(menu, ctx.inbound.content, ctx.conversation.language);
    if (menu && !option && state.invalid < menu.retries) {
      ctx.conversation = await repromptMenu(rt, ctx.conversation, menu, state.invalid + 1);
      return next();
    }
    ctx.conversation = await routeTo(
      rt,
      leaveMenu(ctx.conversation),
      option
        ? { target: option.route, reason: 'menu' }
        : { target: menu && { team: menu.fallbackTeam }, reason: 'menu-fallback' },
    );
    await next();
  };
}
