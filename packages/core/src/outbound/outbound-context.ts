import type { ChannelCapabilities } from '../channel/adapter.js';
import type { MessageCitation } from '../model/citation.js';
import type { MessageContent } from '../model/content.js';
import type { Contact, Conversation, Message, MessageAuthor } from '../model/records.js';

/** The channel an outbound message leaves on. */
export interface OutboundChannel {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: string;
  readonly capabilities: ChannelCapabilities;
}

/** One part of an outbound message, as the channel will get it. */
export interface OutboundPart {
  /** The message id it is recorded under. */
  readonly id: string;
  readonly content: MessageContent;
  /** The channel's id of the sent message. */
  externalId?: string;
  /**
   * A re-run sends a part that an earlier run recorded as failed: its record (sent or
   * failed again) replaces that one instead of being a second message with its id.
   */
  readonly replacesFailed?: boolean;
}

/**
 * One outbound message on its way through the outbound chain: suppression → message
 * limits → host middleware (`desk.useOutbound`) → adapt to the channel → per part:
 * record → pace → adapter send. Middleware may change `content` (redaction), stop the
 * message with `suppress()`, or watch what was `sent`.
 */
export interface OutboundContext {
  readonly tenantId: string;
  readonly channel: OutboundChannel;
  /** The conversation, re-read when the chain starts; refreshed as parts are sent. */
  conversation: Conversation;
  readonly contact: Contact | undefined;
  readonly author: MessageAuthor;
  /** What to send. Middleware before the adapt step may replace it. */
  content: MessageContent;
  readonly replyToExternalId?: string;
  /** Aborted when the sender lost the conversation: no further part goes out. */
  readonly signal?: AbortSignal;
  /** The answer's knowledge sources, recorded on each message (AI3). */
  readonly citations?: MessageCitation[];
  /** The parts the channel can take, set by the adapt step. */
  parts: MessageContent[];
  /** The part being sent, inside the per-part steps; the send step sets `externalId`. */
  part?: OutboundPart;
  /** Messages sent so far, in order: what `desk.send()` resolves with. */
  readonly sent: Message[];
  /** Set once the message was held back: why. */
  suppressed?: string;
  /**
   * Holds the message back: records it as `suppressed` with `reason` and emits
   * `message.suppressed`. The caller returns without calling `next()`.
   */
  suppress(reason: string): Promise<void>;
  /** Scratch space for middleware during this message. */
  readonly state: Record<string, unknown>;
}
