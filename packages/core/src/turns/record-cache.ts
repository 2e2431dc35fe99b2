import type { Contact, Conversation, Message } from '../model/records.js';
import { cloneContact, cloneConversation } from '../store/clone.js';
import type { DataStore, ExportScans, Store } from '../store/store.js';
import type { StoreWrite } from '../store/store-write.js';
import { HistoryWindow } from './history-window.js';
import { writeInTurn } from './write-all.js';
import { WriteBehind } from './write-behind.js';

/**
 * The store a desk talks to: the host's store with a per-turn record cache in front.
 *
 * A turn reads its conversation and contact again and again (the assistant, each
 * outbound part, the checks after the model call); on a database each read is a round
 * trip. While a turn holds its conversation's key nobody else writes that conversation:
 * in this process every writer goes through this store (so it sees the write), and other
 * processes wait for the store's lock (`runExclusive`), which a turn keeps even while
 * its model works. So inside a turn's scope the last record read or written is the
 * record, and reads are answered from it. Entries live only while their scope is open.
 *
 * The newest messages (the assistant's history) come with the inbound records when the
 * store has `readInbound`, and move along with the messages the turn appends.
 *
 * Contacts have no lock of their own; the cached copy serves reads (names in replies,
 * the assistant's input) and a contact's read-modify-write (`mutateContact`) reads
 * from the store itself.
 */
export interface RecordCache {
  readonly store: Store;
  /** Opens (or re-enters) the scope of a conversation key: a turn holding that key. */
  open(key: string): void;
  /**
   * Leaves the scope; when the last holder leaves, its held writes are written and its
   * entries dropped.
   */
  close(key: string): Promise<void>;
  /**
   * Holds a turn's writes back (see `WriteBehind`) to travel with the scope's next write;
   * false when they must be written now (no scope open, or a store without `batch`).
   */
  hold(key: string, conversation: Conversation, writes: readonly StoreWrite[]): boolean;
  /** Writes the scope's held writes and then `writes`, in one batch. */
  flush(key: string, writes: readonly StoreWrite[]): Promise<void>;
  /** The contact as stored, never from the cache (read-modify-write). */
  freshContact(tenantId: string, id: string): Promise<Contact | undefined>;
}

interface Scope {
  refs: number;
  entries: Set<string>;
}

const SEP = String.fromCharCode(0);
const conversationKeyOf = (c: Pick<Conversation, 'channelId' | 'contactAddress'>) =>
  c.channelId + SEP + c.contactAddress;
const id = (kind: string, tenantId: string, recordId: string) =>
  kind + SEP + tenantId + SEP + recordId;

const caches = new WeakMap<Store, RecordCache>();

/** Store methods that never read messages or conversations: held writes need not go first. */
const blind = new Set<PropertyKey>(['kv', 'claim', 'runExclusive', 'recordUsage', 'usageTotals']);

/** The record cache in front of a desk's store (undefined for a bare store). */
export function recordCacheOf(store: Store): RecordCache | undefined {
  return caches.get(store);
}

/**
 * Runs `fn` (a turn holding `key`) inside the key's cache scope; without a record cache
 * in front of the store it just runs `fn`.
 */
export async function inTurnScope<T>(store: Store, key: string, fn: () => Promise<T>): Promise<T> {
  const cache = caches.get(store);
  if (!cache) return fn();
  cache.open(key);
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    // The turn's own error is the one to report; its held writes are tried all the same.
    await cache.close(key).catch(() => {});
    throw error;
  }
  await cache.close(key);
  return result;
}

