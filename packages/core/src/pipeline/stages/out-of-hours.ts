import type { DeskRuntime } from '../../desk/runtime.js';
import { noticeIfClosed } from '../../routing/team-messages.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * A customer writing to a team that is closed hears so once per closed period (RT8),
 * even while the conversation waits in the queue or sits with an operator.
 */
export function outOfHoursStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function outOfHours(ctx, next) {
    const { handler, teamId } = ctx.conversation;
    if (!ctx.needsRoute && teamId !== undefined && (handler === 'queue' || handler === 'operator'))
      ctx.conversation = (await noticeIfClosed(rt, ctx.conversation)).conversation;
    await next();
  };
}
