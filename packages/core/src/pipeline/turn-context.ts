import type { ChannelTurnContext } from '../channel/turn-context.js';
import type { ChannelConfig } from '../desk/options.js';
import type { ChannelRuntime } from '../desk/runtime.js';
import type { Conversation } from '../model/records.js';

/**
 * One inbound message on its way through the pipeline. Stages before `conversation`
 * see only `inbound` and `channel`; from `conversation` on, `contact` and
 * `conversation` are set; from `persist` on, `message` too. Channel middleware sees the
 * smaller `ChannelTurnContext` this extends; stages and host middleware see the
 * channel's settings too.
 */
export interface TurnContext extends ChannelTurnContext {
  readonly channel: ChannelConfig & { readonly kind: string };
  /** True when this message opened the conversation. */
  isNewConversation: boolean;
  /** True when the conversation needs a route: new, reopened, or business-started. */
  needsRoute: boolean;
  /**
   * True when the conversation is solved and waits for a survey answer (IN6): it is
   * reopened only if this message is not a score.
   */
  awaitingSurvey: boolean;
  /** Saves `ctx.conversation` after a stage changed it. */
  saveConversation(patch?: Partial<Conversation>): Promise<Conversation>;
  /** Internal: the channel's adapter and lifecycle. */
  readonly runtime: ChannelRuntime;
}
