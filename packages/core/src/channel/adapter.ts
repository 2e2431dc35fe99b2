import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { MediaKind, MessageContent } from '../model/content.js';
import type { Contact, Message, MessageAuthor, Referral } from '../model/records.js';
import type { Middleware } from '../pipeline/compose.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import type { KeyValue } from '../store/store.js';

/** What a channel can render; the engine adapts content to it (menus, text length). */
export interface ChannelCapabilities {
  /**
   * How menus render natively: `buttons` (up to `maxMenuButtons` options), `list`
   * (WhatsApp list), `quick-replies` (Instagram), or `none` for numbered text.
   */
  menus: 'buttons' | 'list' | 'quick-replies' | 'none';
  /** Most options the native menu shows; longer menus fall back to numbered text. */
  maxMenuOptions: number;
  /** Media kinds the channel can send. */
  media: readonly MediaKind[];
  /** Longest text one message may carry; longer text is split at sentence breaks. */
  maxTextLength: number;
  /** The channel can show a typing indicator. */
  typing: boolean;
  /** The channel can mark inbound messages read. */
  readReceipts: boolean;
  /**
   * Free-form replies are allowed only this long after the customer's last message
   * (WhatsApp Cloud, Instagram: 24 h). Undefined: no window.
   */
  replyWindowMs?: number;
}

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
}

export type ReceiveOutcome =
  | { status: 'accepted'; conversationId: string; messageId: string }
  | { status: 'duplicate' }
  | { status: 'ignored'; reason: string; conversationId?: string }
  | { status: 'failed'; error: Error };

/** A status change a host may show: QR to scan, connected, logged out, ... */
export interface ChannelStatusUpdate {
  state:
    | 'connecting'
    | 'qr'
    | 'pairing-code'
    | 'connected'
    | 'disconnected'
    | 'logged-out'
    | 'challenge'
    | 'error';
  /** Human-readable detail: why it disconnected, what to do next. */
  detail?: string;
  /** QR payload (render as a QR code) or pairing code, when `state` asks for one. */
  qr?: string;
  pairingCode?: string;
  data?: Record<string, unknown>;
}

/** Profile fields a channel may set on a contact; attributes are merged. */
export interface ContactPatch {
  name?: string;
  email?: string;
  phone?: string;
  attributes?: Contact['attributes'];
}

/** What the engine gives an adapter when it starts. */
export interface ChannelContext {
  readonly channelId: string;
  readonly tenantId: string;
  /** Feeds one inbound message into the pipeline; resolves when its turn is done. */
  receive(message: InboundMessage): Promise<ReceiveOutcome>;
  /** Reports a status change (emitted as `channel.status`). */
  status(update: ChannelStatusUpdate): void;
  /** Key-value space private to this channel (auth state, cursors, sessions). */
  readonly kv: KeyValue;
  /** Looks up a message this channel sent or received, by its external id. */
  findMessage(externalId: string): Promise<{ content: MessageContent } | undefined>;
  /**
   * Claims `key` for `ttlMs` in this channel's space: true the first time, false while
   * the claim lives. Atomic across processes with a shared store (one DM per commenter).
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /**
   * The latest messages of this address's current conversation on this channel, oldest
   * first (live-chat history on reconnect). Empty when there is none.
   */
  listMessages(address: string, options?: { limit?: number }): Promise<Message[]>;
  /**
   * Updates the contact behind an address on this channel (profile fields an external
   * system sends); undefined when no contact has written from it yet.
   */
  updateContact(address: string, patch: ContactPatch): Promise<Contact | undefined>;
  /** Reports that the customer read outbound messages (emitted as `message.read`). */
  read(address: string, externalIds: string[]): void;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Aborted when the channel is stopped. */
  readonly signal: AbortSignal;
}

/** One message the engine asks an adapter to deliver. */
export interface OutboundMessage {
  /** Parley's message id (stable; adapters may use it as an idempotency key). */
  id: string;
  conversationId: string;
  /** The recipient's external id on this channel. */
  to: string;
  content: MessageContent;
  replyToExternalId?: string;
  /** When the customer last wrote, for reply-window checks. */
  lastInboundAt?: Date;
  /** Who speaks: channels may tag human replies (Instagram `HUMAN_AGENT`). */
  author: MessageAuthor;
  /** Display name of the author (operator or assistant name), when configured. */
  authorName?: string;
}

export interface SendReceipt {
  /** The channel's id of the sent message, when it gives one. */
  externalId?: string;
}

/**
 * A channel plug-in: WhatsApp, Instagram, live chat, API, memory. Adapters translate;
 * they never route, store conversations or decide who answers.
 */
export interface ChannelAdapter {
  /** `whatsapp` | `instagram` | `livechat` | `api` | `memory` | your own. */
  readonly kind: string;
  readonly capabilities: ChannelCapabilities;
  start(ctx: ChannelContext): Promise<void>;
  stop(): Promise<void>;
  send(message: OutboundMessage, options: { signal?: AbortSignal }): Promise<SendReceipt>;
  /**
   * Canonical form of an address a host typed (`'+55 (21) 98877-6655'` → the channel's
   * own id), applied by `desk.send()` so one person never becomes two contacts. Throws
   * a ParleyError (`INPUT_INVALID`) for an address the channel cannot reach.
   */
  address?(raw: string): string;
  /** Shows (or hides) a typing indicator to the recipient, where supported. */
  typing?(to: string, on: boolean): Promise<void>;
  /** Marks the customer's messages read, where supported. */
  markRead?(to: string, externalIds: string[]): Promise<void>;
  /** Webhook-driven channels: a Web-standard handler to mount in any framework. */
  fetch?(request: Request): Promise<Response>;
  /**
   * Middleware the desk runs for this channel's turns only, before host middleware
   * (e.g. Instagram comment-to-DM rules). Installed automatically with the channel.
   */
  readonly middleware?: ReadonlyArray<Middleware<TurnContext>>;
}
