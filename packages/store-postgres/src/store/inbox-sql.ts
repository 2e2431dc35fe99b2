import type { Contact, InboxQuery, InboxRow, Page } from '@parley/core';
import { foldText } from '@parley/core';
import { decodeCursor, encodeCursor } from '@parley/core/internal';
import { decodeJson } from '../codec/json-codec.js';
import { containsPattern } from '../codec/pg-text.js';
import type { SqlClient } from '../db/database.js';
import type { Tables } from '../db/names.js';
import { inboxLimit } from './data-scan.js';
import { decodeConversation } from './records.js';

/** A search matching at most this many rows is answered from its matches. */
export const SELECTIVE_SEARCH_ROWS = 2000;
/** Conversations read per step when a common word is searched. */
const SCAN_CHUNK = 200;

interface Sql {
  text: string;
  params: unknown[];
}

type Row = { conversation: string; contact: string; contact_match?: boolean };

export { inboxLimit };

/**
 * One page of the inbox in its order (IN1): every filter is a column the indexes of
 * migration 1 cover, and pages are keyset on (last_activity_at, id) — never OFFSET —
 * so page 1,000 costs what page 1 does. `rows` is read, one more than a page, to know
 * whether a next page exists.
 */
function pageSql(
  t: Tables,
  tenantId: string,
  query: InboxQuery,
  rows: number,
  extra: { ids?: string[]; contactPattern?: string } = {},
): Sql {
  const after = decodeCursor(query.cursor);
  const params: unknown[] = [tenantId];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['c.tenant_id = $1'];
  if (query.view === 'unread') where.push('c.unread_count > 0');
  if (query.view === 'solved') where.push(`c.status = 'solved'`);
  if (query.status) where.push(`c.status = ANY(${p(query.status)}::text[])`);
  if (query.channelId !== undefined) where.push(`c.channel_id = ${p(query.channelId)}`);
  if (query.label !== undefined) where.push(`c.labels @> ARRAY[${p(query.label)}::text]`);
  // Contact labels live in the contact's document only (`{ v: contact }`, json-codec):
  // a filter on the rows, not an index probe.
  if (query.contactLabel !== undefined)
    where.push(`(k.doc::jsonb #> '{v,labels}') ? ${p(query.contactLabel)}`);
  if (query.handler !== undefined) where.push(`c.handler = ${p(query.handler)}`);
  if (query.assigneeId !== undefined) where.push(`c.assignee_id = ${p(query.assigneeId)}`);
  if (query.teamId !== undefined) where.push(`c.team_id = ${p(query.teamId)}`);
  if (after) {
    where.push(
      `(c.last_activity_at, c.id) < (${p(after.lastActivityAt)}::timestamptz, ${p(after.id)}::text)`,
    );
  }
  if (extra.ids) where.push(`c.id = ANY(${p(extra.ids)}::text[])`);
  const match =
    extra.contactPattern === undefined
      ? ''
      : `, k.search_text LIKE ${p(extra.contactPattern)} AS contact_match`;
  return {
    text: `SELECT c.doc AS conversation, k.doc AS contact${match}
    FROM ${t.conversations} c
    JOIN ${t.contacts} k ON k.tenant_id = c.tenant_id AND k.id = c.contact_id
    WHERE ${where.join(' AND ')}
    ORDER BY c.last_activity_at DESC, c.id DESC
    LIMIT ${p(rows)}`,
    params,
  };
}

/** Which of `ids` have a message matching: on each conversation's own message index. */
function matchSql(t: Tables, tenantId: string, ids: string[], pattern: string): Sql {
  // `|| ''` keeps the planner off the trigram index here: for a common word that means
  // building a bitmap of most of the table to check a couple of hundred conversations.
  return {
    text: `SELECT DISTINCT conversation_id AS id FROM ${t.messages}
      WHERE tenant_id = $1 AND conversation_id = ANY($2::text[])
        AND (search_text || '') LIKE $3`,
    params: [tenantId, ids, pattern],
  };
}

