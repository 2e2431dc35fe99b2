import { localize } from '../../model/localized-text.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/** Greets a customer who starts a conversation, when the channel has a welcome (IN5). */
export function welcomeStage(): Middleware<TurnContext> {
  return async function welcome(ctx, next) {
    const text = ctx.channel.welcomeMessage;
    if (text && ctx.isNewConversation) await ctx.reply(localize(text, ctx.conversation.language));
    await next();
  };
}
