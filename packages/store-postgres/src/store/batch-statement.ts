import type { Contact, StoreWrite } from '@parley/core';
import { encodeJson } from '../codec/json-codec.js';
import { escapeKey } from '../codec/pg-text.js';
import type { Tables } from '../db/names.js';
import { JSON_DOCS, joinDocs, unnestParams } from './array-param.js';
import { contactSearchText, conversationParams, messageParams } from './records.js';

/** One statement: the writes as data-modifying CTEs, so they commit together in one round trip. */
export interface BatchStatement {
  text: string;
  params: unknown[];
}

// The element types of each kind's columns, in the order of its parameters.
const KV_SET = ['text', 'text', JSON_DOCS, 'timestamptz'];
const KV_DELETE = ['text', 'text'];
const MESSAGE = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'timestamptz',
  'text',
  JSON_DOCS,
  'boolean',
];
const CONTACT = ['text', 'text', 'text', JSON_DOCS, 'timestamptz'];
// Every identity of the batch's contacts: tenant, contact, channel, external id.
const IDENTITY = ['text', 'text', 'text', 'text'];
const CONVERSATION = [
  ...['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'integer', 'text'],
  ...['timestamptz', 'timestamptz', JSON_DOCS],
];
// Where each kind's parameters start.
const KV_DELETE_AT = 1 + KV_SET.length;
const MESSAGE_AT = KV_DELETE_AT + KV_DELETE.length;
const CONVERSATION_AT = MESSAGE_AT + MESSAGE.length;
const CONTACT_AT = CONVERSATION_AT + CONVERSATION.length;
const IDENTITY_AT = CONTACT_AT + CONTACT.length;

/**
 * Writes as one statement of fixed text whatever their number: each kind of record is one
 * data-modifying CTE over parallel arrays (`unnest`), so the server parses and plans the
 * text once per connection (a named prepared statement) instead of for every group. A
 * CTE per record, as before, cost more to parse and plan than to run: measured on a local
 * server, parse and bind took about 60% of a combined write's server time.
 *
 * Postgres runs every data-modifying CTE of a statement against the same snapshot, and an
 * upsert may not touch one row twice, so only the last write of each record is kept (the
 * outcome `batch` promises). Returns undefined when nothing is left to write.
 */
export function batchStatement(
  t: Tables,
  writes: readonly StoreWrite[],
  now: Date,
): BatchStatement | undefined {
  const last = new Map<string, StoreWrite>();
  for (const w of writes) {
    last.delete(recordOf(w));
    last.set(recordOf(w), w);
  }
  if (last.size === 0) return undefined;
  const kvSet = columns(KV_SET);
  const kvDelete = columns(KV_DELETE);
  const messages = columns(MESSAGE);
  const conversations = columns(CONVERSATION);
  const contacts = columns(CONTACT);
  const identities = columns(IDENTITY);
  for (const w of last.values()) {
    switch (w.kind) {
      case 'contact':
        push(contacts, contactParams(w.contact));
        for (const i of w.contact.identities)
          push(identities, [w.contact.tenantId, w.contact.id, i.channelId, i.externalId]);
        break;
      case 'conversation': {
        const row = conversationParams(w.conversation);
        // A text[] cell cannot ride in a text[][] parameter (unnest would flatten it):
        // it goes as an array literal and is cast back.
        row[9] = arrayLiteral(w.conversation.labels);
        push(conversations, row);
        break;
      }
      case 'message':
        push(messages, messageParams(w.message));
        break;
      case 'kv-set':
        push(kvSet, [
          escapeKey(w.namespace),
          escapeKey(w.key),
          encodeJson(w.value),
          w.ttlMs === undefined ? null : new Date(now.getTime() + w.ttlMs),
        ]);
        break;
      case 'kv-delete':
        push(kvDelete, [escapeKey(w.namespace), escapeKey(w.key)]);
        break;
    }
  }
  return {
    text: fixedText(t),
    params: [
      ...asParams(kvSet, KV_SET),
      ...asParams(kvDelete, KV_DELETE),
      ...asParams(messages, MESSAGE),
      ...asParams(conversations, CONVERSATION),
      ...asParams(contacts, CONTACT),
      ...asParams(identities, IDENTITY),
    ],
  };
}

function columns(types: readonly string[]): unknown[][] {
  return types.map(() => []);
}

/** A kind's columns as parameters: arrays, or one joined text for documents. */
function asParams(columns: unknown[][], types: readonly string[]): unknown[] {
  return columns.map((c, i) => (types[i] === JSON_DOCS ? joinDocs(c as string[]) : c));
}

function push(into: unknown[][], row: readonly unknown[]) {
  for (const [i, column] of into.entries()) column.push(row[i]);
}

/** A Postgres array literal of text elements, each quoted. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** The kinds' parameters in the order `batchStatement` pushes them. */
function fixedText(t: Tables): string {
  return `WITH kv_set AS (
      INSERT INTO ${t.kv} (namespace, key, value, expires_at)
      SELECT * FROM ${unnestParams(1, KV_SET)}
      ON CONFLICT (namespace, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at),
    kv_delete AS (
      DELETE FROM ${t.kv} k USING ${unnestParams(KV_DELETE_AT, KV_DELETE)} AS d(namespace, key)
      WHERE k.namespace = d.namespace COLLATE "C" AND k.key = d.key COLLATE "C"),
    message AS (
      INSERT INTO ${t.messages} (tenant_id, id, conversation_id, channel_id, external_id,
        created_at, search_text, doc, anonymised)
      -- unnest yields rows in array order, so messages of one group get their seq in order.
      SELECT * FROM ${unnestParams(MESSAGE_AT, MESSAGE)}
      ON CONFLICT (tenant_id, id) DO UPDATE SET conversation_id = EXCLUDED.conversation_id,
        channel_id = EXCLUDED.channel_id, external_id = EXCLUDED.external_id,
        created_at = EXCLUDED.created_at, search_text = EXCLUDED.search_text,
        doc = EXCLUDED.doc, anonymised = EXCLUDED.anonymised),
    conversation AS (
      INSERT INTO ${t.conversations} (tenant_id, id, channel_id, contact_id, status, handler,
        assignee_id, team_id, unread_count, labels, last_activity_at, created_at, doc)
      SELECT tenant_id, id, channel_id, contact_id, status, handler, assignee_id, team_id,
        unread_count, labels::text[], last_activity_at, created_at, doc
      FROM ${unnestParams(CONVERSATION_AT, CONVERSATION)}
        AS c(tenant_id, id, channel_id, contact_id, status, handler, assignee_id, team_id,
          unread_count, labels, last_activity_at, created_at, doc)
      ON CONFLICT (tenant_id, id) DO UPDATE SET channel_id = EXCLUDED.channel_id,
        contact_id = EXCLUDED.contact_id, status = EXCLUDED.status, handler = EXCLUDED.handler,
        assignee_id = EXCLUDED.assignee_id, team_id = EXCLUDED.team_id,
        unread_count = EXCLUDED.unread_count, labels = EXCLUDED.labels,
        last_activity_at = EXCLUDED.last_activity_at, created_at = EXCLUDED.created_at,
        doc = EXCLUDED.doc),
    contact AS (
      INSERT INTO ${t.contacts} (tenant_id, id, search_text, doc, last_seen_at)
      SELECT * FROM ${unnestParams(CONTACT_AT, CONTACT)}
      ON CONFLICT (tenant_id, id) DO UPDATE SET search_text = EXCLUDED.search_text,
        doc = EXCLUDED.doc, last_seen_at = EXCLUDED.last_seen_at),
    identity_wanted AS (
      SELECT DISTINCT * FROM ${unnestParams(IDENTITY_AT, IDENTITY)}
        AS w(tenant_id, contact_id, channel_id, external_id)),
    -- A contact's identities are the ones it lists: others it held are let go.
    identity_dropped AS (
      DELETE FROM ${t.identities} i USING ${unnestParams(CONTACT_AT, CONTACT.slice(0, 2))} AS c(tenant_id, id)
      WHERE i.tenant_id = c.tenant_id AND i.contact_id = c.id
        AND NOT EXISTS (SELECT 1 FROM identity_wanted w WHERE w.tenant_id = i.tenant_id
          AND w.contact_id = i.contact_id AND w.channel_id = i.channel_id
          AND w.external_id = i.external_id)),
    -- One that already points at its contact is left as it is (no new row version a turn).
    identity_added AS (
      INSERT INTO ${t.identities} (tenant_id, channel_id, external_id, contact_id)
      SELECT tenant_id, channel_id, external_id, contact_id FROM identity_wanted
      ON CONFLICT (tenant_id, channel_id, external_id) DO UPDATE SET contact_id = EXCLUDED.contact_id
      WHERE ${t.identities}.contact_id <> EXCLUDED.contact_id)
    SELECT 1`;
}

/** A contact upsert's columns: ids, folded search text, doc and when last seen. */
function contactParams(c: Contact): unknown[] {
  return [c.tenantId, c.id, contactSearchText(c), encodeJson(c), c.lastInboundAt ?? c.createdAt];
}

function recordOf(w: StoreWrite): string {
  const sep = String.fromCharCode(0);
  switch (w.kind) {
    case 'contact':
      return ['contact', w.contact.tenantId, w.contact.id].join(sep);
    case 'conversation':
      return ['conversation', w.conversation.tenantId, w.conversation.id].join(sep);
    case 'message':
      return ['message', w.message.tenantId, w.message.id].join(sep);
    default:
      return ['kv', w.namespace, w.key].join(sep);
  }
}
