import type { DeskRuntime } from '../../desk/runtime.js';
import { sayOncePerClosedPeriod } from '../../routing/closed-notice.js';
import { noticeIfClosed } from '../../routing/team-messages.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * A customer writing to a closed channel, or to a team that is closed, hears so once
 * per closed period (RT8), even while the conversation waits in the queue or sits with
 * an operator.
 */
export function outOfHoursStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function outOfHours(ctx, next) {
    // The channel first (RT8): the inbox itself is closed, whoever holds the conversation.
    const config = rt.channels.get(ctx.conversation.channelId)?.config;
    ctx.conversation = (
      await sayOncePerClosedPeriod(
        rt,
        ctx.conversation,
        'channelOutOfHoursPeriod',
        config?.hours,
        config?.outOfHoursMessage,
      )
    ).conversation;
    const { handler, teamId } = ctx.conversation;
    if (!ctx.needsRoute && teamId !== undefined && (handler === 'queue' || handler === 'operator'))
      ctx.conversation = (await noticeIfClosed(rt, ctx.conversation)).conversation;
    await next();
  };
}
