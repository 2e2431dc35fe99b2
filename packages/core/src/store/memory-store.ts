import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { readConversationState } from '../model/conversation-state.js';
import type { Contact, ContactIdentity, Conversation, Message } from '../model/records.js';
import { cloneContact, cloneConversation, freezeMessage } from './clone.js';
import { listInbox } from './memory-inbox.js';
import { createMemoryKeyValues } from './memory-kv.js';
import {
  firstAtOrAfter,
  flatKey,
  groupByConversation,
  isAnonymised,
  page,
  startOf,
  sumUsage,
  usageMatches,
} from './memory-scan.js';
import {
  checkSelector,
  decodeScanCursor,
  encodeScanCursor,
  normaliseScanLimit,
} from './scan-query.js';
import { SortedList } from './sorted-list.js';
import {
  ANONYMISED_CONTENT,
  type DataStore,
  type InboxIndex,
  type MessageSelector,
  type UsageRecord,
} from './store.js';

export interface MemoryStoreOptions {
  /** Clock for claim and key-value expiry (default: system clock). */
  clock?: Clock;
}

/**
 * The default store: everything in maps, nothing survives the process. Records are
 * cloned on the way in and out, so callers can never change stored state by accident.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): DataStore & InboxIndex {
  const clock = options.clock ?? systemClock;
  const contacts = new Map<string, Contact>();
  const identityIndex = new Map<string, string>();
  const conversations = new Map<string, Conversation>();
  const activeIndex = new Map<string, string>();
  const messages = new Map<string, Message[]>();
  const externalIndex = new Map<string, Message>();
  const spaces = createMemoryKeyValues(clock);
  // Per-tenant orderings for the export and clean-up scans (IN7, IN8).
  const timelines = new Map<string, SortedList<Message>>();
  const convOrder = new Map<string, SortedList<Conversation>>();
  const contactOrder = new Map<string, SortedList<string>>();
  const convsOfContact = new Map<string, Set<string>>();
  const usage = new Map<string, SortedList<UsageRecord>>();

  const tenantKey = (tenantId: string, id: string) => flatKey(tenantId, id);
  const identityKey = (tenantId: string, i: ContactIdentity) =>
    flatKey(tenantId, i.channelId, i.externalId);
  const activeKey = (c: Pick<Conversation, 'tenantId' | 'channelId' | 'contactId'>) =>
    flatKey(c.tenantId, c.channelId, c.contactId);
  const perTenant = <T>(
    map: Map<string, SortedList<T>>,
    tenantId: string,
    timeOf: (item: T) => number,
    keyOf: (item: T) => string,
  ) => {
    let list = map.get(tenantId);
    if (!list) map.set(tenantId, (list = new SortedList(timeOf, keyOf)));
    return list;
  };
  const timeline = (tenantId: string) =>
    perTenant(
      timelines,
      tenantId,
      (m) => m.createdAt.getTime(),
      (m) => m.id,
    );
  const conversationsOf = (tenantId: string) =>
    perTenant(
      convOrder,
      tenantId,
      (c) => c.createdAt.getTime(),
      (c) => c.id,
    );
  const contactsOf = (tenantId: string) =>
    perTenant(
      contactOrder,
      tenantId,
      () => 0,
      (id) => id,
    );
  const usageOf = (tenantId: string) =>
    perTenant(
      usage,
      tenantId,
      (u) => u.at.getTime(),
      () => '',
    );

  const store: DataStore & InboxIndex = {
    async getContact(tenantId, id) {
      const c = contacts.get(tenantKey(tenantId, id));
      return c && cloneContact(c);
    },
    async findContactByIdentity(tenantId, identity) {
      const id = identityIndex.get(identityKey(tenantId, identity));
      return id === undefined ? undefined : store.getContact(tenantId, id);
    },
    async saveContact(contact) {
      const key = tenantKey(contact.tenantId, contact.id);
      const previous = contacts.get(key);
      for (const i of previous?.identities ?? [])
        identityIndex.delete(identityKey(contact.tenantId, i));
      for (const i of contact.identities)
        identityIndex.set(identityKey(contact.tenantId, i), contact.id);
      if (!previous) contactsOf(contact.tenantId).insert(contact.id);
      contacts.set(key, cloneContact(contact));
    },
    async deleteContact(tenantId, id) {
      const c = contacts.get(tenantKey(tenantId, id));
      if (!c) return;
      for (const i of c.identities) identityIndex.delete(identityKey(tenantId, i));
      contacts.delete(tenantKey(tenantId, id));
      contactsOf(tenantId).remove(id);
    },

    async getConversation(tenantId, id) {
      const c = conversations.get(tenantKey(tenantId, id));
      return c && cloneConversation(c);
    },
    async findActiveConversation(tenantId, channelId, contactId) {
      const id = activeIndex.get(activeKey({ tenantId, channelId, contactId }));
      return id === undefined ? undefined : store.getConversation(tenantId, id);
    },
    async saveConversation(conversation) {
      const ckey = tenantKey(conversation.tenantId, conversation.id);
      const previous = conversations.get(ckey);
      const copy = cloneConversation(conversation);
      copy.state = readConversationState(copy.state);
      conversations.set(ckey, copy);
      indexConversation(previous, copy);
      const key = activeKey(conversation);
      if (conversation.status !== 'closed') activeIndex.set(key, conversation.id);
      else if (activeIndex.get(key) === conversation.id) activeIndex.delete(key);
    },
    async listConversations(tenantId, query) {
      return listInbox(
        conversations.values(),
        (conv) => contacts.get(tenantKey(tenantId, conv.contactId)),
        (conv) => messages.get(tenantKey(conv.tenantId, conv.id)) ?? [],
        tenantId,
        query,
      );
    },

    async appendMessage(message) {
      const key = tenantKey(message.tenantId, message.conversationId);
      let list = messages.get(key);
      if (!list) messages.set(key, (list = []));
      const copy = freezeMessage(message);
      // Keep creation order even when an older message arrives late (imports, restores).
      const last = list.at(-1);
      if (!last || last.createdAt.getTime() <= copy.createdAt.getTime()) list.push(copy);
      else list.splice(firstAtOrAfter(list, copy.createdAt.getTime() + 1), 0, copy);
      if (message.externalId !== undefined) externalIndex.set(externalKey(copy), copy);
      timeline(message.tenantId).insert(copy);
    },
    async updateMessage(message) {
      const list = messages.get(tenantKey(message.tenantId, message.conversationId));
      // Updates concern recent messages (receipts, edits): search from the newest.
      const at = list ? list.findLastIndex((m) => m.id === message.id) : -1;
      if (!list || at < 0) return;
      const old = list[at]!;
      const copy = freezeMessage({
        ...message,
        conversationId: old.conversationId,
        createdAt: old.createdAt,
        ...(old.externalId !== undefined && { externalId: old.externalId }),
      });
      list[at] = copy;
      timeline(message.tenantId).replace(old, copy);
      if (old.externalId !== undefined && externalIndex.get(externalKey(old)) === old)
        externalIndex.set(externalKey(old), copy);
    },
    async listMessages(tenantId, conversationId, opts = {}) {
      const list = messages.get(tenantKey(tenantId, conversationId)) ?? [];
      // Messages are appended in time order, so the cut-off is a binary search.
      const end =
        opts.before === undefined ? list.length : firstAtOrAfter(list, opts.before.getTime());
      const start = Math.max(0, end - (opts.limit ?? 50));
      return list.slice(start, end);
    },
    async findMessageByExternalId(tenantId, channelId, externalId) {
      const m = externalIndex.get(flatKey(tenantId, channelId, externalId));
      return m;
    },

    claim: spaces.claim,
    kv: spaces.kv,

    async recordUsage(record) {
      usageOf(record.tenantId).insert({ ...record });
    },
    async usageTotals(tenantId, filter = {}) {
      return sumUsage([...usageOf(tenantId).from(0)].filter((u) => usageMatches(u, filter)));
    },

    async listContacts(tenantId, query = {}) {
      const limit = normaliseScanLimit(query.limit);
      const after = decodeScanCursor<string>(query.cursor, 'string');
      const ids = contactsOf(tenantId);
      const start = after ? ids.upperBound(0, after.tie) : 0;
      const cutoff = query.lastSeenBefore?.getTime();
      return page(
        ids.from(start),
        limit,
        (id) => {
          const c = contacts.get(tenantKey(tenantId, id));
          if (!c) return undefined;
          if (
            query.channelId !== undefined &&
            !c.identities.some((i) => i.channelId === query.channelId)
          )
            return undefined;
          if (cutoff !== undefined && (c.lastInboundAt ?? c.createdAt).getTime() >= cutoff)
            return undefined;
          return cloneContact(c);
        },
        (c) => encodeScanCursor(0, c.id),
      );
    },
    async scanConversations(tenantId, query = {}) {
      const limit = normaliseScanLimit(query.limit);
      const list = conversationsOf(tenantId);
      const start = startOf(list, query.cursor, query.since);
      const owned =
        query.contactId === undefined
          ? undefined
          : (convsOfContact.get(tenantKey(tenantId, query.contactId)) ?? new Set<string>());
      return page(
        list.from(start),
        limit,
        (c) => {
          if (query.until !== undefined && c.createdAt >= query.until) return null;
          if (query.channelId !== undefined && c.channelId !== query.channelId) return undefined;
          if (owned && !owned.has(c.id)) return undefined;
          return cloneConversation(c);
        },
        (c) => encodeScanCursor(c.createdAt.getTime(), c.id),
      );
    },
    async scanMessages(tenantId, query = {}) {
      const limit = normaliseScanLimit(query.limit);
      const list = timeline(tenantId);
      const start = startOf(list, query.cursor, query.since);
      return page(
        list.from(start),
        limit,
        (m) => {
          if (query.until !== undefined && m.createdAt >= query.until) return null;
          if (query.channelId !== undefined && m.channelId !== query.channelId) return undefined;
          if (query.conversationId !== undefined && m.conversationId !== query.conversationId)
            return undefined;
          return m;
        },
        (m) => encodeScanCursor(m.createdAt.getTime(), m.id),
      );
    },
    async scanUsage(tenantId, query = {}) {
      const limit = normaliseScanLimit(query.limit);
      const list = usageOf(tenantId);
      const after = decodeScanCursor<number>(query.cursor, 'number');
      const start = after
        ? list.lowerBound(after.at) + after.tie
        : query.since === undefined
          ? 0
          : list.lowerBound(query.since.getTime());
      let lastAt = after?.at;
      let sameAt = after?.tie ?? 0;
      return page(
        list.from(start),
        limit,
        (u) => {
          // Ordinals count every record of an instant, so they are taken before filtering.
          const at = u.at.getTime();
          sameAt = at === lastAt ? sameAt + 1 : 1;
          lastAt = at;
          if (query.until !== undefined && u.at >= query.until) return null;
          if (!usageMatches(u, query)) return undefined;
          return { ...u, cursor: encodeScanCursor(at, sameAt) };
        },
        (u) => u.cursor,
      ).then((p) => ({
        ...p,
        items: p.items.map(({ cursor: _c, ...u }) => u),
      }));
    },
    async deleteMessages(tenantId, selector) {
      const doomed = selectMessages(tenantId, selector);
      for (const [key, list] of groupByConversation(doomed)) {
        const gone = new Set(list);
        const kept = (messages.get(key) ?? []).filter((m) => !gone.has(m));
        if (kept.length > 0) messages.set(key, kept);
        else messages.delete(key);
      }
      const line = timeline(tenantId);
      for (const m of doomed) {
        line.remove(m);
        if (m.externalId !== undefined && externalIndex.get(externalKey(m)) === m)
          externalIndex.delete(externalKey(m));
      }
      return doomed.length;
    },
    async anonymiseMessages(tenantId, selector) {
      const chosen = selectMessages(tenantId, selector).filter((m) => !isAnonymised(m));
      const line = timeline(tenantId);
      for (const [key, list] of groupByConversation(chosen)) {
        const next = new Map<Message, Message>();
        for (const m of list) {
          const { referral: _r, ...rest } = m;
          const copy = freezeMessage({ ...rest, content: { ...ANONYMISED_CONTENT } });
          next.set(m, copy);
          line.replace(m, copy);
          if (m.externalId !== undefined && externalIndex.get(externalKey(m)) === m)
            externalIndex.set(externalKey(m), copy);
        }
        messages.set(
          key,
          (messages.get(key) ?? []).map((m) => next.get(m) ?? m),
        );
      }
      return chosen.length;
    },
    async deleteConversation(tenantId, id) {
      const key = tenantKey(tenantId, id);
      const conv = conversations.get(key);
      if (conv) {
        const active = activeKey(conv);
        if (activeIndex.get(active) === id) activeIndex.delete(active);
        conversations.delete(key);
        indexConversation(conv, undefined);
      }
      const line = timeline(tenantId);
      for (const m of messages.get(key) ?? []) {
        line.remove(m);
        if (m.externalId !== undefined && externalIndex.get(externalKey(m)) === m)
          externalIndex.delete(externalKey(m));
      }
      messages.delete(key);
    },
  };

  function externalKey(m: Message): string {
    return flatKey(m.tenantId, m.channelId, m.externalId as string);
  }

  /** Keeps the creation-order and per-contact indexes in step with a save or delete. */
  function indexConversation(previous: Conversation | undefined, next: Conversation | undefined) {
    const conv = (next ?? previous)!;
    const order = conversationsOf(conv.tenantId);
    // Saves are frequent and rarely move a conversation: swap it in place when they do not.
    if (previous && next && previous.createdAt.getTime() === next.createdAt.getTime())
      order.replace(previous, next);
    else {
      if (previous) order.remove(previous);
      if (next) order.insert(next);
    }
    if (previous && previous.contactId !== next?.contactId)
      convsOfContact.get(tenantKey(previous.tenantId, previous.contactId))?.delete(previous.id);
    if (next) {
      const key = tenantKey(next.tenantId, next.contactId);
      let set = convsOfContact.get(key);
      if (!set) convsOfContact.set(key, (set = new Set()));
      set.add(next.id);
    }
  }

  /** The messages a retention change touches, oldest first. */
  function selectMessages(tenantId: string, selector: MessageSelector): Message[] {
    checkSelector(selector);
    const source =
      selector.conversationId !== undefined
        ? (messages.get(tenantKey(tenantId, selector.conversationId)) ?? [])
        : timeline(tenantId).from(0);
    const out: Message[] = [];
    for (const m of source) {
      if (selector.before !== undefined && m.createdAt >= selector.before) break;
      if (selector.channelId !== undefined && m.channelId !== selector.channelId) continue;
      out.push(m);
    }
    return out;
  }

  return store;
}

export { compareActivity } from './memory-scan.js';
