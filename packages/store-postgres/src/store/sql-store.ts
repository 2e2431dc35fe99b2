import type {
  Clock,
  Contact,
  DataStore,
  InboundRecords,
  InboxQuery,
  InboxRow,
  Message,
  Page,
  Store,
  StoreWrite,
  UsageFilter,
  UsageTotals,
} from '@parley/core';
import { freezeMessage } from '@parley/core/internal';
import { HistoryCache } from '../codec/history-cache.js';
import { decodeJson, decodeJsonList } from '../codec/json-codec.js';
import { escapeKey, unescapeKey } from '../codec/pg-text.js';
import type { SqlClient } from '../db/database.js';
import type { Tables } from '../db/names.js';
import type { ExclusiveRunner } from '../lock/advisory-lock.js';
import { batchStatement } from './batch-statement.js';
import { Combiner, writeCombiner } from './combiner.js';
import { sqlDataStore } from './data-store.js';
import { listInbox } from './inbox-sql.js';
import { sqlKeyValue } from './kv.js';
import { decodeConversation, messageParams } from './records.js';
import { readInboundSql } from './turn-sql.js';

type Doc = { doc: string };

/**
 * One `readInbound`: tenant, channel, address, external id, history size, namespace, the
 * history rows held (`HistoryCache`).
 */
type ReadRequest = [string, string, string, string, number, string | null, string | null];
interface InboundRow {
  message: string | null;
  contact: string | null;
  conversation: string | null;
  history: string | null;
  entry_keys: string[] | null;
  entries: string | null;
}

const ADDRESS_SEP = String.fromCharCode(0);

// Expired claims and key-value entries are invisible at once; deleting them is
// housekeeping, done every this many writes.
const PRUNE_EVERY = 2048;