/** Wraps `inner`; every method it does not cache is passed through unchanged. */
export function createRecordCache(inner: Store): RecordCache {
  const scopes = new Map<string, Scope>();
  const conversations = new Map<string, Conversation>();
  const contacts = new Map<string, Contact>();
  const histories = new Map<string, HistoryWindow>();

  const keep = (c: Conversation | undefined) => {
    if (!c) return;
    const scope = scopes.get(conversationKeyOf(c));
    if (!scope) return;
    const key = id('conversation', c.tenantId, c.id);
    conversations.set(key, cloneConversation(c));
    scope.entries.add(key);
  };
  const keepContact = (c: Contact | undefined, scopeKey?: string) => {
    if (!c) return;
    const key = id('contact', c.tenantId, c.id);
    const keys = scopeKey ? [scopeKey] : c.identities.map((i) => i.channelId + SEP + i.externalId);
    let kept = false;
    for (const k of keys) {
      const scope = scopes.get(k);
      if (!scope) continue;
      scope.entries.add(key);
      kept = true;
    }
    if (kept || contacts.has(key)) contacts.set(key, cloneContact(c));
  };
  const forget = (key: string) => {
    conversations.delete(key);
    contacts.delete(key);
    histories.delete(key);
  };
  // A message the window cannot place (a rewrite, an older time) drops the window.
  const noteMessage = (m: Message) => {
    const key = id('history', m.tenantId, m.conversationId);
    if (histories.get(key)?.append(m) === false) histories.delete(key);
  };
  const noteWrite = (w: StoreWrite) => {
    if (w.kind === 'conversation') {
      const key = id('conversation', w.conversation.tenantId, w.conversation.id);
      if (conversations.has(key)) conversations.set(key, cloneConversation(w.conversation));
      else keep(w.conversation);
    } else if (w.kind === 'contact') keepContact(w.contact);
    else if (w.kind === 'message') noteMessage(w.message);
  };

  const writeBatch = async (writes: readonly StoreWrite[]) => {
    try {
      await inner.batch!(writes);
    } catch (error) {
      for (const w of writes) {
        if (w.kind === 'conversation' || w.kind === 'contact') drop(w);
        if (w.kind === 'message')
          histories.delete(id('history', w.message.tenantId, w.message.conversationId));
      }
      throw error;
    }
  };
  const behind = inner.batch ? new WriteBehind(writeBatch) : undefined;
  // A write or read of records some scope holds back waits for them to be written first.
  const settleTouched = async (writes: readonly StoreWrite[]) => {
    for (const scope of behind?.scopesTouched(writes) ?? []) await behind!.flush(scope);
  };
  const settleConversation = (tenantId: string, conversationId: string) =>
    behind?.settle(behind.scopeOfConversation(tenantId, conversationId));
  const settleAll = () => (behind && !behind.idle ? behind.flushAll() : undefined);

  const overrides: Partial<Store> = {
    async getConversation(tenantId, conversationId) {
      const hit = conversations.get(id('conversation', tenantId, conversationId));
      if (hit) return cloneConversation(hit);
      await settleConversation(tenantId, conversationId);
      const found = await inner.getConversation(tenantId, conversationId);
      keep(found);
      return found;
    },
    async findActiveConversation(tenantId, channelId, contactId) {
      await settleAll();
      const found = await inner.findActiveConversation(tenantId, channelId, contactId);
      keep(found);
      return found;
    },
    async saveConversation(conversation) {
      const key = id('conversation', conversation.tenantId, conversation.id);
      await settleTouched([{ kind: 'conversation', conversation }]);
      try {
        await inner.saveConversation(conversation);
      } catch (error) {
        conversations.delete(key);
        throw error;
      }
      noteWrite({ kind: 'conversation', conversation });
    },
    async listMessages(tenantId, conversationId, options = {}) {
      const window = options.before
        ? undefined
        : histories.get(id('history', tenantId, conversationId));
      const hit = window?.list(options.limit ?? 50);
      if (hit) return hit;
      await settleConversation(tenantId, conversationId);
      return inner.listMessages(tenantId, conversationId, options);
    },
    async appendMessage(message) {
      await settleTouched([{ kind: 'message', message }]);
      try {
        await inner.appendMessage(message);
      } catch (error) {
        histories.delete(id('history', message.tenantId, message.conversationId));
        throw error;
      }
      noteMessage(message);
    },
    async updateMessage(message) {
      await settleTouched([{ kind: 'message', message }]);
      histories.delete(id('history', message.tenantId, message.conversationId));
      await inner.updateMessage(message);
    },
    async getContact(tenantId, contactId) {
      const hit = contacts.get(id('contact', tenantId, contactId));
      if (hit) return cloneContact(hit);
      return inner.getContact(tenantId, contactId);
    },
    async findContactByIdentity(tenantId, identity) {
      // Contacts are never held back: nothing to write first.
      const found = await inner.findContactByIdentity(tenantId, identity);
      keepContact(found, identity.channelId + SEP + identity.externalId);
      return found;
    },
    async saveContact(contact) {
      try {
        await inner.saveContact(contact);
      } catch (error) {
        contacts.delete(id('contact', contact.tenantId, contact.id));
        throw error;
      }
      noteWrite({ kind: 'contact', contact });
    },
    async batch(writes) {
      if (inner.batch) {
        await settleTouched(writes);
        await writeBatch(writes);
        for (const w of writes) noteWrite(w);
        return;
      }
      await writeInTurn(store, writes);
    },
  };

  const exportScans = inner as Store & Partial<ExportScans>;
  if (exportScans.deleteContact) {
    const remove = exportScans.deleteContact.bind(inner);
    (overrides as Partial<ExportScans>).deleteContact = async (tenantId, contactId) => {
      await settleAll();
      contacts.delete(id('contact', tenantId, contactId));
      await remove(tenantId, contactId);
    };
  }

  // Retention and clean-up change messages wholesale: no window survives them.
  for (const name of ['deleteMessages', 'anonymiseMessages', 'deleteConversation'] as const) {
    const method = (inner as Partial<DataStore>)[name];
    if (typeof method !== 'function') continue;
    (overrides as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      await settleAll();
      histories.clear();
      return (method as (...a: unknown[]) => unknown).apply(inner, args);
    };
  }

  if (inner.readInbound) {
    const read = inner.readInbound.bind(inner);
    overrides.readInbound = async (tenantId, identity, externalId, options) => {
      await behind?.settle(identity.channelId + SEP + identity.externalId);
      const found = await read(tenantId, identity, externalId, options);
      keepContact(found.contact, identity.channelId + SEP + identity.externalId);
      keep(found.conversation);
      const limit = options?.historyLimit;
      if (found.conversation && found.history && limit !== undefined) {
        const c = found.conversation;
        const scope = scopes.get(conversationKeyOf(c));
        if (scope) {
          const key = id('history', c.tenantId, c.id);
          histories.set(key, new HistoryWindow(found.history, limit));
          scope.entries.add(key);
        }
      }
      return found;
    };
  }

  const drop = (w: StoreWrite & { kind: 'conversation' | 'contact' }) =>
    forget(
      w.kind === 'conversation'
        ? id('conversation', w.conversation.tenantId, w.conversation.id)
        : id('contact', w.contact.tenantId, w.contact.id),
    );

  const bound = new Map<PropertyKey, unknown>();
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      if (Object.hasOwn(overrides, prop)) return (overrides as Record<PropertyKey, unknown>)[prop];
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      let fn = bound.get(prop);
      if (!fn) {
        const direct = value.bind(target) as (...a: unknown[]) => unknown;
        // Whatever else reads records (inbox lists, scans) sees the held writes.
        fn = blind.has(prop)
          ? direct
          : (...args: unknown[]) => {
              const settling = settleAll();
              return settling ? settling.then(() => direct(...args)) : direct(...args);
            };
        bound.set(prop, fn);
      }
      return fn;
    },
    has(target, prop) {
      return Object.hasOwn(overrides, prop) || Reflect.has(target, prop);
    },
  });

  const cache: RecordCache = {
    store,
    open(key) {
      const scope = scopes.get(key);
      if (scope) scope.refs++;
      else scopes.set(key, { refs: 1, entries: new Set() });
    },
    async close(key) {
      const scope = scopes.get(key);
      if (!scope || --scope.refs > 0) return;
      try {
        await behind?.close(key);
      } finally {
        // A holder that came in meanwhile keeps the scope.
        if (scope.refs === 0 && scopes.get(key) === scope) {
          scopes.delete(key);
          for (const entry of scope.entries) forget(entry);
        }
      }
    },
    hold(key, conversation, writes) {
      if (!behind || !scopes.has(key)) return false;
      behind.hold(key, conversation.tenantId, conversation.id, writes);
      for (const w of writes) noteWrite(w);
      return true;
    },
    async flush(key, writes) {
      if (!behind) return writeInTurn(store, writes);
      await settleTouched(writes);
      await behind.flush(key, writes);
      for (const w of writes) noteWrite(w);
    },
    freshContact: (tenantId, contactId) => inner.getContact(tenantId, contactId),
  };
  caches.set(store, cache);
  return cache;
}
