import type {
  Contact,
  ContactIdentity,
  Conversation,
  ConversationHandler,
  ConversationStatus,
  Message,
} from '../model/records.js';

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
  /** A conversation label (IN2 labels such as "Follow Up"). */
  label?: string;
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

/**
 * Where Parley keeps its records. Every method is tenant-scoped: a record of another
 * tenant is never returned. Records handed in are copied; contacts and conversations
 * handed out are the caller's to change; messages are immutable once appended (a store
 * may hand out frozen objects). `@parley/core/testing` has the conformance suite every store passes.
 */
export interface Store {
  getContact(tenantId: string, id: string): Promise<Contact | undefined>;
  findContactByIdentity(tenantId: string, identity: ContactIdentity): Promise<Contact | undefined>;
  /** Inserts or replaces the contact with this id. */
  saveContact(contact: Contact): Promise<void>;
  deleteContact(tenantId: string, id: string): Promise<void>;

  getConversation(tenantId: string, id: string): Promise<Conversation | undefined>;
  /** The newest conversation that is not `closed` between this contact and channel. */
  findActiveConversation(
    tenantId: string,
    channelId: string,
    contactId: string,
  ): Promise<Conversation | undefined>;
  saveConversation(conversation: Conversation): Promise<void>;
  /** Newest activity first, cursor-paginated, each row with its contact. */
  listConversations(tenantId: string, query: InboxQuery): Promise<Page<InboxRow>>;

  appendMessage(message: Message): Promise<void>;
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

  /**
   * Claims `key` for `ttlMs`: true the first time, false while the claim lives.
   * Used for dedupe and one-time actions (one DM per commenter).
   */
  claim(key: string, ttlMs: number): Promise<boolean>;

  /** A key-value space; namespaces keep plug-ins apart. */
  kv(namespace: string): KeyValue;

  recordUsage(record: UsageRecord): Promise<void>;
  usageTotals(tenantId: string, filter?: UsageFilter): Promise<UsageTotals>;

  /**
   * Optional: runs `fn` holding a lock on `key` across processes (Postgres advisory
   * locks). The desk always serialises within one process; this adds the rest.
   */
  runExclusive?<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Optional: releases connections. */
  close?(): Promise<void>;
}