/** The `Store` methods, written once against the tiny `Database` interface. */
export function sqlStore(
  db: SqlClient,
  t: Tables,
  clock: Clock,
  exclusive: ExclusiveRunner,
  options: { combinedInFlight?: number } = {},
): Required<Omit<Store, 'close'>> &
  Pick<DataStore, 'deleteContact'> &
  ReturnType<typeof sqlDataStore> {
  const writeBatch = async (writes: readonly StoreWrite[]) => {
    const statement = batchStatement(t, writes, clock.now());
    if (statement) await db.query(statement.text, statement.params);
  };
  // Concurrent turns' writes share round trips and commits (group commit); not inside a
  // transaction (a restore), whose statements run in order on one connection.
  const combiner = options.combinedInFlight
    ? writeCombiner(writeBatch, options.combinedInFlight)
    : undefined;
  // Concurrent turns' accept reads share round trips too.
  const readInbound = async (requests: readonly ReadRequest[]) => {
    const column = (k: number) => requests.map((r) => r[k]);
    const { rows } = await db.query<InboundRow & { n: string | number }>(readInboundSql(t), [
      column(0),
      column(1),
      column(2),
      column(3),
      column(4),
      column(5),
      column(6),
      clock.now(),
    ]);
    const byN = new Map(rows.map((r) => [Number(r.n), r]));
    return requests.map((_, i) => byN.get(i + 1));
  };
  const reads = options.combinedInFlight
    ? new Combiner(readInbound, options.combinedInFlight)
    : undefined;
  // Most of a conversation's newest messages are the same from one turn to the next.
  const histories = new HistoryCache((doc) => freezeMessage(decodeJson<Message>(doc)));
  let writes = 0;
  const prune = () => {
    if (++writes % PRUNE_EVERY !== 0) return;
    const now = clock.now();
    void db.query(`DELETE FROM ${t.claims} WHERE expires_at <= $1`, [now]).catch(() => {});
    void db.query(`DELETE FROM ${t.kv} WHERE expires_at <= $1`, [now]).catch(() => {});
  };

  const first = async <T>(text: string, params: unknown[]): Promise<T | undefined> => {
    const { rows } = await db.query<Doc>(text, params);
    return rows[0] === undefined ? undefined : decodeJson<T>(rows[0].doc);
  };

  const conversationOf = async (text: string, params: unknown[]) => {
    const { rows } = await db.query<Doc>(text, params);
    return rows[0] === undefined ? undefined : decodeConversation(rows[0].doc);
  };

  return {
    ...sqlDataStore(db, t),
    getContact: (tenantId, id) =>
      first<Contact>(`SELECT doc FROM ${t.contacts} WHERE tenant_id = $1 AND id = $2`, [
        tenantId,
        id,
      ]),
    findContactByIdentity: (tenantId, identity) =>
      first<Contact>(
        `SELECT k.doc FROM ${t.identities} i
         JOIN ${t.contacts} k ON k.tenant_id = i.tenant_id AND k.id = i.contact_id
         WHERE i.tenant_id = $1 AND i.channel_id = $2 AND i.external_id = $3`,
        [tenantId, identity.channelId, identity.externalId],
      ),
    // The single-record writes are the group statement with one record: one text to keep
    // (a contact and its identities still change together), planned once per connection.
    saveContact: (contact) => writeBatch([{ kind: 'contact', contact }]),
    async deleteContact(tenantId, id) {
      await db.query(
        `WITH gone AS (DELETE FROM ${t.identities} WHERE tenant_id = $1 AND contact_id = $2)
         DELETE FROM ${t.contacts} WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id],
      );
    },

    getConversation: (tenantId, id) =>
      conversationOf(`SELECT doc FROM ${t.conversations} WHERE tenant_id = $1 AND id = $2`, [
        tenantId,
        id,
      ]),
    findActiveConversation: (tenantId, channelId, contactId) =>
      conversationOf(
        `SELECT doc FROM ${t.conversations}
         WHERE tenant_id = $1 AND channel_id = $2 AND contact_id = $3 AND status <> 'closed'
         ORDER BY created_at DESC, id DESC LIMIT 1`,
        [tenantId, channelId, contactId],
      ),
    saveConversation: (conversation) => writeBatch([{ kind: 'conversation', conversation }]),
    listConversations: (tenantId, query: InboxQuery): Promise<Page<InboxRow>> =>
      listInbox(db, t, tenantId, query),

    appendMessage: (message) => writeBatch([{ kind: 'message', message }]),
    async updateMessage(message) {
      // Only the document changes; the row keeps its conversation, external id and order.
      await db.query(
        `UPDATE ${t.messages} SET doc = $3, search_text = $4, anonymised = $5
         WHERE tenant_id = $1 AND id = $2`,
        updateParams(messageParams(message)),
      );
    },
    async listMessages(tenantId, conversationId, options = {}) {
      const params: unknown[] = [tenantId, conversationId, options.limit ?? 50];
      const before = options.before ? `AND created_at < $${params.push(options.before)}` : '';
      const { rows } = await db.query<Doc>(
        `SELECT doc FROM (
           SELECT doc, created_at, seq FROM ${t.messages}
           WHERE tenant_id = $1 AND conversation_id = $2 ${before}
           ORDER BY created_at DESC, seq DESC LIMIT $3) newest
         ORDER BY created_at, seq`,
        params,
      );
      return rows.map((r) => decodeJson<Message>(r.doc));
    },
    findMessageByExternalId: (tenantId, channelId, externalId) =>
      first<Message>(
        `SELECT doc FROM ${t.messages}
         WHERE tenant_id = $1 AND channel_id = $2 AND external_id = $3
         ORDER BY seq DESC LIMIT 1`,
        [tenantId, channelId, externalId],
      ),

    async readInbound(tenantId, identity, externalId, options = {}) {
      const address =
        tenantId + ADDRESS_SEP + identity.channelId + ADDRESS_SEP + identity.externalId;
      const held = options.historyLimit === undefined ? undefined : histories.held(address);
      const request: ReadRequest = [
        tenantId,
        identity.channelId,
        identity.externalId,
        externalId,
        options.historyLimit ?? 0,
        options.entriesOf === undefined ? null : escapeKey(options.entriesOf),
        held?.known ?? null,
      ];
      const r = reads ? await reads.submit(request) : (await readInbound([request]))[0];
      const found: InboundRecords = {};
      if (r?.message) found.message = decodeJson<Message>(r.message);
      if (r?.contact) found.contact = decodeJson<Contact>(r.contact);
      if (r?.conversation) {
        found.conversation = decodeConversation(r.conversation);
        if (held) found.history = histories.read(address, held, r.history);
        if (options.entriesOf !== undefined) {
          const values = r.entries ? decodeJsonList(r.entries) : [];
          found.entries = (r.entry_keys ?? []).map((key, i) => ({
            key: unescapeKey(key),
            value: values[i],
          }));
        }
      }
      return found;
    },

    async claim(key, ttlMs) {
      const now = clock.now();
      const { rows } = await db.query(
        `INSERT INTO ${t.claims} (key, expires_at) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at
           WHERE ${t.claims}.expires_at <= $3
         RETURNING 1 AS won`,
        [escapeKey(key), new Date(now.getTime() + ttlMs), now],
      );
      prune();
      return rows.length === 1;
    },

    kv: (namespace) => sqlKeyValue(db, t, clock, namespace, combiner),

    batch: (writes: readonly StoreWrite[]) =>
      combiner ? combiner.submit(writes) : writeBatch(writes),

    async recordUsage(u) {
      await db.query(
        `INSERT INTO ${t.usage} (tenant_id, assistant_id, conversation_id, message_id, model,
           input_tokens, output_tokens, cost, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          u.tenantId,
          u.assistantId,
          u.conversationId ?? null,
          u.messageId ?? null,
          u.model,
          u.inputTokens,
          u.outputTokens,
          u.cost,
          u.at,
        ],
      );
    },
    async usageTotals(tenantId, filter: UsageFilter = {}): Promise<UsageTotals> {
      const params: unknown[] = [tenantId];
      const where = ['tenant_id = $1'];
      if (filter.assistantId !== undefined)
        where.push(`assistant_id = $${params.push(filter.assistantId)}`);
      if (filter.conversationId !== undefined)
        where.push(`conversation_id = $${params.push(filter.conversationId)}`);
      if (filter.since !== undefined) where.push(`at >= $${params.push(filter.since)}`);
      if (filter.until !== undefined) where.push(`at < $${params.push(filter.until)}`);
      const { rows } = await db.query<Record<keyof UsageTotals, number>>(
        `SELECT coalesce(sum(input_tokens), 0)::float8 AS "inputTokens",
                coalesce(sum(output_tokens), 0)::float8 AS "outputTokens",
                coalesce(sum(cost), 0)::float8 AS cost,
                count(*)::float8 AS calls
         FROM ${t.usage} WHERE ${where.join(' AND ')}`,
        params,
      );
      const r = rows[0]!;
      return {
        inputTokens: Number(r.inputTokens),
        outputTokens: Number(r.outputTokens),
        cost: Number(r.cost),
        calls: Number(r.calls),
      };
    },

    runExclusive: (key, fn, options) => exclusive.run(key, fn, options),
  };
}

/** $1..$5 of a message update from the upsert's $1..$9: ids, doc, search text, anonymised. */
function updateParams(p: unknown[]): unknown[] {
  return [p[0], p[1], p[7], p[6], p[8]];
}
