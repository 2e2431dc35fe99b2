import { localize } from '../../model/localized-text.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';
import { deferStart, isPublicComment } from './deferred-start.js';

/**
 * Greets a customer who starts a conversation, when the channel has a welcome (IN5).
 * A conversation opened by a public comment is greeted when the person first writes in
 * the DM thread, so the comment rule keeps the one private reply.
 */
export function welcomeStage(): Middleware<TurnContext> {
  return async function welcome(ctx, next) {
    const text = ctx.channel.welcomeMessage;
    if (text && isPublicComment(ctx)) {
      await deferStart(ctx, { route: false, welcome: true });
    } else if (text && (ctx.isNewConversation || ctx.conversation.state.welcomePending === true)) {
      if (ctx.conversation.state.welcomePending !== undefined) {
        const { welcomePending: _w, ...state } = ctx.conversation.state;
        await ctx.saveConversation({ state });
      }
      await ctx.reply(localize(text, ctx.conversation.language));
    }
    await next();
  };
}
