import type { Contact, Conversation, InboxItem, Message, MessageAuthor } from '@parley/core';
import { contentText } from '@parley/core';

/** Display names of the tenant's operators, by id. */
export type Names = ReadonlyMap<string, string>;

/** One row of the conversation list (IN1). */
export interface ConsoleRow {
  id: string;
  contactId: string;
  /** Name, e-mail or phone; "Visitor 3f9a2c" for an anonymous visitor. */
  title: string;
  channel: { id: string; kind: string; name?: string; color?: string };
  status: Conversation['status'];
  handledBy: InboxItem['handledBy'];
  waitingForHuman: boolean;
  teamId?: string;
  assignee?: { id: string; name?: string };
  unreadCount: number;
  labels: string[];
  lastMessage?: { text: string; direction: 'inbound' | 'outbound'; at: string };
  lastActivityAt: string;
}

/** A source an AI answer was built from, shown under it. */
export interface Citation {
  title: string;
  url?: string;
}

export interface Attachment {
  kind: string;
  url: string;
  name?: string;
  mimeType?: string;
}

/** A message as the chat window shows it. */
export interface ConsoleMessage {
  id: string;
  direction: 'inbound' | 'outbound';
  author: { kind: MessageAuthor['kind']; id?: string; name?: string };
  type: string;
  text: string;
  status: Message['status'];
  seen: boolean;
  at: string;
  citations?: Citation[];
  attachment?: Attachment;
}

export function contactTitle(
  contact: Pick<Contact, 'id' | 'name' | 'email' | 'phone'>,
  address?: string,
): string {
  const anonymous = address?.startsWith('visitor:') ? `Visitor ${address.slice(8, 14)}` : undefined;
  return contact.name ?? contact.email ?? contact.phone ?? anonymous ?? address ?? contact.id;
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
    ...(c.teamId !== undefined && { teamId: c.teamId }),
    ...(c.assigneeId !== undefined && {
      assignee: { id: c.assigneeId, name: names.get(c.assigneeId) },
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

/**
 * Citations recorded on a message (knowledge sources of an AI answer), in whichever of
 * the shapes the assistant stored: `{ title | source, url?, page? }`.
 */
function citationsOf(m: Message): Citation[] | undefined {
  const raw = (m as { citations?: unknown }).citations;
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const out: Citation[] = [];
  for (const c of raw.slice(0, 10)) {
    if (typeof c !== 'object' || c === null) continue;
    const r = c as Record<string, unknown>;
    const name = [r.title, r.source, r.file, r.id].find((v) => typeof v === 'string') as
      | string
      | undefined;
    if (!name) continue;
    const page = typeof r.page === 'number' ? ` p. ${r.page}` : '';
    const url = typeof r.url === 'string' && /^https?:\/\//.test(r.url) ? r.url : undefined;
    out.push({ title: `${name}${page}`, ...(url && { url }) });
  }
  return out.length > 0 ? out : undefined;
}

/**
 * A message's file for the chat window: a web link as is; bytes kept in the store (an
 * operator's upload) or a channel's own link (`livechat-file:`) through the console's
 * media route, which checks the operator's tenant.
 */
function attachmentOf(m: Message, basePath: string): Attachment | undefined {
  const c = m.content;
  if (c.type !== 'media') return undefined;
  const web = c.url !== undefined && /^(https?:|\/)/.test(c.url);
  if (!web && c.data === undefined && !c.url?.includes(':')) return undefined;
  const url = web
    ? c.url!
    : `${basePath}/api/conversations/${encodeURIComponent(m.conversationId)}/media/${encodeURIComponent(m.id)}`;
  return {
    kind: c.kind,
    url,
    ...(c.fileName !== undefined && { name: c.fileName }),
    ...(c.mimeType !== undefined && { mimeType: c.mimeType }),
  };
}

export function toConsoleMessage(
  m: Message,
  names: Names,
  seen: boolean,
  basePath = '',
): ConsoleMessage {
  const id =
    m.author.kind === 'operator' || m.author.kind === 'assistant' ? m.author.id : undefined;
  const name =
    id === undefined
      ? undefined
      : names.get(m.author.kind === 'assistant' ? `assistant:${id}` : id);
  const citations = citationsOf(m);
  const attachment = attachmentOf(m, basePath);
  return {
    id: m.id,
    direction: m.direction,
    author: {
      kind: m.author.kind,
      ...(id !== undefined && { id }),
      ...(name !== undefined && { name }),
    },
    type: m.content.type,
    text: contentText(m.content),
    status: m.status,
    seen,
    at: m.createdAt.toISOString(),
    ...(citations && { citations }),
    ...(attachment && { attachment }),
  };
}
