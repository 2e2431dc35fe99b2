import type { InboundMessage, ReceiveOptions, ReceiveOutcome } from '../channel/adapter.js';
import type { Clock } from '../clock.js';
import type { Csat } from '../csat/report.js';
import type { DeskEventName, DeskEvents } from '../events.js';
import type { Contacts } from '../inbox/contacts.js';
import type { Inbox } from '../inbox/inbox.js';
import type { MessageContent } from '../model/content.js';
import type { Message, MessageAuthor } from '../model/records.js';
import type { OutboundContext } from '../outbound/outbound-context.js';
import type { Middleware } from '../pipeline/compose.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import type { Reports } from '../reports/report-types.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { DeskStore, UsageFilter, UsageTotals } from '../store/store.js';
import type { Teams } from '../teams/teams-api.js';
import type { Assistants } from './assistant-registry.js';
import type { Channels } from './channel-registry.js';
import type { AnyListener } from './event-bus.js';
import type { ChannelOptions } from './options.js';

/** Who a message goes to: a conversation, or a contact address on a channel. */
export type SendTarget =
  | { conversationId: string }
  /** `to` is the contact's id on the channel (a phone number for WhatsApp). */
  | { channelId: string; to: string; name?: string };

export interface SendOptions {
  /** Who speaks (default `system`). Operators: `{ kind: 'operator', id }`. */
  author?: MessageAuthor;
  replyToExternalId?: string;
}

/** Everything of one tenant: an agency gives each of its businesses one of these. */
export interface TenantView {
  readonly tenantId: string;
  readonly inbox: Inbox;
  readonly contacts: Contacts;
  /**
   * Sends through the outbound chokepoint. Sending to an address with no open
   * conversation opens one with origin `business` (RT5).
   */
  send(
    target: SendTarget,
    content: string | MessageContent,
    options?: SendOptions,
  ): Promise<Message[]>;
  /** Token usage and cost (AI6). */
  usage(filter?: UsageFilter): Promise<UsageTotals>;
  /** Satisfaction survey answers and averages per channel, team, operator, assistant (IN6). */
  readonly csat: Csat;
  /** Volume, response and resolution times, handoffs, CSAT and cost over a date range. */
  readonly reports: Reports;
  /**
   * Teams, operators, presence and queues (RT7). Team and operator ids are the tenant's
   * own (PL1); on the desk root, calls are about the default tenant unless given one.
   */
  readonly teams: Teams;
  /** Adds and removes assistants; their ids are the tenant's own (PL1). */
  readonly assistants: Assistants;
}

/** The engine. The top-level inbox/contacts/send are the default tenant's. */
export interface Desk extends TenantView {
  /** The store given to `createDesk`, with core's fallbacks for optional capabilities it lacks. */
  readonly store: DeskStore;
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  /** A tenant's scoped view; nothing in it reaches another tenant's data. */
  tenant(tenantId: string): TenantView;
  /**
   * Feeds an inbound message in without a network, as adapters do. Resolves when its
   * turn is done unless `{ wait: 'accepted' }` asks for the durable accept only.
   */
  receive(
    channelId: string,
    message: InboundMessage,
    options?: ReceiveOptions,
  ): Promise<ReceiveOutcome>;
  /**
   * Resolves when every turn accepted so far has run: channels answer their deliveries
   * at acceptance, so tests (and graceful drains) wait here for the replies.
   */
  idle(): Promise<void>;
  /** Adds host middleware, run after routing and before the assistant. */
  use(middleware: Middleware<TurnContext>): Desk;
  /**
   * Adds host middleware to the outbound chain, run after suppression and message
   * limits and before the content is fitted to the channel: redact or rewrite
   * `ctx.content`, hold a message back with `ctx.suppress(reason)`, or watch
   * `ctx.sent` after `await next()`.
   */
  useOutbound(middleware: Middleware<OutboundContext>): Desk;
  on<E extends DeskEventName>(name: E, listener: (payload: DeskEvents[E]) => unknown): () => void;
  /** Every event (webhook delivery, logging); returns an unsubscribe function. */
  onAny(listener: AnyListener): () => void;
  /** Channel ids are desk-wide: they are part of webhook URLs and stored conversations. */
  readonly channels: Channels;
  /** Starts the scheduler and every channel. */
  start(): Promise<void>;
  /** Stops channels (aborting replies under way) and the scheduler. */
  stop(): Promise<void>;
}

export type { ChannelOptions };
