import { parseScore, scoreByTitle } from '../../csat/score.js';
import { pendingSurvey, recordAnswer } from '../../csat/survey.js';
import type { DeskRuntime } from '../../desk/runtime.js';
import { contentText } from '../../model/content.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';
import { reopen } from './conversation.js';

/**
 * Takes a survey answer (IN6): a score is recorded and the conversation stays
 * solved; anything else is a new request, so the conversation reopens and routes.
 */
export function csatStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function csat(ctx, next) {
    if (!ctx.awaitingSurvey) return next();
    const survey = pendingSurvey(ctx.conversation, rt.clock.now());
    const options = rt.channels.get(ctx.conversation.channelId)?.config.csat?.options;
    // The business's own titles first ("Bom" may mean 3 on its scale), then the table.
    const score = survey
      ? ((options && scoreByTitle(options, ctx.inbound.content)) ?? parseScore(ctx.inbound.content))
      : undefined;
    if (survey && score !== undefined) {
      ctx.conversation = await recordAnswer(
        rt,
        ctx.conversation,
        survey,
        score,
        ctx.message,
        contentText(ctx.inbound.content),
      );
      return;
    }
    await reopen(rt, ctx);
    await next();
  };
}
