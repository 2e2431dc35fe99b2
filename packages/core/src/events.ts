import type { ChannelStatusUpdate, InboundSender } from './channel/adapter.js';
import type { CsatResponse } from './csat/csat-response.js';
import type { MessageContent } from './model/content.js';
import type { Lead, Sale } from './model/outcome.js';
import type { Contact, Conversation, Message, MessageAuthor } from './model/records.js';
import type { RouteReason } from './routing/route-reason.js';
import type { RouteTarget } from './routing/target-schema.js';
import type { Presence } from './teams/team-schema.js';

/**
 * Every event the desk emits, by `noun.verb` name. The same names are what
 * `@parley/webhooks` delivers. Events are for observation: a listener that throws is
 * reported on `error` and never changes the turn.
 */
export interface DeskEvents {
  'message.received': { message: Message; conversation: Conversation; contact: Contact };
  /**
   * An inbound message recorded but answered by no one (phone filters, rate limits).
   * A filtered message opens no conversation (`conversationId`/`contactId` empty); a
   * rate-limited one in an open conversation carries its ids.
   */
  'message.ignored': { message: Message; reason: string; from: InboundSender };
  'message.sent': { message: Message; conversation: Conversation };
  /** The customer read outbound messages (channels that report it: live chat, WhatsApp). */
  'message.read': { channelId: string; tenantId: string; address: string; externalIds: string[] };
  /**
   * An outbound message was not delivered: the send failed, or the channel reported the
   * failure later (WhatsApp `failed` status, Baileys `ERROR` receipt). `error.message`
   * is the channel's explanation; `message.status` is `failed`.
   */
  'message.failed': { message: Message; conversation: Conversation; error: Error };
  /** The customer edited a message; `message.content` is the new text. */
  'message.edited': { message: Message; conversation: Conversation; previous: MessageContent };
  /**
   * An outbound message held back: the conversation changed hands meanwhile, it is
   * closed, or a message limit was reached (PL1).
   */
  'message.suppressed': { message: Message; conversation: Conversation; reason: string };
  'conversation.opened': { conversation: Conversation; contact: Contact };
  'conversation.reopened': { conversation: Conversation };
  'conversation.solved': { conversation: Conversation; by?: string };
  /** A summary for operators was made (IN3): on solve, on demand. */
  'conversation.summarized': { conversation: Conversation; summary: string };
  'conversation.closed': { conversation: Conversation; reason: string };
  'conversation.read': { conversation: Conversation };
  'conversation.unread': { conversation: Conversation };
  'conversation.labeled': { conversation: Conversation; label: string };
  'conversation.unlabeled': { conversation: Conversation; label: string };
  /** An operator took the conversation from the assistant (or the queue). */
  'conversation.taken_over': { conversation: Conversation; operatorId: string };
  /** The conversation went back to an assistant. */
  'conversation.handed_back': { conversation: Conversation; assistantId: string };
  /**
   * The conversation has a new holder: a team (no `operatorId`), an operator of a team,
   * or humans in general (neither).
   */
  'conversation.assigned': { conversation: Conversation; operatorId?: string; teamId?: string };
  /** No operator could take the conversation; it waits in the team's queue (RT7). */
  'conversation.queued': { conversation: Conversation; teamId: string };
  /** Where a new (or reopened) conversation went, and why (RT1–RT6). */
  'conversation.routed': {
    conversation: Conversation;
    /** Undefined when it went to humans with no particular team. */
    target?: RouteTarget;
    reason: RouteReason;
    /** The rule that matched, when `reason` is `rule`. */
    ruleId?: string;
  };
  /** The 1–5 survey was sent after a solve (IN6). */
  'csat.requested': { conversation: Conversation };
  /** The customer answered the survey (IN6). */
  'csat.submitted': {
    conversation: Conversation;
    score: number;
    message: Message;
    response: CsatResponse;
  };
  /** An operator went online, away or offline (RT7). */
  'operator.presence': { tenantId: string; operatorId: string; presence: Presence };
  /** Humans are needed: the assistant, a rule or the customer asked for one. */
  'handoff.requested': {
    conversation: Conversation;
    reason: string;
    /** What an operator should know before answering. */
    summary?: string;
  };
  /** The conversation was marked as a lead (OB1); again when its value changes. */
  'lead.marked': { conversation: Conversation; lead: Lead };
  'lead.unmarked': { conversation: Conversation; lead: Lead };
  /** A sale was recorded on the conversation, with its value (OB1). */
  'sale.recorded': { conversation: Conversation; sale: Sale };
  'sale.removed': { conversation: Conversation; sale: Sale };
  'contact.created': { contact: Contact };
  /** A channel updated profile fields of a contact. */
  'contact.updated': { contact: Contact };
  'contact.renamed': { contact: Contact; previousName?: string };
  'contact.labeled': { contact: Contact; label: string };
  'contact.unlabeled': { contact: Contact; label: string };
  'contact.noted': { contact: Contact; note: Contact['notes'][number] };
  /**
   * A tenant reached a message limit (PL1); the message was held back. Listeners are
   * awaited before the send returns (the desk's own hands an assistant's conversation
   * to humans).
   */
  'limit.reached': {
    tenantId: string;
    conversation: Conversation;
    author: MessageAuthor;
    reason: string;
    period: 'day' | 'month';
    limit: number;
  };
  /** An outbound message waits `waitMs` for its channel's pacing slot (PL2). */
  'channel.paced': { channelId: string; tenantId: string; conversationId: string; waitMs: number };
  'channel.status': { channelId: string; tenantId: string; update: ChannelStatusUpdate };
  /** A failure inside a turn, a job or a listener. The process and other conversations go on. */
  error: { error: Error; stage: string; conversationId?: string; channelId?: string };
}

export type DeskEventName = keyof DeskEvents;
