import type { Contact, Conversation, Message } from '../model/records.js';
import { decodeCursor, matchesInbox, normaliseLimit } from './inbox-query.js';
import { listInbox } from './memory-inbox.js';
import type { InboxQuery, InboxRow, Page, RecordStore } from './store.js';

const SCAN_PAGE = 1000;
/** Search reads at most this many of a conversation's newest messages. */
const SEARCHED_MESSAGES = 1000;

/**
 * The operator inbox for a store without an `InboxIndex`: every conversation of the
 * tenant is scanned, filtered and sorted here. Each call reads the whole tenant, so a
 * store that grows past a few thousand conversations should implement
 * `listConversations` instead; the result is the same (the conformance suite checks both).
 */
export async function scanInbox(
  store: RecordStore,
  tenantId: string,
  query: InboxQuery,
): Promise<Page<InboxRow>> {
  // Refuse a bad page size or cursor before reading anything.
  normaliseLimit(query.limit);
  decodeCursor(query.cursor);
  const matching: Conversation[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.scanConversations(tenantId, {
      limit: SCAN_PAGE,
      ...(cursor !== undefined && { cursor }),
    });
    for (const conv of page.items) if (matchesInbox(conv, query)) matching.push(conv);
    cursor = page.nextCursor;
  } while (cursor !== undefined);

  const contacts = new Map<string, Contact | undefined>();
  const messages = new Map<string, Message[]>();
  for (const conv of matching) {
    if (!contacts.has(conv.contactId))
      contacts.set(conv.contactId, await store.getContact(tenantId, conv.contactId));
    if (query.search)
      messages.set(
        conv.id,
        await store.listMessages(tenantId, conv.id, { limit: SEARCHED_MESSAGES }),
      );
  }
  return listInbox(
    matching,
    (conv) => contacts.get(conv.contactId),
    (conv) => messages.get(conv.id) ?? [],
    tenantId,
    query,
  );
}
