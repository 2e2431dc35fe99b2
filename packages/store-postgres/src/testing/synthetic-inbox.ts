import { ParleyError } from '@parley/core';
import type { SqlClient } from '../db/database.js';
import { type Tables, tablesOf } from '../db/names.js';
import type { PostgresStore } from '../store/postgres-store.js';

export interface SyntheticInboxOptions {
  store: PostgresStore;
  tenantId: string;
  /** Conversations to make, each with its own contact. */
  conversations: number;
  /** Messages per conversation. */
  messagesPerConversation: number;
  /** Activity of conversation i is `start + i * 7 s` (default 2026-01-01). */
  start?: Date;
}

/** JSON text of an SQL value (strings quoted and escaped, times in ISO 8601). */
const j = (expr: string) => `to_json(${expr})::text`;
/** A tagged date, as the store's documents hold them. */
const date = (expr: string) => `'{"$date":' || ${j(expr)} || '}'`;
/** A JSON object built by concatenation: far cheaper than json_build_object per row. */
const object = (fields: Array<[string, string]>) =>
  `'{' || ${fields.map(([k, v]) => `'"${k}":' || ${v}`).join(` || ',' || `)} || '}'`;
const doc = (fields: Array<[string, string]>) => `'{"v":' || ${object(fields)} || '}'`;

/*
 * Conversation i: channel wa/ig/web by i % 3; solved when i % 10 = 0, closed when
 * i % 50 = 0; handler by i % 4; operator op-(i % 20) when an operator handles it; team
 * sales/support when queued; unread when i % 7 = 0; label "Follow Up" when i % 11 = 0.
 * Message j of conversation i says one of seven phrases plus "pedido <i>", so a search
 * for a common word matches many conversations and "pedido 4242" just one.
 */
function statements(t: Tables): string[] {
  const conv = `'v' || lpad(i::text, 9, '0')`;
  const contact = `'k' || lpad(i::text, 9, '0')`;
  const activity = `($3::timestamptz + i * interval '7 seconds')`;
  const sentAt = `(${activity} - (($4::int - j) * interval '1 second'))`;
  const channel = `(ARRAY['wa','ig','web'])[1 + i % 3]`;
  const status = `CASE WHEN i % 50 = 0 THEN 'closed' WHEN i % 10 = 0 THEN 'solved' ELSE 'open' END`;
  const handler = `(ARRAY['assistant','operator','queue','assistant'])[1 + i % 4]`;
  const assignee = `CASE WHEN i % 4 = 1 THEN 'op-' || (i % 20) END`;
  const team = `CASE WHEN i % 4 = 2 THEN (ARRAY['sales','support'])[1 + i % 2] END`;
  const labels = `CASE WHEN i % 11 = 0 THEN ARRAY['Follow Up'] ELSE ARRAY[]::text[] END`;
  const unread = `CASE WHEN i % 7 = 0 THEN 2 ELSE 0 END`;
  const text = `(ARRAY['qual o prazo de entrega','bom dia','quero falar com um atendente','obrigado pela ajuda','qual o preco do plano','meu boleto venceu','preciso trocar o endereco'])[1 + (i + j) % 7] || ' pedido ' || i`;
  const email = `'cliente' || i || '@example.com'`;
  return [
    `INSERT INTO ${t.contacts} (tenant_id, id, last_seen_at, search_text, doc)
     SELECT $1::text, ${contact}, $3::timestamptz, 'cliente ' || i || chr(31) || ${email},
       ${doc([
         ['id', j(contact)],
         ['tenantId', j('$1::text')],
         [
           'identities',
           `'[{"channelId":' || ${j(channel)} || ',"externalId":' || ${j("'x' || i")} || '}]'`,
         ],
         ['name', j("'Cliente ' || i")],
         ['email', j(email)],
         ['labels', `'[]'`],
         ['notes', `'[]'`],
         ['attributes', `'{}'`],
         ['createdAt', date('$3::timestamptz')],
         ['updatedAt', date('$3::timestamptz')],
       ])}
     FROM generate_series(1, $2::int) AS i`,
    `INSERT INTO ${t.identities} (tenant_id, channel_id, external_id, contact_id)
     SELECT $1::text, ${channel}, 'x' || i, ${contact} FROM generate_series(1, $2::int) AS i`,
    `INSERT INTO ${t.conversations} (tenant_id, id, channel_id, contact_id, status, handler,
       assignee_id, team_id, unread_count, labels, last_activity_at, created_at, doc)
     SELECT $1::text, ${conv}, ${channel}, ${contact}, ${status}, ${handler}, ${assignee}, ${team},
       ${unread}, ${labels}, ${activity}, ${activity},
       '{"v":' || json_strip_nulls((${object([
         ['id', j(conv)],
         ['tenantId', j('$1::text')],
         ['channelId', j(channel)],
         ['contactId', j(contact)],
         ['contactAddress', j("'x' || i")],
         ['status', j(status)],
         ['handler', j(handler)],
         ['origin', `'"customer"'`],
         ['assigneeId', `coalesce(${j(assignee)}, 'null')`],
         ['teamId', `coalesce(${j(team)}, 'null')`],
         ['unreadCount', j(unread)],
         ['labels', j(labels)],
         ['lastActivityAt', date(activity)],
         ['createdAt', date(activity)],
         ['updatedAt', date(activity)],
         ['state', `'{"n":' || i || '}'`],
       ])})::json)::text || '}'
     FROM generate_series(1, $2::int) AS i`,
    `INSERT INTO ${t.messages} (tenant_id, id, conversation_id, channel_id, external_id,
       created_at, search_text, doc)
     SELECT $1::text, 'm' || i || '_' || j, ${conv}, ${channel}, 'ext-' || i || '-' || j,
       ${sentAt}, ${text},
       ${doc([
         ['id', j("'m' || i || '_' || j")],
         ['tenantId', j('$1::text')],
         ['conversationId', j(conv)],
         ['channelId', j(channel)],
         ['contactId', j(contact)],
         ['direction', `'"inbound"'`],
         ['author', `'{"kind":"contact"}'`],
         ['content', `'{"type":"text","text":' || ${j(text)} || '}'`],
         ['status', `'"received"'`],
         ['externalId', j("'ext-' || i || '-' || j")],
         ['createdAt', date(sentAt)],
       ])}
     FROM generate_series(1, $2::int) AS i, generate_series(1, $4::int) AS j`,
  ];
}