function lookupSql(t: Tables, tenantId: string, pattern: string): Sql {
  return {
    text: `SELECT m.conversation_id AS id FROM ${t.messages} m
       WHERE m.tenant_id = $1 AND m.search_text LIKE $2
     UNION ALL
     SELECT c.id FROM ${t.contacts} k
       JOIN ${t.conversations} c ON c.tenant_id = k.tenant_id AND c.contact_id = k.id
       WHERE k.tenant_id = $1 AND k.search_text LIKE $2
     LIMIT $3`,
    params: [tenantId, pattern, SELECTIVE_SEARCH_ROWS + 1],
  };
}

function toRows(rows: Row[]): InboxRow[] {
  return rows.map((r) => ({
    conversation: decodeConversation(r.conversation),
    contact: decodeJson<Contact>(r.contact),
  }));
}

function paged(items: InboxRow[], limit: number): Page<InboxRow> {
  const page = items.slice(0, limit);
  const last = page.at(-1)?.conversation;
  return {
    items: page,
    nextCursor:
      last && items.length > limit ? encodeCursor(last.lastActivityAt, last.id) : undefined,
  };
}

/** Called with each statement the inbox runs, labelled (for EXPLAIN). */
export type InboxTrace = (label: string, sql: Sql) => void;

/**
 * The inbox. A search first walks the inbox in order, one chunk of conversations at a
 * time, checking each chunk's contacts and own messages: a common word fills a page in
 * the first chunk. Otherwise its matches are looked up on the trigram indexes (stopping
 * after SELECTIVE_SEARCH_ROWS): few — a name, a phone, an order number — are fetched by
 * primary key and sorted; many keep the walk going until a page is full.
 */
export async function listInbox(
  db: SqlClient,
  t: Tables,
  tenantId: string,
  query: InboxQuery,
  trace?: InboxTrace,
): Promise<Page<InboxRow>> {
  const run = async <R>(label: string, sql: Sql) => {
    trace?.(label, sql);
    return (await db.query<R>(sql.text, sql.params)).rows;
  };
  const limit = inboxLimit(query.limit);
  const needle = query.search ? foldText(query.search.trim()) : '';
  if (!needle) {
    return paged(toRows(await run<Row>('the page', pageSql(t, tenantId, query, limit + 1))), limit);
  }
  const pattern = containsPattern(needle);
  const found: InboxRow[] = [];
  let cursor = query.cursor;
  for (let step = 0; ; step++) {
    if (step === 1) {
      const hits = await run<{ id: string }>('search matches', lookupSql(t, tenantId, pattern));
      if (hits.length <= SELECTIVE_SEARCH_ROWS) {
        const ids = [...new Set(hits.map((h) => h.id))];
        const page = pageSql(t, tenantId, query, limit + 1, { ids });
        return paged(toRows(await run<Row>('the page, by key', page)), limit);
      }
    }
    const chunk = pageSql(t, tenantId, { ...query, cursor }, SCAN_CHUNK, {
      contactPattern: pattern,
    });
    const rows = await run<Row>('a chunk of the inbox', chunk);
    const decoded = toRows(rows);
    const unchecked = decoded
      .filter((_, i) => !rows[i]!.contact_match)
      .map((r) => r.conversation.id);
    const withMessage = new Set(
      unchecked.length === 0
        ? []
        : (
            await run<{ id: string }>(
              "the chunk's matching messages",
              matchSql(t, tenantId, unchecked, pattern),
            )
          ).map((r) => r.id),
    );
    for (const [i, row] of decoded.entries()) {
      if (rows[i]!.contact_match || withMessage.has(row.conversation.id)) found.push(row);
      if (found.length > limit) return paged(found, limit);
    }
    const last = decoded.at(-1)?.conversation;
    if (!last || rows.length < SCAN_CHUNK) return paged(found, limit);
    cursor = encodeCursor(last.lastActivityAt, last.id);
  }
}
