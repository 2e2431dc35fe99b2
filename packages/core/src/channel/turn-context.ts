import type { MessageContent } from '../model/content.js';
import type { Contact, Conversation, Message } from '../model/records.js';
import type { InboundMessage, ReceiveOutcome } from './inbound.js';

/** The channel a turn runs on, as middleware sees it. */
export interface TurnChannel {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: string;
  readonly name?: string;
}

/**
 * One inbound turn as a channel's own middleware sees it. The engine's `TurnContext`
 * extends it with the channel's settings; this contract imports nothing from the
 * engine, so an adapter depends on contracts only.
 */
export interface ChannelTurnContext {
  readonly tenantId: string;
  readonly channel: TurnChannel;
  readonly inbound: InboundMessage;
  contact: Contact;
  conversation: Conversation;
  message: Message;
  /** The inbound messages this turn answers (grouping adds the earlier ones). */
  turn: Message[];
  /** Scratch space for stages and middleware during this turn. */
  readonly state: Record<string, unknown>;
  /** What `receive()` resolves with; middleware that stops the turn sets it. */
  outcome: ReceiveOutcome;
  /**
   * Sends to this conversation through the outbound chain (author: system) and
   * refreshes `ctx.conversation`.
   */
  reply(content: string | MessageContent): Promise<Message[]>;
}
