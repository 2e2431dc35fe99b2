import type { Contact, Conversation, Desk, InboxItem, Message, MessageAuthor } from '@parley/core';
import { contentText } from '@parley/core';

/** Display names of the desk's operators and assistants, by `kind:id`. */
export type Names = ReadonlyMap<string, string>;

/** One row of the console's conversation list (IN1). */
export interface ConsoleRow {
  id: string;
  contactId: string;
  /** Name, e-mail or phone; "Visitor 3f9a2c" for an anonymous visitor. */
  title: string;
  channel: { id: string; kind: string; name?: string; color?: string };
  status: 'open' | 'solved' | 'closed';
  /** `ai` while the assistant answers, `human` once people hold it, `menu` at triage. */
  handledBy: InboxItem['handledBy'];
  /** Handed to humans and nobody has it yet. */
  waitingForHuman: boolean;
  assignee?: { id: string; name?: string };
  unreadCount: number;
  labels: string[];
  lastMessage?: { text: string; direction: 'inbound' | 'outbound'; at: string };
  lastActivityAt: string;
}

/** A message as the chat window shows it. */
export interface ConsoleMessage {
  id: string;
  direction: 'inbound' | 'outbound';
  author: { kind: MessageAuthor['kind']; name?: string };
  type: string;
  text: string;
  status: Message['status'];
  /** The visitor has read it (reported by the widget, `message.read`). */
  seen: boolean;
  at: string;
}

export function contactTitle(
  contact: Pick<Contact, 'id' | 'name' | 'email' | 'phone'>,
  address?: string,
): string {
  const anonymous = address?.startsWith('visitor:') ? `Visitor ${address.slice(8, 14)}` : undefined;
  return contact.name ?? contact.email ?? contact.phone ?? anonymous ?? address ?? contact.id;
}

/** Mirrors the inbox's label (IN1) for one conversation. */
export function handledBy(c: Pick<Conversation, 'handler'>): InboxItem['handledBy'] {
  if (c.handler === 'assistant') return 'ai';
  return c.handler === 'menu' ? 'menu' : 'human';
}

export function nameOf(names: Names, author: MessageAuthor): string | undefined {
  return author.kind === 'operator' || author.kind === 'assistant'
    ? names.get(`${author.kind}:${author.id}`)
    : undefined;
}

export function toRow(item: InboxItem, names: Names): ConsoleRow {
  const c = item.conversation;
  return {
    id: c.id,
    contactId: item.contact.id,
    title: contactTitle(item.contact, c.contactAddress),
    channel: item.channel,
    status: c.status,
    handledBy: item.handledBy,
    waitingForHuman: item.waitingForHuman,
    ...(c.assigneeId !== undefined && {
      assignee: { id: c.assigneeId, name: names.get(`operator:${c.assigneeId}`) },
    }),
    unreadCount: c.unreadCount,
    labels: c.labels,
    ...(c.lastMessage && {
      lastMessage: {
        text: c.lastMessage.text,
        direction: c.lastMessage.direction,
        at: c.lastMessage.at.toISOString(),
      },
    }),
    lastActivityAt: c.lastActivityAt.toISOString(),
  };
}

export function toConsoleMessage(m: Message, names: Names, seen: boolean): ConsoleMessage {
  const name = nameOf(names, m.author);
  return {
    id: m.id,
    direction: m.direction,
    author: { kind: m.author.kind, ...(name !== undefined && { name }) },
    type: m.content.type,
    text: contentText(m.content),
    status: m.status,
    seen,
    at: m.createdAt.toISOString(),
  };
}

/** Everything the chat window and the contact panel show for one conversation (IN2). */
export async function conversationDetail(
  desk: Desk,
  id: string,
  names: Names,
  seen: (externalId: string | undefined) => boolean,
) {
  const conversation = await desk.inbox.get(id);
  const [contact, messages, csat] = await Promise.all([
    desk.contacts.get(conversation.contactId),
    desk.inbox.messages(id, { limit: 200 }),
    desk.csat.responses(),
  ]);
  const handoff = conversation.state.handoff as { reason?: string; summary?: string } | undefined;
  const rating = csat.filter((r) => r.conversationId === id).at(-1);
  return {
    id,
    contactAddress: conversation.contactAddress,
    status: conversation.status,
    handledBy: handledBy(conversation),
    waitingForHuman:
      conversation.handler === 'queue' &&
      conversation.status === 'open' &&
      conversation.assigneeId === undefined,
    labels: conversation.labels,
    unreadCount: conversation.unreadCount,
    ...(conversation.assigneeId !== undefined && { assigneeId: conversation.assigneeId }),
    title: contactTitle(contact, conversation.contactAddress),
    contact: {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      notes: contact.notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    },
    messages: messages
      .filter((m) => m.status !== 'suppressed')
      .map((m) => toConsoleMessage(m, names, m.direction === 'outbound' && seen(m.externalId))),
    ...(handoff?.reason !== undefined && {
      handoff: { reason: handoff.reason, ...(handoff.summary && { summary: handoff.summary }) },
    }),
    ...(rating && {
      csat: { score: rating.score, answer: rating.answer, at: rating.at.toISOString() },
    }),
  };
}

export type ConversationDetail = Awaited<ReturnType<typeof conversationDetail>>;
