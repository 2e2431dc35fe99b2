import type { ChannelStatusUpdate } from './channel/adapter.js';
import type { Contact, Conversation, Message } from './model/records.js';

/**
 * Every event the desk emits, by `noun.verb` name. The same names are what
 * `@parley/webhooks` delivers. Events are for observation: a listener that throws is
 * reported on `error` and never changes the turn.
 */
export interface DeskEvents {
  'message.received': { message: Message; conversation: Conversation; contact: Contact };
  /** An inbound message recorded but answered by no one (filters, rate limits). */
  'message.ignored': { message: Message; reason: string };
  'message.sent': { message: Message; conversation: Conversation };
  'message.failed': { message: Message; conversation: Conversation; error: Error };
  /** An outbound message dropped because the conversation changed hands meanwhile. */
  'message.suppressed': { message: Message; conversation: Conversation; reason: string };
  'conversation.opened': { conversation: Conversation; contact: Contact };
  'conversation.reopened': { conversation: Conversation };
  'conversation.solved': { conversation: Conversation; by?: string };
  'conversation.closed': { conversation: Conversation; reason: string };
  'conversation.read': { conversation: Conversation };
  'conversation.unread': { conversation: Conversation };
  'conversation.labeled': { conversation: Conversation; label: string };
  'conversation.unlabeled': { conversation: Conversation; label: string };
  /** An operator took the conversation from the assistant (or the queue). */
  'conversation.taken_over': { conversation: Conversation; operatorId: string };
  /** The conversation went back to an assistant. */
  'conversation.handed_back': { conversation: Conversation; assistantId: string };
  'conversation.assigned': { conversation: Conversation; operatorId?: string; teamId?: string };
  /** Humans are needed: the assistant, a rule or the customer asked for one. */
  'handoff.requested': {
    conversation: Conversation;
    reason: string;
    /** What an operator should know before answering. */
    summary?: string;
  };
  'contact.created': { contact: Contact };
  'contact.renamed': { contact: Contact; previousName?: string };
  'contact.labeled': { contact: Contact; label: string };
  'contact.unlabeled': { contact: Contact; label: string };
  'contact.noted': { contact: Contact; note: Contact['notes'][number] };
  'channel.status': { channelId: string; tenantId: string; update: ChannelStatusUpdate };
  /** A failure inside a turn, a job or a listener. The process and other conversations go on. */
  error: { error: Error; stage: string; conversationId?: string; channelId?: string };
}

export type DeskEventName = keyof DeskEvents;
