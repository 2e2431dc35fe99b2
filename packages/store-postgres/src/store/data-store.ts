import type { Contact, Conversation, Message, Page, UsageRecord } from '@parley/core';
import { readConversationState } from '@parley/core/internal';
import { decodeJson, encodeJson } from '../codec/json-codec.js';
import type { SqlClient } from '../db/database.js';
import type { Tables } from '../db/names.js';
import {
  checkSelector,
  decodeScanCursor,
  encodeScanCursor,
  type MessageSelector,
  scanLimit,
  whereBuilder,
} from './data-scan.js';
import { ANONYMISED } from './records.js';

interface ScanQuery {
  limit?: number;
  cursor?: string;
}
interface TimeRange {
  since?: Date;
  until?: Date;
}

/**
 * Export and data management (IN7, IN8): keyset scans in a stable order and retention
 * changes. The same members as core's `DataStore`, each served by an index of
 * migration 2.
 */
export function sqlDataStore(db: SqlClient, t: Tables) {
  async function page<R extends { doc: string }, T>(
    text: string,
    params: unknown[],
    limit: number,
    cursorOf: (row: R, item: T) => string,
  ): Promise<Page<T>> {
    const { rows } = await db.query<R>(text, params);
    const items = rows.slice(0, limit).map((r) => decodeJson<T>(r.doc));
    const lastRow = rows[limit - 1];
    return {
      items,
      nextCursor: rows.length > limit && lastRow ? cursorOf(lastRow, items[limit - 1]!) : undefined,
    };
  }

  const range = (q: ReturnType<typeof whereBuilder>, column: string, r: TimeRange) => {
    if (r.since !== undefined) q.where.push(`${column} >= ${q.p(r.since)}`);
    if (r.until !== undefined) q.where.push(`${column} < ${q.p(r.until)}`);
  };

  const selected = (tenantId: string, selector: MessageSelector) => {
    checkSelector(selector);
    const q = whereBuilder([tenantId]);
    q.where.push('tenant_id = $1');
    if (selector.before !== undefined) q.where.push(`created_at < ${q.p(selector.before)}`);
    if (selector.channelId !== undefined) q.where.push(`channel_id = ${q.p(selector.channelId)}`);
    if (selector.conversationId !== undefined)
      q.where.push(`conversation_id = ${q.p(selector.conversationId)}`);
    return q;
  };

  return {
    async listContacts(
      tenantId: string,
      query: ScanQuery & { channelId?: string; lastSeenBefore?: Date } = {},
    ): Promise<Page<Contact>> {
      const limit = scanLimit(query.limit);
      const after = decodeScanCursor<string>(query.cursor, 'string');
      const q = whereBuilder([tenantId]);
      q.where.push('k.tenant_id = $1');
      if (after) q.where.push(`k.id COLLATE "C" > ${q.p(after.tie)}`);
      if (query.channelId !== undefined) {
        q.where.push(`EXISTS (SELECT 1 FROM ${t.identities} i WHERE i.tenant_id = k.tenant_id
          AND i.contact_id = k.id AND i.channel_id = ${q.p(query.channelId)})`);
      }
      if (query.lastSeenBefore !== undefined)
        q.where.push(`k.last_seen_at < ${q.p(query.lastSeenBefore)}`);
      return page<{ doc: string; id: string }, Contact>(
        `SELECT k.id, k.doc FROM ${t.contacts} k WHERE ${q.sql()}
         ORDER BY k.id COLLATE "C" LIMIT ${q.p(limit + 1)}`,
        q.params,
        limit,
        (row) => encodeScanCursor(0, row.id),
      );
    },

    async scanConversations(
      tenantId: string,
      query: ScanQuery & TimeRange & { channelId?: string; contactId?: string } = {},
    ): Promise<Page<Conversation>> {
      const limit = scanLimit(query.limit);
      const after = decodeScanCursor<string>(query.cursor, 'string');
      const q = whereBuilder([tenantId]);
      q.where.push('tenant_id = $1');
      range(q, 'created_at', query);
      if (after)
        q.where.push(
          `(created_at, id) > (${q.p(new Date(after.at))}::timestamptz, ${q.p(after.tie)})`,
        );
      if (query.channelId !== undefined) q.where.push(`channel_id = ${q.p(query.channelId)}`);
      if (query.contactId !== undefined) q.where.push(`contact_id = ${q.p(query.contactId)}`);
      const scanned = await page<{ doc: string; at: Date; id: string }, Conversation>(
        `SELECT id, created_at AS at, doc FROM ${t.conversations} WHERE ${q.sql()}
         ORDER BY created_at, id LIMIT ${q.p(limit + 1)}`,
        q.params,
        limit,
        (row) => encodeScanCursor(new Date(row.at).getTime(), row.id),
      );
      for (const c of scanned.items) c.state = readConversationState(c.state);
      return scanned;
    },

    async scanMessages(
      tenantId: string,
      query: ScanQuery & TimeRange & { channelId?: string; conversationId?: string } = {},
    ): Promise<Page<Message>> {
      const limit = scanLimit(query.limit);
      const after = decodeScanCursor<string>(query.cursor, 'string');
      const q = whereBuilder([tenantId]);
      q.where.push('tenant_id = $1');
      range(q, 'created_at', query);
      if (after) {
        q.where.push(
          `(created_at, id COLLATE "C") > (${q.p(new Date(after.at))}::timestamptz, ${q.p(after.tie)} COLLATE "C")`,
        );
      }
      if (query.channelId !== undefined) q.where.push(`channel_id = ${q.p(query.channelId)}`);
      if (query.conversationId !== undefined)
        q.where.push(`conversation_id = ${q.p(query.conversationId)}`);
      return page<{ doc: string; at: Date; id: string }, Message>(
        `SELECT id, created_at AS at, doc FROM ${t.messages} WHERE ${q.sql()}
         ORDER BY created_at, id COLLATE "C" LIMIT ${q.p(limit + 1)}`,
        q.params,
        limit,
        (row) => encodeScanCursor(new Date(row.at).getTime(), row.id),
      );
    },

    async scanUsage(
      tenantId: string,
      query: ScanQuery & TimeRange & { assistantId?: string; conversationId?: string } = {},
    ): Promise<Page<UsageRecord>> {
      const limit = scanLimit(query.limit);
      const after = decodeScanCursor<number>(query.cursor, 'number');
      const q = whereBuilder([tenantId]);
      q.where.push('tenant_id = $1');
      range(q, 'at', query);
      if (after)
        q.where.push(
          `(at, seq) > (${q.p(new Date(after.at))}::timestamptz, ${q.p(after.tie)}::bigint)`,
        );
      if (query.assistantId !== undefined) q.where.push(`assistant_id = ${q.p(query.assistantId)}`);
      if (query.conversationId !== undefined)
        q.where.push(`conversation_id = ${q.p(query.conversationId)}`);
      const { rows } = await db.query<{
        seq: string | number;
        assistant_id: string;
        conversation_id: string | null;
        message_id: string | null;
        model: string;
        input_tokens: number;
        output_tokens: number;
        cost: number;
        at: Date;
      }>(
        `SELECT seq, assistant_id, conversation_id, message_id, model,
                input_tokens::float8 AS input_tokens, output_tokens::float8 AS output_tokens, cost, at
         FROM ${t.usage} WHERE ${q.sql()} ORDER BY at, seq LIMIT ${q.p(limit + 1)}`,
        q.params,
      );
      const items = rows.slice(0, limit).map(
        (r): UsageRecord => ({
          tenantId,
          assistantId: r.assistant_id,
          ...(r.conversation_id !== null && { conversationId: r.conversation_id }),
          ...(r.message_id !== null && { messageId: r.message_id }),
          model: r.model,
          inputTokens: Number(r.input_tokens),
          outputTokens: Number(r.output_tokens),
          cost: Number(r.cost),
          at: new Date(r.at),
        }),
      );
      const last = rows[limit - 1];
      return {
        items,
        nextCursor:
          rows.length > limit && last
            ? encodeScanCursor(new Date(last.at).getTime(), Number(last.seq))
            : undefined,
      };
    },

    async deleteMessages(tenantId: string, selector: MessageSelector): Promise<number> {
      const q = selected(tenantId, selector);
      const { rowCount } = await db.query(`DELETE FROM ${t.messages} WHERE ${q.sql()}`, q.params);
      return rowCount;
    },

    /**
     * Rewritten in batches in JavaScript, not with jsonb functions: a document may hold
     * text jsonb refuses (U+0000), and the rewrite must never fail on it.
     */
    async anonymiseMessages(tenantId: string, selector: MessageSelector): Promise<number> {
      const q = selected(tenantId, selector);
      q.where.push('NOT anonymised');
      let changed = 0;
      for (;;) {
        const { rows } = await db.query<{ id: string; doc: string }>(
          `SELECT id, doc FROM ${t.messages} WHERE ${q.sql()} ORDER BY seq LIMIT 500`,
          q.params,
        );
        if (rows.length === 0) return changed;
        const docs = rows.map((r) => {
          const { referral: _dropped, ...rest } = decodeJson<Message>(r.doc);
          return encodeJson({ ...rest, content: { ...ANONYMISED } });
        });
        const { rowCount } = await db.query(
          `UPDATE ${t.messages} m SET doc = u.doc, search_text = '', anonymised = true
           FROM unnest($2::text[], $3::text[]) AS u(id, doc)
           WHERE m.tenant_id = $1 AND m.id = u.id AND NOT m.anonymised`,
          [tenantId, rows.map((r) => r.id), docs],
        );
        changed += rowCount;
      }
    },

    async deleteConversation(tenantId: string, id: string): Promise<void> {
      await db.query(
        `WITH gone AS (DELETE FROM ${t.messages} WHERE tenant_id = $1 AND conversation_id = $2)
         DELETE FROM ${t.conversations} WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id],
      );
    },
  };
}
