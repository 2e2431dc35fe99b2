import type { Tables } from '../db/names.js';

/** One schema change. Versions only grow; a released migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  statements(t: Tables): string[];
}

/*
 * Conversation ids sort in "C" order, as JavaScript compares them, so the inbox breaks
 * ties the way the memory store does. Record documents are stored as text (see codec/json-codec.ts), not jsonb: jsonb
 * rejects U+0000, which message text may carry. The columns beside the document are
 * projections that the inbox filters and indexes read.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'records, jobs, leases, fan-out',
    statements: (t) => [
      `CREATE TABLE ${t.contacts} (
        tenant_id text NOT NULL,
        id text NOT NULL,
        search_text text NOT NULL,
        doc text NOT NULL,
        PRIMARY KEY (tenant_id, id))`,
      `CREATE TABLE ${t.identities} (
        tenant_id text NOT NULL,
        channel_id text NOT NULL,
        external_id text NOT NULL,
        contact_id text NOT NULL,
        PRIMARY KEY (tenant_id, channel_id, external_id))`,
      `CREATE INDEX contact_identities_contact ON ${t.identities} (tenant_id, contact_id)`,
      `CREATE TABLE ${t.conversations} (
        tenant_id text NOT NULL,
        id text COLLATE "C" NOT NULL,
        channel_id text NOT NULL,
        contact_id text NOT NULL,
        status text NOT NULL,
        handler text NOT NULL,
        assignee_id text,
        team_id text,
        unread_count integer NOT NULL,
        labels text[] NOT NULL,
        last_activity_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        doc text NOT NULL,
        PRIMARY KEY (tenant_id, id))`,
      // The inbox order, and keyset pagination on it.
      `CREATE INDEX conversations_inbox ON ${t.conversations} (tenant_id, last_activity_at DESC, id DESC)`,
      `CREATE INDEX conversations_unread ON ${t.conversations} (tenant_id, last_activity_at DESC, id DESC) WHERE unread_count > 0`,
      `CREATE INDEX conversations_status ON ${t.conversations} (tenant_id, status, last_activity_at DESC, id DESC)`,
      `CREATE INDEX conversations_channel ON ${t.conversations} (tenant_id, channel_id, last_activity_at DESC, id DESC)`,
      `CREATE INDEX conversations_handler ON ${t.conversations} (tenant_id, handler, last_activity_at DESC, id DESC)`,
      `CREATE INDEX conversations_assignee ON ${t.conversations} (tenant_id, assignee_id, last_activity_at DESC, id DESC) WHERE assignee_id IS NOT NULL`,
      `CREATE INDEX conversations_team ON ${t.conversations} (tenant_id, team_id, last_activity_at DESC, id DESC) WHERE team_id IS NOT NULL`,
      `CREATE INDEX conversations_labels ON ${t.conversations} USING gin (labels)`,
      `CREATE INDEX conversations_active ON ${t.conversations} (tenant_id, channel_id, contact_id, created_at DESC) WHERE status <> 'closed'`,
      `CREATE INDEX conversations_contact ON ${t.conversations} (tenant_id, contact_id)`,
      `CREATE TABLE ${t.messages} (
        tenant_id text NOT NULL,
        id text NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        conversation_id text NOT NULL,
        channel_id text NOT NULL,
        external_id text,
        created_at timestamptz NOT NULL,
        search_text text NOT NULL,
        doc text NOT NULL,
        PRIMARY KEY (tenant_id, id))`,
      `CREATE INDEX messages_conversation ON ${t.messages} (tenant_id, conversation_id, created_at, seq)`,
      `CREATE INDEX messages_external ON ${t.messages} (tenant_id, channel_id, external_id, seq) WHERE external_id IS NOT NULL`,
      `CREATE TABLE ${t.claims} (
        key text COLLATE "C" PRIMARY KEY,
        expires_at timestamptz NOT NULL)`,
      `CREATE INDEX claims_expiry ON ${t.claims} (expires_at)`,
      `CREATE TABLE ${t.kv} (
        namespace text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        value text NOT NULL,
        expires_at timestamptz,
        PRIMARY KEY (namespace, key))`,
      `CREATE INDEX kv_expiry ON ${t.kv} (expires_at) WHERE expires_at IS NOT NULL`,
      `CREATE TABLE ${t.usage} (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tenant_id text NOT NULL,
        assistant_id text NOT NULL,
        conversation_id text,
        message_id text,
        model text NOT NULL,
        input_tokens bigint NOT NULL,
        output_tokens bigint NOT NULL,
        cost double precision NOT NULL,
        at timestamptz NOT NULL)`,
      `CREATE INDEX usage_tenant_at ON ${t.usage} (tenant_id, at)`,
      `CREATE INDEX usage_conversation ON ${t.usage} (tenant_id, conversation_id) WHERE conversation_id IS NOT NULL`,
      `CREATE TABLE ${t.jobs} (
        id text PRIMARY KEY,
        type text NOT NULL,
        lane text,
        status text NOT NULL,
        run_at timestamptz NOT NULL,
        payload text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        rescheduled boolean NOT NULL DEFAULT false,
        lease_token text,
        lease_until timestamptz,
        last_error text,
        updated_at timestamptz NOT NULL)`,
      `CREATE INDEX jobs_due ON ${t.jobs} (run_at) WHERE status = 'scheduled'`,
      `CREATE INDEX jobs_leased ON ${t.jobs} (lease_until) WHERE status = 'running'`,
      `CREATE TABLE ${t.leases} (
        name text PRIMARY KEY,
        owner text NOT NULL,
        token bigint NOT NULL,
        expires_at timestamptz NOT NULL)`,
      `CREATE TABLE ${t.members} (
        grp text NOT NULL,
        owner text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (grp, owner))`,
      `CREATE TABLE ${t.fanout} (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        topic text NOT NULL,
        payload text NOT NULL,
        created_at timestamptz NOT NULL)`,
    ],
  },
  {
    version: 2,
    name: 'data scans and retention (IN7, IN8)',
    statements: (t) => [
      // When a contact last wrote (or was created, if never): inactive-contact clean-up.
      `ALTER TABLE ${t.contacts} ADD COLUMN last_seen_at timestamptz`,
      `UPDATE ${t.contacts} SET last_seen_at = coalesce(
         (doc::json -> 'v' -> 'lastInboundAt' ->> '$date')::timestamptz,
         (doc::json -> 'v' -> 'createdAt' ->> '$date')::timestamptz)`,
      `CREATE INDEX contacts_last_seen ON ${t.contacts} (tenant_id, last_seen_at)`,
      `ALTER TABLE ${t.messages} ADD COLUMN anonymised boolean NOT NULL DEFAULT false`,
      `CREATE INDEX messages_timeline ON ${t.messages} (tenant_id, created_at, id COLLATE "C")`,
      `CREATE INDEX conversations_created ON ${t.conversations} (tenant_id, created_at, id)`,
      `DROP INDEX "${t.schema}".usage_tenant_at`,
      `CREATE INDEX usage_timeline ON ${t.usage} (tenant_id, at, seq)`,
    ],
  },
];
