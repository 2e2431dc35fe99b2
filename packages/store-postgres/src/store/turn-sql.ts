import type { Tables } from '../db/names.js';
import { unnestParams } from './array-param.js';

/**
 * `Store.readInbound` for several messages in one statement, one row per request in order
 * (`n`): $1 tenants, $2 channels, $3 addresses, $4 external ids, $5 history sizes, $6
 * key-value namespaces (null: none), $7 the history rows the desk holds (`HistoryCache`:
 * `RS id US version RS …`, or null) and $8 the time (for expiry). Each row holds the
 * redelivered message, the contact, its active conversation, that conversation's newest
 * messages and its entries in the namespace.
 *
 * The newest messages are one text, oldest first, joined by U+001E: each is its row
 * version (`xmin`, new on every update) then U+001F and its document, or U+001D and its
 * id when the desk holds that row at that version (named in $7): most of them, since a
 * conversation's newest messages change by one or two a turn.
 */
export function readInboundSql(t: Tables): string {
  return `SELECT q.n, m.doc AS message, k.doc AS contact, c.doc AS conversation, h.docs AS history,
      e.keys AS entry_keys, e.docs AS entries
    FROM ${unnestParams(1, ['text', 'text', 'text', 'text', 'int', 'text', 'text'])}
      WITH ORDINALITY AS q(tenant_id, channel_id, address, external_id, size, namespace, known, n)
    LEFT JOIN ${t.identities} i
      ON i.tenant_id = q.tenant_id AND i.channel_id = q.channel_id AND i.external_id = q.address
    LEFT JOIN ${t.contacts} k ON k.tenant_id = i.tenant_id AND k.id = i.contact_id
    LEFT JOIN LATERAL (
      SELECT id, doc FROM ${t.conversations}
      WHERE tenant_id = q.tenant_id AND channel_id = q.channel_id AND contact_id = k.id
        AND status <> 'closed'
      ORDER BY created_at DESC, id DESC LIMIT 1) c ON true
    LEFT JOIN LATERAL (
      -- One text joined by U+001E (JSON never holds it raw): split at once on the client,
      -- where an array of text was parsed element by element.
      SELECT string_agg(CASE
          WHEN strpos(q.known, chr(30) || id || chr(31) || version || chr(30)) > 0
          THEN version || chr(29) || id
          ELSE version || chr(31) || doc END, chr(30) ORDER BY created_at, seq) AS docs FROM (
        SELECT id, xmin::text AS version, doc, created_at, seq FROM ${t.messages}
        -- conversations.id is COLLATE "C" and messages.conversation_id is not: compared
        -- in "C" the index cannot serve the equality, and the tenant's newest messages were
        -- scanned until enough of this conversation's turned up (1 ms a turn, growing).
        WHERE tenant_id = q.tenant_id AND conversation_id = c.id COLLATE "default"
        -- In the index's order, so the planner walks messages_conversation backwards
        -- instead of sorting the tenant's messages (it did, on a fresh PGlite).
        ORDER BY tenant_id DESC, conversation_id DESC, created_at DESC, seq DESC
        LIMIT q.size) newest) h ON true
    LEFT JOIN LATERAL (
      SELECT doc FROM ${t.messages}
      WHERE tenant_id = q.tenant_id AND channel_id = q.channel_id AND external_id = q.external_id
      ORDER BY seq DESC LIMIT 1) m ON true
    LEFT JOIN LATERAL (
      -- Keys under "tenant/conversation/": a range on the primary key (keys are "C").
      SELECT array_agg(key ORDER BY key) AS keys, string_agg(value, ',' ORDER BY key) AS docs
      FROM ${t.kv}
      WHERE q.namespace IS NOT NULL AND c.id IS NOT NULL AND namespace = q.namespace
        AND key >= (q.tenant_id || '/' || c.id || '/') COLLATE "C"
        AND key < (q.tenant_id || '/' || c.id || '0') COLLATE "C"
        AND (expires_at IS NULL OR expires_at > $8)) e ON true
    ORDER BY q.n`;
}