/** Secondary indexes that bulk loading is faster without (rebuilt after). */
async function rebuildable(
  db: SqlClient,
  t: Tables,
): Promise<Array<{ name: string; def: string }>> {
  const { rows } = await db.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
     WHERE schemaname = $1 AND (tablename = 'messages' OR indexname = 'contacts_search')
       AND indexname NOT LIKE '%_pkey'`,
    [t.schema],
  );
  return rows;
}

/**
 * Fills a tenant with synthetic conversations, contacts and messages in a few bulk
 * `INSERT ... SELECT generate_series` statements, for load tests and benchmarks of the
 * inbox. The message indexes and the contact search index are dropped for the load and
 * rebuilt after it (faster than growing them row by row), then the tables are analysed.
 */
export async function seedSyntheticInbox(options: SyntheticInboxOptions): Promise<void> {
  const { store, tenantId, conversations, messagesPerConversation } = options;
  if (!Number.isInteger(conversations) || conversations < 1 || conversations > 10_000_000) {
    throw new ParleyError(
      'INPUT_INVALID',
      'conversations must be an integer from 1 to 10,000,000.',
    );
  }
  if (!Number.isInteger(messagesPerConversation) || messagesPerConversation < 0) {
    throw new ParleyError('INPUT_INVALID', 'messagesPerConversation must be a whole number.');
  }
  const t = tablesOf(store.schema);
  const db = store.database;
  const start = options.start ?? new Date('2026-01-01T00:00:00Z');
  const rebuild = await rebuildable(db, t);
  for (const index of rebuild) await db.query(`DROP INDEX "${t.schema}"."${index.name}"`);
  const [contacts, identities, convs, messages] = statements(t);
  await db.query(contacts!, [tenantId, conversations, start]);
  await db.query(identities!, [tenantId, conversations]);
  await db.query(convs!, [tenantId, conversations, start]);
  if (messagesPerConversation > 0)
    await db.query(messages!, [tenantId, conversations, start, messagesPerConversation]);
  for (const index of rebuild) await db.query(index.def);
  for (const table of [t.contacts, t.identities, t.conversations, t.messages])
    await db.query(`ANALYZE ${table}`);
}
