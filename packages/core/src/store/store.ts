import type { MessageContent } from '../model/content.js';
import type {
  Contact,
  ContactIdentity,
  Conversation,
  ConversationHandler,
  ConversationStatus,
  Message,
} from '../model/records.js';
import type { StoreWrite } from './store-write.js';

/** A namespaced key-value space (channel auth state, cursors, plug-in state). */
export interface KeyValue {
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Stores a JSON-serialisable value (Uint8Array allowed); `ttlMs` expires it. */
  set(key: string, value: unknown, options?: { ttlMs?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every live entry whose key starts with `prefix`, in key order. */
  list<T = unknown>(prefix: string): Promise<Array<{ key: string; value: T }>>;
}

/** Filters of the operator inbox (IN1). Every field narrows; none given lists all. */
export interface InboxQuery {
  /** `unread`: unread count > 0. `solved`: status solved. `all`: no narrowing. */
  view?: 'all' | 'unread' | 'solved';
  status?: ConversationStatus[];
  channelId?: string;
  /**
   * A conversation label (`inbox.addLabel`: "Follow Up" on this conversation only).
   * See `contactLabel` for labels on the customer.
   */
  label?: string;
  /**
   * A contact label (`contacts.addLabel`: "VIP" on the customer, shown on all of their
   * conversations, and what routing rules' `labels` condition reads).
   */
  contactLabel?: string;
  handler?: ConversationHandler;
  assigneeId?: string;
  teamId?: string;
  /** Case- and accent-insensitive match on contact name, phone, email and message text. */
  search?: string;
  /** Page size, 1–200 (default 50). */
  limit?: number;
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Present when more items follow; pass it back as `cursor`. */
  nextCursor?: string;
}

export interface InboxRow {
  conversation: Conversation;
  contact: Contact;
}

/** What `Store.readInbound` finds; each absent when there is none. */
export interface InboundRecords {
  /** The message already recorded under this external id (a redelivery). */
  message?: Message;
  contact?: Contact;
  /** The contact's active conversation on the channel. */
  conversation?: Conversation;
  /** Its newest `historyLimit` messages, oldest first (when asked for and there is a conversation). */
  history?: Message[];
  /**
   * With `entriesOf`, the conversation's entries in that key-value namespace: those whose
   * key starts with `${tenantId}/${conversation.id}/`, in key order, as `kv(namespace).list`
   * would give them (the desk finds unfinished turns of the conversation this way).
   */
  entries?: Array<{ key: string; value: unknown }>;
}

/** One model call's cost, recorded per message (AI6). */
export interface UsageRecord {
  tenantId: string;
  assistantId: string;
  conversationId?: string;
  messageId?: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  /** In US dollars, from the assistant's price table; 0 when unknown. */
  cost: number;
  at: Date;
}

export interface UsageFilter {
  assistantId?: string;
  conversationId?: string;
  since?: Date;
  until?: Date;
}

export interface UsageTotals {
  inputTokens: number;
  outputTokens: number;
  cost: number;
  calls: number;
}

/** Keyset paging of the export and clean-up scans (IN7, IN8). */
export interface ScanQuery {
  /** Page size, 1–1000 (default 200). */
  limit?: number;
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string;
}

/** Records created in `[since, until)`; either end open when not given. */
export interface TimeRange {
  since?: Date;
  until?: Date;
}

/** Contacts in id order. */
export interface ContactScan extends ScanQuery {
  /** Only contacts with an identity on this channel. */
  channelId?: string;
  /** Only contacts last seen before this: their last inbound message, or creation if they never wrote. */
  lastSeenBefore?: Date;
}

/** Conversations in creation order (`createdAt`, then `id`); the range applies to `createdAt`. */
export interface ConversationScan extends ScanQuery, TimeRange {
  channelId?: string;
  contactId?: string;
}

/** Messages in creation order (`createdAt`, then `id`), across conversations. */
export interface MessageScan extends ScanQuery, TimeRange {
  channelId?: string;
  conversationId?: string;
}

/** Usage records in time order (`at`; records of the same instant in the order recorded). */
export interface UsageScan extends ScanQuery, TimeRange {
  assistantId?: string;
  conversationId?: string;
}

/**
 * The messages a retention change touches: every condition given must hold. `before`
 * or `conversationId` is required, so a selector can never mean "everything".
 */
export interface MessageSelector {
  /** Created before this instant. */
  before?: Date;
  channelId?: string;
  conversationId?: string;
}

/** What an anonymised message's content becomes (IN8); its ids, times and status stay. */
export const ANONYMISED_CONTENT: Readonly<Extract<MessageContent, { type: 'unsupported' }>> =
  Object.freeze({
    type: 'unsupported',
    description: 'anonymised',
  });

/** Contacts: the customer records (required). */
export interface ContactRecords {
  getContact(tenantId: string, id: string): Promise<Contact | undefined>;
  findContactByIdentity(tenantId: string, identity: ContactIdentity): Promise<Contact | undefined>;
  /** Inserts or replaces the contact with this id. */
  saveContact(contact: Contact): Promise<void>;
}

/** Conversations (required). */
export interface ConversationRecords {
  getConversation(tenantId: string, id: string): Promise<Conversation | undefined>;
  /** The newest conversation that is not `closed` between this contact and channel. */
  findActiveConversation(
    tenantId: string,
    channelId: string,
    contactId: string,
  ): Promise<Conversation | undefined>;
  saveConversation(conversation: Conversation): Promise<void>;
  /**
   * Conversations oldest first by `createdAt` (then `id`), paged. Export, reports and
   * core's inbox fallback (a store without `listConversations`) read through it.
   */
  scanConversations(tenantId: string, query?: ConversationScan): Promise<Page<Conversation>>;
}

/** Messages: appended, then immutable but for `updateMessage` (required). */
export interface MessageRecords {
  appendMessage(message: Message): Promise<void>;
  /**
   * Replaces the stored message with this id (a failure the channel reported later, a
   * customer's edit); its conversation, external id and time stay. No-op when absent.
   */
  updateMessage(message: Message): Promise<void>;
  /** Oldest first; the `limit` newest messages created before `before` (default now). */
  listMessages(
    tenantId: string,
    conversationId: string,
    options?: { limit?: number; before?: Date },
  ): Promise<Message[]>;
  findMessageByExternalId(
    tenantId: string,
    channelId: string,
    externalId: string,
  ): Promise<Message | undefined>;
}

/** The records capability: contacts, conversations, messages. */
export interface RecordStore extends ContactRecords, ConversationRecords, MessageRecords {}

/** Key-value spaces and claims (required). */
export interface KeyValueStore {
  /**
   * Claims `key` for `ttlMs`: true the first time, false while the claim lives.
   * Used for dedupe and one-time actions (one DM per commenter).
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** A key-value space; namespaces keep plug-ins apart. */
  kv(namespace: string): KeyValue;
}

/** The methods every store has: what `createDesk` and the conformance suite check first. */
export const REQUIRED_STORE_METHODS = [
  'getContact',
  'findContactByIdentity',
  'saveContact',
  'getConversation',
  'findActiveConversation',
  'saveConversation',
  'scanConversations',
  'appendMessage',
  'updateMessage',
  'listMessages',
  'findMessageByExternalId',
  'claim',
  'kv',
] as const satisfies ReadonlyArray<keyof (RecordStore & KeyValueStore)>;

/**
 * Optional capability: the operator inbox served by the store's own index. Without
 * it, core scans `scanConversations` and filters in the process (fine for thousands
 * of conversations, not for millions).
 */
export interface InboxIndex {
  /** Newest activity first, cursor-paginated, each row with its contact. */
  listConversations(tenantId: string, query: InboxQuery): Promise<Page<InboxRow>>;
}

/**
 * Optional capability: model usage accounting (AI6). Without it, core keeps usage
 * records in the store's `usage` key-value space.
 */
export interface UsageLedger {
  recordUsage(record: UsageRecord): Promise<void>;
  usageTotals(tenantId: string, filter?: UsageFilter): Promise<UsageTotals>;
}

/**
 * Where Parley keeps its records. Every method is tenant-scoped: a record of another
 * tenant is never returned. Records handed in are copied; contacts and conversations
 * handed out are the caller's to change; messages are immutable once appended (a store
 * may hand out frozen objects).
 *
 * Required: the records (`RecordStore`) and key-value with claims (`KeyValueStore`).
 * Optional capabilities, each detected by its methods: `InboxIndex`, `UsageLedger`
 * (both or neither), cross-process locks, and the export scans (`DataStore`).
 * `storeConformance()` in `@parley/core/testing` checks the required part always and
 * each optional part the store has; docs/guides/write-a-store.md walks through one.
 */
/** How `Store.runExclusive` is called. */
export interface ExclusiveOptions {
  /**
   * False when the caller never asks for `key` again inside `fn` and keeps its own
   * holders of a key apart in this process, as the desk does: the store may then skip
   * tracking who holds a key through async calls (with AsyncLocalStorage, which taxes
   * every promise of the process once used). Default true: a holder asking again for its
   * key runs at once.
   */
  reentrant?: boolean;
}

export interface Store extends RecordStore, KeyValueStore {
  /** Optional `InboxIndex`. */
  listConversations?(tenantId: string, query: InboxQuery): Promise<Page<InboxRow>>;
  /** Optional `UsageLedger` (with `usageTotals`). */
  recordUsage?(record: UsageRecord): Promise<void>;
  /** Optional `UsageLedger` (with `recordUsage`). */
  usageTotals?(tenantId: string, filter?: UsageFilter): Promise<UsageTotals>;
  /**
   * Optional: runs `fn` holding a lock on `key` across processes (Postgres advisory
   * locks). The desk always serialises within one process; this adds the rest.
   * Re-entrant unless `options.reentrant` is false (see `ExclusiveOptions`).
   */
  runExclusive?<T>(key: string, fn: () => Promise<T>, options?: ExclusiveOptions): Promise<T>;
  /**
   * Optional: what accepting an inbound message reads, in one round trip. The same as
   * `findMessageByExternalId(tenantId, identity.channelId, externalId)`,
   * `findContactByIdentity(tenantId, identity)` and, when a contact is found,
   * `findActiveConversation(tenantId, identity.channelId, contact.id)`, and with
   * `historyLimit`, that conversation's `listMessages(tenantId, id, { limit: historyLimit })`;
   * with `entriesOf` (a key-value namespace), `kv(entriesOf).list(`${tenantId}/${id}/`)`.
   * Without it the desk makes those calls.
   */
  readInbound?(
    tenantId: string,
    identity: ContactIdentity,
    externalId: string,
    options?: { historyLimit?: number; entriesOf?: string },
  ): Promise<InboundRecords>;
  /**
   * Optional: applies `writes` together, all or none, as the matching methods would one
   * after another (a later write of the same record wins). A store that talks to a
   * server does it in one round trip; without it the desk calls the methods in turn.
   */
  batch?(writes: readonly StoreWrite[]): Promise<void>;
  /** Optional: releases connections. */
  close?(): Promise<void>;
}

/**
 * The store as the engine sees it: every optional capability present, either the
 * store's own or core's fallback (`withStoreFallbacks`). What `desk.store` and
 * assistants get.
 */
export type DeskStore = Store & InboxIndex & UsageLedger;

/** Optional capability: the export and clean-up scans (IN7, IN8). */
export interface ExportScans {
  /** Contacts in id order, paged (export, inactive-contact clean-up). */
  listContacts(tenantId: string, query?: ContactScan): Promise<Page<Contact>>;
  /** Messages of the whole tenant oldest first by `createdAt` (then `id`), paged. */
  scanMessages(tenantId: string, query?: MessageScan): Promise<Page<Message>>;
  /** Usage records oldest first, paged (per-message usage export). */
  scanUsage(tenantId: string, query?: UsageScan): Promise<Page<UsageRecord>>;
  /** Deletes a contact (contact clean-up, erasure). */
  deleteContact(tenantId: string, id: string): Promise<void>;
  /** Deletes the selected messages (retention); resolves with how many were deleted. */
  deleteMessages(tenantId: string, selector: MessageSelector): Promise<number>;
  /**
   * Replaces the selected messages' content with `ANONYMISED_CONTENT` and drops their
   * `referral`; everything else stays. Resolves with how many changed (messages
   * anonymised before do not count again).
   */
  anonymiseMessages(tenantId: string, selector: MessageSelector): Promise<number>;
  /** Deletes a conversation and all its messages (contact clean-up). */
  deleteConversation(tenantId: string, id: string): Promise<void>;
}

/**
 * A store that can also be scanned and pruned: export (IN7) and data management (IN8).
 * Kept apart from `Store` so the engine never needs it; the memory and Postgres stores
 * implement it, the conformance suite checks it when present, and `@parley/data`
 * refuses a store without it. It keeps its own usage records (`scanUsage` reads them).
 */
export type DataStore = Store & UsageLedger & ExportScans;
