import type { MessageContent } from '../model/content.js';
import type { Contact, Conversation, Message } from '../model/records.js';

// Hand-written copies for the memory store: structuredClone on every read and write
// was the engine's top cost (GC and copying). Dates are shared: records treat them as
// immutable values, never calling their setters.

/** Deep copy of JSON-like data (plain objects, arrays, primitives, Date, Uint8Array). */
export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (value instanceof Uint8Array) return value.slice() as T;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = cloneData((value as Record<string, unknown>)[key]);
  return out as T;
}

export function cloneContact(c: Contact): Contact {
  return {
    ...c,
    identities: c.identities.map((i) => ({ ...i })),
    labels: [...c.labels],
    notes: c.notes.map((n) => ({ ...n })),
    attributes: { ...c.attributes },
  };
}

export function cloneConversation(c: Conversation): Conversation {
  const copy: Conversation = { ...c, labels: [...c.labels], state: cloneData(c.state) };
  if (c.lastMessage) copy.lastMessage = { ...c.lastMessage };
  return copy;
}

export function cloneContent(content: MessageContent): MessageContent {
  switch (content.type) {
    case 'text':
    case 'choice':
    case 'location':
    case 'reaction':
    case 'comment':
    case 'unsupported':
      return { ...content };
    default:
      return cloneData(content);
  }
}

export function cloneMessage(m: Message): Message {
  const copy: Message = { ...m, author: { ...m.author }, content: cloneContent(m.content) };
  if (m.referral) copy.referral = { ...m.referral };
  if (m.citations) copy.citations = structuredClone(m.citations);
  return copy;
}

/**
 * A frozen copy of a message: the memory store hands stored messages out as they are
 * (history is read on every turn), so they must be immutable rather than copied.
 * Built as literals with a fixed key order, not spreads: V8 gave every frozen spread
 * copy its own hidden class (~1.6 KB per conversation). Binary data is copied.
 */
export function freezeMessage(m: Message): Readonly<Message> {
  // Already one of these copies (a store's cached history, a window moved along): as is.
  if (frozenMessages.has(m)) return m;
  const copy: Message = {
    id: m.id,
    tenantId: m.tenantId,
    conversationId: m.conversationId,
    channelId: m.channelId,
    contactId: m.contactId,
    direction: m.direction,
    author: Object.freeze(
      m.author.kind === 'contact'
        ? { kind: 'contact' as const }
        : m.author.kind === 'system'
          ? m.author.id === undefined
            ? { kind: 'system' as const }
            : { kind: 'system' as const, id: m.author.id }
          : { kind: m.author.kind, id: m.author.id },
    ),
    content: frozenContent(m.content),
    status: m.status,
    createdAt: m.createdAt,
  };
  if (m.externalId !== undefined) copy.externalId = m.externalId;
  if (m.replyToExternalId !== undefined) copy.replyToExternalId = m.replyToExternalId;
  if (m.referral !== undefined) copy.referral = Object.freeze({ ...m.referral });
  if (m.reason !== undefined) copy.reason = m.reason;
  if (m.citations !== undefined) {
    const citations = structuredClone(m.citations);
    deepFreeze(citations);
    copy.citations = citations;
  }
  if (m.editedAt !== undefined) copy.editedAt = m.editedAt;
  frozenMessages.add(copy);
  return Object.freeze(copy);
}

/** The copies `freezeMessage` made: frozen through, so copying them again gains nothing. */
const frozenMessages = new WeakSet<Message>();

function frozenContent(content: MessageContent): MessageContent {
  if (content.type === 'text') return Object.freeze({ type: 'text' as const, text: content.text });
  const copy = cloneContent(content);
  deepFreeze(copy);
  return copy;
}

function deepFreeze(value: unknown): void {
  if (
    value === null ||
    typeof value !== 'object' ||
    value instanceof Uint8Array ||
    value instanceof Date
  )
    return;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  Object.freeze(value);
}
