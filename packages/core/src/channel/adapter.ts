import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { MediaKind, MessageContent } from '../model/content.js';
import type { Contact, Message, MessageAuthor } from '../model/records.js';
import type { Middleware } from '../pipeline/compose.js';
import type { ServiceKey } from '../plugins/service-key.js';
import type { KeyValue } from '../store/store.js';
import type { InboundMessage, ReceiveOutcome } from './inbound.js';
import type { ChannelTurnContext } from './turn-context.js';

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
  /**
   * The platform fetches https media links itself (Meta's servers, the visitor's
   * browser, an API receiver): the engine checks a link is https and passes it on.
   * Unset: the engine downloads https links through the SSRF-safe fetch, with a byte
   * cap, and hands the adapter bytes (`data`), never a URL (P-08).
   */
  mediaLinks?: boolean;
  /**
   * Prefixes of this channel's own media references (`whatsapp-cloud-media:`), which
   * the adapter resolves itself; any other non-https `url` is refused.
   */
  mediaLocators?: readonly string[];
}

export type { InboundMessage, InboundSender, ReceiveOutcome } from './inbound.js';

/** How long `receive()` waits. */
export interface ReceiveOptions {
  /**
   * `accepted` (a channel context's default): resolves once the message and its pending
   * turn are recorded, so a webhook can answer 200 at once whatever the model does; the
   * turn runs on, and after a crash it runs on the next start. `answered`
   * (`desk.receive()`'s and the memory channel's default): resolves when the turn is done.
   */
  wait?: 'accepted' | 'answered';
  /**
   * Called once the turn has run (or failed), whatever `wait` was: lets an adapter that
   * answered its delivery at acceptance know when it is idle.
   */
  settled?: (outcome: ReceiveOutcome) => void;
  /**
   * Records the message for operators without a turn: no assistant, menu or automatic
   * message answers it (WhatsApp's backlog after a long disconnect). `reason` is kept on
   * the message; `label` is added to its conversation so the inbox can filter on it. A
   * conversation it opens waits in the queue and is routed on the customer's next message.
   */
  hold?: { reason: string; label?: string };
}

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

/** What a channel learnt about a message it sent (delivery receipts, webhooks). */
export interface DeliveryReport {
  /** The channel's id of the message (what `send` returned). */
  externalId: string;
  status: 'failed';
  /** The channel's explanation, shown to operators (`Message failed to send because …`). */
  reason: string;
  /** The channel's error code, when it gives one (`131047`). */
  code?: string | number;
}

/** A message the business sent from outside Parley (phone, Business app). */
export interface OutboundEcho {
  /** The channel's id of the message; a message Parley sent itself is skipped. */
  externalId: string;
  /** The customer's address on this channel. */
  to: string;
  content: MessageContent;
  /** When it was sent, for past messages (history sync); default now. */
  timestamp?: Date;
  /** The operator id the message is recorded under (default `owner`). */
  operatorId?: string;
  /** Hand the conversation to humans so the assistant stops answering (default true). */
  pause?: boolean;
}

export type EchoOutcome =
  | { status: 'recorded'; conversationId: string; messageId: string; paused: boolean }
  | { status: 'duplicate' };

/** What the engine gives an adapter when it starts. */
export interface ChannelContext {
  readonly channelId: string;
  readonly tenantId: string;
  /**
   * Feeds one inbound message into the pipeline; resolves once it is durably accepted
   * (see `ReceiveOptions.wait`). Acknowledge the channel's delivery after this resolves
   * with anything but `failed`.
   */
  receive(message: InboundMessage, options?: ReceiveOptions): Promise<ReceiveOutcome>;
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
  /**
   * Reports what became of a message this channel sent. `failed` marks the stored
   * message failed with the channel's explanation and emits `message.failed`; resolves
   * with the updated message, undefined when Parley never stored it.
   */
  delivery(report: DeliveryReport): Promise<Message | undefined>;
  /**
   * Records a message the business sent outside Parley (the owner typing on the phone,
   * the WhatsApp Business app) as an operator message, and with `pause` hands the
   * conversation to humans so the assistant stops answering it. A message Parley sent
   * itself (same external id) is ignored.
   */
  echo(message: OutboundEcho): Promise<EchoOutcome>;
  /**
   * Records that the customer edited a message they sent: the stored content is
   * replaced, `editedAt` set, and `message.edited` emitted with the previous content.
   * Undefined when the original was never stored.
   */
  edit(externalId: string, content: MessageContent): Promise<Message | undefined>;
  /**
   * Moves the contact behind `from` to the address `to` on this channel (a customer
   * changed number): the identity, the phone and the open conversation follow.
   * Undefined when no contact has written from `from`.
   */
  moveContact(from: string, to: string, patch?: ContactPatch): Promise<Contact | undefined>;
  /**
   * Offers a typed service to plug-ins (the channel's `SendBudget` under
   * `sendBudgetKey(channelId)`). A channel started again replaces its own; a key another
   * channel or plug-in provides is refused (CONFIG_INVALID).
   */
  provide<T>(key: ServiceKey<T>, service: T): void;
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

/**
 * A reply shown to the customer while the model writes it (live chat). Nothing of it
 * is recorded: the finished reply is sent and stored once, as usual, and replaces it.
 */
export interface ReplyDraft {
  /** The whole text so far (the adapter sends the customer only what is new). */
  write(textSoFar: string): void;
  /** The reply was sent, dropped (takeover, failure) or became a handoff: remove the draft. */
  close(): void;
}

/** Who a typing indicator or a draft is shown as: the operator's or assistant's name. */
export interface ShownAuthor {
  kind: 'operator' | 'assistant';
  name?: string;
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
  /**
   * Shows (or hides) a typing indicator to the recipient, where supported; `who` names
   * the operator or assistant typing where the channel can show it.
   */
  typing?(to: string, on: boolean, who?: ShownAuthor): Promise<void>;
  /**
   * Optional streaming: starts a draft of a reply the customer sees grow as the model
   * writes it. Channels without it show typing instead.
   */
  draft?(to: string, who: ShownAuthor): ReplyDraft;
  /** Marks the customer's messages read, where supported. */
  markRead?(to: string, externalIds: string[]): Promise<void>;
  /** Webhook-driven channels: a Web-standard handler to mount in any framework. */
  fetch?(request: Request): Promise<Response>;
  /**
   * Middleware the desk runs for this channel's turns only, before host middleware
   * (e.g. Instagram comment-to-DM rules). Installed automatically with the channel.
   */
  readonly middleware?: ReadonlyArray<Middleware<ChannelTurnContext>>;
}
