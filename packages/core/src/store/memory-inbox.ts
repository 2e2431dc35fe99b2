import { contentText } from '../model/content.js';
import type { Contact, Conversation, Message } from '../model/records.js';
import { foldText } from '../util/text.js';
import { cloneContact, cloneConversation } from './clone.js';
import { decodeCursor, encodeCursor, matchesInbox, normaliseLimit } from './inbox-query.js';
import { compareActivity } from './memory-scan.js';
import type { InboxQuery, InboxRow, Page } from './store.js';

/**
 * The operator inbox (IN1) over the memory store's conversations: filter, search
 * (contact fields and message text, accent- and case-insensitive), newest activity
 * first, keyset pages.
 */
export function listInbox(
  conversations: Iterable<Conversation>,
  contactOf: (conv: Conversation) => Contact | undefined,
  messagesOf: (conv: Conversation) => readonly Message[],
  tenantId: string,
  query: InboxQuery,
): Page<InboxRow> {
  const limit = normaliseLimit(query.limit);
  const after = decodeCursor(query.cursor);
  const search = query.search ? foldText(query.search.trim()) : '';
  const rows: InboxRow[] = [];
  for (const conv of conversations) {
    if (conv.tenantId !== tenantId || !matchesInbox(conv, query)) continue;
    const contact = contactOf(conv);
    if (!contact) continue;
    if (query.contactLabel !== undefined && !contact.labels.includes(query.contactLabel)) continue;
    if (search && !matchesSearch(contact, messagesOf(conv), search)) continue;
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

function matchesSearch(contact: Contact, list: readonly Message[], needle: string): boolean {
  const fields = [contact.name, contact.email, contact.phone].filter(Boolean) as string[];
  if (fields.some((f) => foldText(f).includes(needle))) return true;
  return list.some((m) => foldText(contentText(m.content)).includes(needle));
}
