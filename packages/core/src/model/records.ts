import type { MessageCitation } from './citation.js';
import type { MessageContent } from './content.js';
import type { ConversationState } from './conversation-state.js';
import type { Referral } from './referral.js';

/** Tenant used when the host never names one (single-business apps). */
export const DEFAULT_TENANT = 'default';

/** One channel-specific address of a contact (a phone JID, an IG user id, a visitor id). */
export interface ContactIdentity {
  channelId: string;
  externalId: string;
}

export interface ContactNote {
  id: string;
  text: string;
  author?: string;
  createdAt: Date;
}

/** A customer. One contact may be reachable on several channels. */
export interface Contact {
  id: string;
  tenantId: string;
  identities: ContactIdentity[];
  name?: string;
  email?: string;
  /** E.164 when known (`+5521988776655`). */
  phone?: string;
  labels: string[];
  notes: ContactNote[];
  attributes: Record<string, string | number | boolean>;
  createdAt: Date;
  updatedAt: Date;
  /** Last time this contact wrote to the business (not when the business wrote). */
  lastInboundAt?: Date;
}

export type ConversationStatus = 'open' | 'solved' | 'closed';
/** Who answers the customer right now. */
export type ConversationHandler = 'assistant' | 'operator' | 'queue' | 'menu';
/** Who wrote first: the customer, or the business (outbound first, see RT5). */
export type ConversationOrigin = 'customer' | 'business';

export interface MessageSnippet {
  text: string;
  direction: MessageDirection;
  at: Date;
}

export interface Conversation {
  id: string;
  tenantId: string;
  channelId: string;
  contactId: string;
  /** The contact's id on this channel (phone JID, IG id, visitor id): where replies go. */
  contactAddress: string;
  status: ConversationStatus;
  handler: ConversationHandler;
  origin: ConversationOrigin;
  /** The assistant answering when `handler` is `assistant`. */
  assistantId?: string;
  /** The team (sector) holding the conversation, if any. */
  teamId?: string;
  /** The operator assigned, if any. */
  assigneeId?: string;
  unreadCount: number;
  labels: string[];
  lastMessage?: MessageSnippet;
  /** Last activity (message either way, or operator action); orders the inbox. */
  lastActivityAt: Date;
  createdAt: Date;
  updatedAt: Date;
  solvedAt?: Date;
  closedAt?: Date;
  /** The engine's typed keys (routing, menus, CSAT, outcomes) and plug-ins' bags. */
  state: ConversationState;
  /**
   * The customer's language (`pt`, `en`, `id`, `pt-BR`): the channel's `language`, else
   * the one the channel reported (the widget's `data-lang`), else the one an assistant
   * detected. Picks the variant of every automatic message (welcome, menus, survey,
   * team and out-of-hours messages).
   */
  language?: string;
}

export type MessageDirection = 'inbound' | 'outbound';

export type MessageAuthor =
  | { kind: 'contact' }
  | { kind: 'assistant'; id: string }
  | { kind: 'operator'; id: string }
  | { kind: 'system'; id?: string };

/**
 * `received`: inbound and accepted. `ignored`: inbound, recorded, answered by no one
 * (filters). `sent`/`failed`: outbound result. `suppressed`: outbound that was not
 * sent because the conversation changed hands while it was being produced.
 */
export type MessageStatus = 'received' | 'ignored' | 'sent' | 'failed' | 'suppressed';

export type { Referral };

export interface Message {
  id: string;
  tenantId: string;
  /** Empty for an inbound message a phone filter ignored: it opens no conversation (RT10). */
  conversationId: string;
  channelId: string;
  /** Empty, like `conversationId`, for an ignored message that opened nothing. */
  contactId: string;
  direction: MessageDirection;
  author: MessageAuthor;
  content: MessageContent;
  status: MessageStatus;
  /** The channel's own id of this message (dedupe, quoting, receipts). */
  externalId?: string;
  /** External id of the message this one quotes. */
  replyToExternalId?: string;
  referral?: Referral;
  /** Why a message was ignored, suppressed or failed. */
  reason?: string;
  /** The knowledge sources of an assistant's answer (AI3). */
  citations?: MessageCitation[];
  createdAt: Date;
  /** When the customer last edited it (the content is the edited text). */
  editedAt?: Date;
}
