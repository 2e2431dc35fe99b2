import type { Contact, Conversation, Message } from '../model/records.js';

// Records the store conformance cases build on: tenant A, channel `wa`, 9:00 UTC.

export const T1 = 'tenant-a';
export const T2 = 'tenant-b';

export function contact(id: string, tenantId = T1, extra: Partial<Contact> = {}): Contact {
  const at = new Date('2026-01-05T09:00:00Z');
  return {
    id,
    tenantId,
    identities: [{ channelId: 'wa', externalId: `${id}@phone` }],
    labels: [],
    notes: [],
    attributes: {},
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

export function conversation(
  id: string,
  contactId: string,
  minute: number,
  extra: Partial<Conversation> = {},
): Conversation {
  const at = new Date(Date.UTC(2026, 0, 5, 9, minute));
  return {
    id,
    tenantId: T1,
    channelId: 'wa',
    contactId,
    contactAddress: `${contactId}@phone`,
    status: 'open',
    handler: 'assistant',
    origin: 'customer',
    unreadCount: 0,
    labels: [],
    lastActivityAt: at,
    createdAt: at,
    updatedAt: at,
    state: {},
    ...extra,
  };
}

export function message(
  id: string,
  conversationId: string,
  second: number,
  extra: Partial<Message> = {},
): Message {
  return {
    id,
    tenantId: T1,
    conversationId,
    channelId: 'wa',
    contactId: 'c1',
    direction: 'inbound',
    author: { kind: 'contact' },
    content: { type: 'text', text: `message ${id}` },
    status: 'received',
    createdAt: new Date(Date.UTC(2026, 0, 5, 9, 0, second)),
    ...extra,
  };
}
