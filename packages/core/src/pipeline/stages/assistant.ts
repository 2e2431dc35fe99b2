import { answerTurn } from '../../assistant/answer.js';
import type { DeskRuntime } from '../../desk/runtime.js';
import { ledgerOf } from '../../turns/turn-ledger.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/** The last stage: the conversation's assistant answers the turn, if it has one. */
export function assistantStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function assistant(ctx, next) {
    if (ctx.conversation.handler === 'assistant') {
      const outcome = await answerTurn(rt, ctx.conversation, ctx.turn);
      if (outcome === 'aborted') ledgerOf(ctx).aborted = true;
    }
    await next();
  };
}
