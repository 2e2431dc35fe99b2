import type { Contact, Conversation, Message } from '@parley/core';
import { contentText, foldText } from '@parley/core';
import { readConversationState } from '@parley/core/internal';
import { decodeJson, encodeJson } from '../codec/json-codec.js';
import { storableText } from '../codec/pg-text.js';

// Between folded fields, so a needle never matches across two of them.
const FIELD_SEPARATOR = '\u001f';

/** The folded text search runs on: name, email and phone, each matched on its own. */
export function contactSearchText(contact: Contact): string {
  return storableText(
    [contact.name, contact.email, contact.phone]
      .filter((f): f is string => typeof f === 'string' && f.length > 0)
      .map(foldText)
      .join(FIELD_SEPARATOR),
  );
}

export function messageSearchText(message: Message): string {
  return storableText(foldText(contentText(message.content)));
}

/** Parameters $1..$13 of a conversation upsert. */
export function conversationParams(c: Conversation): unknown[] {
  return [
    c.tenantId,
    c.id,
    c.channelId,
    c.contactId,
    c.status,
    c.handler,
    c.assigneeId ?? null,
    c.teamId ?? null,
    c.unreadCount,
    c.labels,
    c.lastActivityAt,
    c.createdAt,
    encodeJson(c),
  ];
}

/** The content an anonymised message keeps (IN8); the same as the memory store's. */
export const ANONYMISED = { type: 'unsupported', description: 'anonymised' } as const;

export function isAnonymised(m: Message): boolean {
  return m.content.type === 'unsupported' && m.content.description === ANONYMISED.description;
}

/** Parameters $1..$9 of a message upsert. */
export function messageParams(m: Message): unknown[] {
  return [
    m.tenantId,
    m.id,
    m.conversationId,
    m.channelId,
    m.externalId ?? null,
    m.createdAt,
    messageSearchText(m),
    encodeJson(m),
    isAnonymised(m),
  ];
}

/**
 * A conversation row as this version reads it: `state` through core's reader, so rows
 * written before the typed state (free-form keys) stay readable.
 */
export function decodeConversation(doc: string): Conversation {
  const conversation = decodeJson<Conversation>(doc);
  conversation.state = readConversationState(conversation.state);
  return conversation;
}
