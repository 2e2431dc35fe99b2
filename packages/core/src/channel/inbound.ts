import type { MessageContent } from '../model/content.js';
import type { Referral } from '../model/records.js';

/** Who wrote an inbound message, in the channel's own terms. */
export interface InboundSender {
  /** The channel's id of the sender: a phone JID, an IG user id, a visitor id. */
  externalId: string;
  name?: string;
  phone?: string;
  email?: string;
  /**
   * Profile attributes the channel holds for the sender (the API channel's
   * `POST /contacts` before the first message): a new contact starts with them, so
   * routing rules read them on that very message; a known contact gains only those it
   * lacks (what operators set wins).
   */
  attributes?: Record<string, string | number | boolean>;
  /** The customer's language as the channel knows it (the widget's `data-lang`). */
  language?: string;
}

/** A message as an adapter hands it to the engine. Validated at the boundary. */
export interface InboundMessage {
  /** The channel's message id; the engine processes each one once. */
  externalId: string;
  from: InboundSender;
  content: MessageContent;
  /** When the customer sent it (defaults to the clock's now). */
  timestamp?: Date;
  replyToExternalId?: string;
  referral?: Referral;
  /**
   * Record the message in the inbox but answer nothing (no welcome, route, menu or
   * assistant): e.g. `standby` when another app holds the thread.
   */
  recordOnly?: string;
}

export type ReceiveOutcome =
  | { status: 'accepted'; conversationId: string; messageId: string }
  | { status: 'duplicate' }
  | { status: 'ignored'; reason: string; conversationId?: string }
  | { status: 'failed'; error: Error };
