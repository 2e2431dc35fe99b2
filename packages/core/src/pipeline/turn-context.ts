import type { InboundMessage, ReceiveOutcome } from '../channel/adapter.js';
import type { ChannelConfig } from '../desk/options.js';
import type { ChannelRuntime } from '../desk/runtime.js';
import type { MessageContent } from '../model/content.js';
import type { Contact, Conversation, Message } from '../model/records.js';

/**
 * One inbound message on its way through the pipeline. Stages before `conversation`
 * see only `inbound` and `channel`; from `conversation` on, `contact` and
 * `conversation` are set; from `persist` on, `message` too.
 */
export interface TurnContext {
  readonly tenantId: string;
  readonly channel: ChannelConfig & { readonly kind: string };
  readonly inbound: InboundMessage;
  contact: Contact;
  conversation: Conversation;
  message: Message;
  /** True when this message opened the conversation. */
  isNewConversation: boolean;
  /** True when the conversation needs a route: new, reopened, or business-started. */
  needsRoute: boolean;
  /**
   * True when the conversation is solved and waits for a survey answer (IN6): it is
   * reopened only if this message is not a score.
   */
  awaitingSurvey: boolean;
  /** The inbound messages this turn answers (grouping adds the earlier ones). */
  turn: Message[];
  /** Scratch space for stages and host middleware during this turn. */
  readonly state: Record<string, unknown>;
  /** What `receive()` resolves with; stages that stop the turn set it. */
  outcome: ReceiveOutcome;
  /**
   * Sends to this conversation through the outbound chokepoint (author: system) and
   * refreshes `ctx.conversation`.
   */
  reply(content: string | MessageContent): Promise<Message[]>;
  /** Saves `ctx.conversation` after a stage changed it. */
  saveConversation(patch?: Partial<Conversation>): Promise<Conversation>;
  /** Internal: the channel's adapter and lifecycle. */
  readonly runtime: ChannelRuntime;
}
