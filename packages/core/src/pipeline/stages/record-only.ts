import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';
import { deferStart } from './deferred-start.js';

/**
 * Ends the turn of a message that is recorded but answered by nothing: one the channel
 * marked `recordOnly` (another app holds the thread), or a reaction on a channel whose
 * `reactions` is `record`. It is already stored and in the inbox; no welcome, route,
 * menu or assistant runs, so an offline assistant never hands a 👍 to humans. A
 * conversation such a message opened is routed and greeted on the next real message.
 */
export function recordOnlyStage(): Middleware<TurnContext> {
  return async function recordOnly(ctx, next) {
    const reaction = ctx.inbound.content.type === 'reaction' && ctx.channel.reactions !== 'turn';
    // A reaction may still answer a satisfaction survey (IN6).
    if (ctx.inbound.recordOnly === undefined && (!reaction || ctx.awaitingSurvey)) {
      return next();
    }
    await deferStart(ctx, { route: true, welcome: true });
  };
}
