import {
  type Contact,
  type Conversation,
  type CsatResponse,
  contentText,
  type Message,
  type UsageRecord,
} from '@parley/core';

export const tableNames = ['conversations', 'messages', 'contacts', 'csat', 'usage'] as const;
export type TableName = (typeof tableNames)[number];

export type Cell = string | number | boolean | undefined;

export interface TableDef<R> {
  /** Sheet title in the workbook. */
  title: string;
  columns: Array<{ header: string; value(record: R): Cell }>;
  /** The record for JSON output: everything, with binary media replaced by its size. */
  json(record: R): Record<string, unknown>;
}

const iso = (d: Date | undefined) => d?.toISOString();

const conversations: TableDef<Conversation> = {
  title: 'Conversations',
  columns: [
    { header: 'id', value: (c) => c.id },
    { header: 'channel', value: (c) => c.channelId },
    { header: 'contact id', value: (c) => c.contactId },
    { header: 'contact address', value: (c) => c.contactAddress },
    { header: 'status', value: (c) => c.status },
    { header: 'handled by', value: (c) => c.handler },
    { header: 'started by', value: (c) => c.origin },
    { header: 'assistant', value: (c) => c.assistantId },
    { header: 'team', value: (c) => c.teamId },
    { header: 'operator', value: (c) => c.assigneeId },
    { header: 'labels', value: (c) => c.labels.join('; ') },
    { header: 'unread', value: (c) => c.unreadCount },
    { header: 'last message', value: (c) => c.lastMessage?.text },
    { header: 'created at', value: (c) => iso(c.createdAt) },
    { header: 'last activity at', value: (c) => iso(c.lastActivityAt) },
    { header: 'solved at', value: (c) => iso(c.solvedAt) },
    { header: 'closed at', value: (c) => iso(c.closedAt) },
  ],
  // `state` is engine bookkeeping (menus, bursts, surveys), not the business's data.
  json: ({ state: _state, ...c }) => ({ ...c }),
};

const messages: TableDef<Message> = {
  title: 'Messages',
  columns: [
    { header: 'id', value: (m) => m.id },
    { header: 'conversation id', value: (m) => m.conversationId },
    { header: 'channel', value: (m) => m.channelId },
    { header: 'contact id', value: (m) => m.contactId },
    { header: 'direction', value: (m) => m.direction },
    {
      header: 'author',
      value: (m) =>
        'id' in m.author && m.author.id ? `${m.author.kind}:${m.author.id}` : m.author.kind,
    },
    { header: 'status', value: (m) => m.status },
    { header: 'type', value: (m) => m.content.type },
    { header: 'text', value: (m) => contentText(m.content) },
    { header: 'media url', value: (m) => (m.content.type === 'media' ? m.content.url : undefined) },
    { header: 'external id', value: (m) => m.externalId },
    { header: 'ad', value: (m) => m.referral?.adId ?? m.referral?.source },
    { header: 'reason', value: (m) => m.reason },
    { header: 'created at', value: (m) => iso(m.createdAt) },
  ],
  json: (m) =>
    m.content.type === 'media' && m.content.data
      ? {
          ...m,
          content: {
            ...m.content,
            data: { omitted: 'binary', byteLength: m.content.data.byteLength },
          },
        }
      : { ...m },
};

const contacts: TableDef<Contact> = {
  title: 'Contacts',
  columns: [
    { header: 'id', value: (c) => c.id },
    { header: 'name', value: (c) => c.name },
    { header: 'phone', value: (c) => c.phone },
    { header: 'email', value: (c) => c.email },
    { header: 'labels', value: (c) => c.labels.join('; ') },
    {
      header: 'channels',
      value: (c) => c.identities.map((i) => `${i.channelId}:${i.externalId}`).join('; '),
    },
    {
      header: 'attributes',
      value: (c) =>
        Object.keys(c.attributes).length > 0 ? JSON.stringify(c.attributes) : undefined,
    },
    { header: 'notes', value: (c) => c.notes.map((n) => n.text).join('\n') || undefined },
    { header: 'created at', value: (c) => iso(c.createdAt) },
    { header: 'last message at', value: (c) => iso(c.lastInboundAt) },
  ],
  json: (c) => ({ ...c }),
};

const csat: TableDef<CsatResponse> = {
  title: 'CSAT',
  columns: [
    { header: 'conversation id', value: (r) => r.conversationId },
    { header: 'channel', value: (r) => r.channelId },
    { header: 'score', value: (r) => r.score },
    { header: 'answer', value: (r) => r.answer },
    { header: 'team', value: (r) => r.teamId },
    { header: 'operator', value: (r) => r.operatorId },
    { header: 'assistant', value: (r) => r.assistantId },
    { header: 'at', value: (r) => iso(r.at) },
  ],
  json: (r) => ({ ...r }),
};

const usage: TableDef<UsageRecord> = {
  title: 'Usage',
  columns: [
    { header: 'at', value: (u) => iso(u.at) },
    { header: 'assistant', value: (u) => u.assistantId },
    { header: 'conversation id', value: (u) => u.conversationId },
    { header: 'message id', value: (u) => u.messageId },
    { header: 'model', value: (u) => u.model },
    { header: 'input tokens', value: (u) => u.inputTokens },
    { header: 'output tokens', value: (u) => u.outputTokens },
    { header: 'cost (USD)', value: (u) => u.cost },
  ],
  json: (u) => ({ ...u }),
};

export interface TableRecords {
  conversations: Conversation;
  messages: Message;
  contacts: Contact;
  csat: CsatResponse;
  usage: UsageRecord;
}

export const tables: { [T in TableName]: TableDef<TableRecords[T]> } = {
  conversations,
  messages,
  contacts,
  csat,
  usage,
};
