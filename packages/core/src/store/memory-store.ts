import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { contentText } from '../model/content.js';
import type { Contact, ContactIdentity, Conversation, Message } from '../model/records.js';
import { foldText } from '../util/text.js';
import { cloneContact, cloneConversation, cloneData, freezeMessage } from './clone.js';
import { decodeCursor, encodeCursor, matchesInbox, normaliseLimit } from './inbox-query.js';
import type {
  InboxQuery,
  InboxRow,
  KeyValue,
  Page,
  Store,
  UsageFilter,
  UsageRecord,
  UsageTotals,
} from './store.js';

export interface MemoryStoreOptions {
  /** Clock for claim and key-value expiry (default: system clock). */
  clock?: Clock;
}

interface Expiring {
  value: unknown;
  expiresAt?: number;
}

const sep = '\u0000';

/**
 * The default store: everything in maps, nothing survives the process. Records are
 * cloned on the way in and out, so callers can never change stored state by accident.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const clock = options.clock ?? systemClock;
  const contacts = new Map<string, Contact>();
  const identityIndex = new Map<string, string>();
  const conversations = new Map<string, Conversation>();
  const activeIndex = new Map<string, string>();
  const messages = new Map<string, Message[]>();
  const externalIndex = new Map<string, Message>();
  const claims = new Map<string, number>();
  const kvSpaces = new Map<string, Map<string, Expiring>>();
  const usage: UsageRecord[] = [];

  const tenantKey = (tenantId: string, id: string) => tenantId + sep + id;
  const identityKey = (tenantId: string, i: ContactIdentity) =>
    tenantId + sep + i.channelId + sep + i.externalId;
  const activeKey = (c: Pick<Conversation, 'tenantId' | 'channelId' | 'contactId'>) =>
    c.tenantId + sep + c.channelId + sep + c.contactId;
  const alive = (e: Expiring | undefined) =>
    e !== undefined && (e.expiresAt === undefined || e.expiresAt > clock.now().getTime());

  function kv(namespace: string): KeyValue {
    let space = kvSpaces.get(namespace);
    if (!space) kvSpaces.set(namespace, (space = new Map()));
    const entries = space;
    return {
      async get<T>(key: string) {
        const e = entries.get(key);
        if (!alive(e)) {
          entries.delete(key);
          return undefined;
        }
        return cloneData(e!.value) as T;
      },
      async set(key, value, opts) {
        const expiresAt =
          opts?.ttlMs === undefined ? undefined : clock.now().getTime() + opts.ttlMs;
        entries.set(key, { value: cloneData(value), expiresAt });
      },
      async delete(key) {
        entries.delete(key);
      },
      async list<T>(prefix: string) {
        const out: Array<{ key: string; value: T }> = [];
        for (const [key, e] of entries) {
          if (key.startsWith(prefix) && alive(e)) out.push({ key, value: cloneData(e.value) as T });
        }
        return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      },
    };
  }

  const store: Store = {
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
      contacts.set(key, cloneContact(contact));
    },
    async deleteContact(tenantId, id) {
      const c = contacts.get(tenantKey(tenantId, id));
      if (!c) return;
      for (const i of c.identities) identityIndex.delete(identityKey(tenantId, i));
      contacts.delete(tenantKey(tenantId, id));
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
      conversations.set(
        tenantKey(conversation.tenantId, conversation.id),
        cloneConversation(conversation),
      );
      const key = activeKey(conversation);
      if (conversation.status !== 'closed') activeIndex.set(key, conversation.id);
      else if (activeIndex.get(key) === conversation.id) activeIndex.delete(key);
    },
    async listConversations(tenantId, query) {
      return listInbox(tenantId, query);
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
      if (message.externalId !== undefined) {
        externalIndex.set(
          message.tenantId + sep + message.channelId + sep + message.externalId,
          copy,
        );
      }
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
      const m = externalIndex.get(tenantId + sep + channelId + sep + externalId);
      return m;
    },

    async claim(key, ttlMs) {
      const now = clock.now().getTime();
      const until = claims.get(key);
      if (until !== undefined && until > now) return false;
      claims.set(key, now + ttlMs);
      if (claims.size % 1024 === 0) pruneClaims(now);
      return true;
    },

    kv,

    async recordUsage(record) {
      usage.push({ ...record });
    },
    async usageTotals(tenantId, filter = {}) {
      return sumUsage(usage.filter((u) => u.tenantId === tenantId && usageMatches(u, filter)));
    },
  };

  function pruneClaims(now: number) {
    for (const [key, until] of claims) if (until <= now) claims.delete(key);
  }

  function listInbox(tenantId: string, query: InboxQuery): Page<InboxRow> {
    const limit = normaliseLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const search = query.search ? foldText(query.search.trim()) : '';
    const rows: InboxRow[] = [];
    for (const conv of conversations.values()) {
      if (conv.tenantId !== tenantId || !matchesInbox(conv, query)) continue;
      const contact = contacts.get(tenantKey(tenantId, conv.contactId));
      if (!contact) continue;
      if (search && !matchesSearch(conv, contact, search)) continue;
      rows.push({ conversation: conv, contact });
    }
    rows.sort((a, b) => compareActivity(a.conversation, b.conversation));
    const start = after ? rows.findIndex((r) => compareActivity(r.conversation, after) > 0) : 0;
    const page = start < 0 ? [] : rows.slice(start, start + limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        conversation: cloneConversation(r.conversation),
        contact: cloneContact(r.contact),
      })),
      nextCursor:
        last && start + limit < rows.length
          ? encodeCursor(last.conversation.lastActivityAt, last.conversation.id)
          : undefined,
    };
  }

  function matchesSearch(conv: Conversation, contact: Contact, needle: string): boolean {
    const fields = [contact.name, contact.email, contact.phone].filter(Boolean) as string[];
    if (fields.some((f) => foldText(f).includes(needle))) return true;
    const list = messages.get(tenantKey(conv.tenantId, conv.id)) ?? [];
    return list.some((m) => foldText(contentText(m.content)).includes(needle));
  }

  return store;
}

/** Newest activity first; ties broken by id (descending) so pages never overlap. */
export function compareActivity(
  a: Pick<Conversation, 'lastActivityAt' | 'id'>,
  b: Pick<Conversation, 'lastActivityAt' | 'id'>,
): number {
  const d = b.lastActivityAt.getTime() - a.lastActivityAt.getTime();
  if (d !== 0) return d;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function usageMatches(u: UsageRecord, f: UsageFilter): boolean {
  if (f.assistantId !== undefined && u.assistantId !== f.assistantId) return false;
  if (f.conversationId !== undefined && u.conversationId !== f.conversationId) return false;
  if (f.since !== undefined && u.at < f.since) return false;
  if (f.until !== undefined && u.at >= f.until) return false;
  return true;
}

function sumUsage(records: UsageRecord[]): UsageTotals {
  const totals: UsageTotals = { inputTokens: 0, outputTokens: 0, cost: 0, calls: 0 };
  for (const r of records) {
    totals.inputTokens += r.inputTokens;
    totals.outputTokens += r.outputTokens;
    totals.cost += r.cost;
    totals.calls += 1;
  }
  return totals;
}

/** Index of the first message created at or after `time` (list in creation order). */
function firstAtOrAfter(list: Message[], time: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.createdAt.getTime() < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
