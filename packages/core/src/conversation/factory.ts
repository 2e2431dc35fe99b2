import { contentText } from '../model/content.js';
import type { Contact, Conversation, ConversationOrigin, Message } from '../model/records.js';
import { newId } from '../util/ids.js';
import { snippet } from '../util/text.js';

export function newContact(fields: {
  tenantId: string;
  channelId: string;
  externalId: string;
  name?: string;
  phone?: string;
  email?: string;
  now: Date;
}): Contact {
  return {
    id: newId('ct', fields.now.getTime()),
    tenantId: fields.tenantId,
    identities: [{ channelId: fields.channelId, externalId: fields.externalId }],
    ...(fields.name !== undefined && { name: fields.name }),
    ...(fields.phone !== undefined && { phone: fields.phone }),
    ...(fields.email !== undefined && { email: fields.email }),
    labels: [],
    notes: [],
    attributes: {},
    createdAt: fields.now,
    updatedAt: fields.now,
  };
}

export function newConversation(fields: {
  tenantId: string;
  channelId: string;
  contact: Contact;
  contactAddress: string;
  origin: ConversationOrigin;
  now: Date;
}): Conversation {
  return {
    id: newId('conv', fields.now.getTime()),
    tenantId: fields.tenantId,
    channelId: fields.channelId,
    contactId: fields.contact.id,
    contactAddress: fields.contactAddress,
    status: 'open',
    handler: 'queue',
    origin: fields.origin,
    unreadCount: 0,
    labels: [],
    lastActivityAt: fields.now,
    createdAt: fields.now,
    updatedAt: fields.now,
    state: {},
  };
}

/** The conversation after `message`: snippet, activity time, unread count. */
export function withMessage(conv: Conversation, message: Message): Conversation {
  const inbound = message.direction === 'inbound';
  const fromOperator = message.author.kind === 'operator';
  return {
    ...conv,
    lastMessage: {
      text: snippet(contentText(message.content)),
      direction: message.direction,
      at: message.createdAt,
    },
    lastActivityAt: message.createdAt,
    updatedAt: message.createdAt,
    unreadCount: inbound ? conv.unreadCount + 1 : fromOperator ? 0 : conv.unreadCount,
  };
}
