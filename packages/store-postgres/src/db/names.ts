import { createHash } from 'node:crypto';

/** Quoted, schema-qualified table names, so one SQL text serves every schema. */
export interface Tables {
  readonly schema: string;
  readonly migrations: string;
  readonly contacts: string;
  readonly identities: string;
  readonly conversations: string;
  readonly messages: string;
  readonly claims: string;
  readonly kv: string;
  readonly usage: string;
  readonly jobs: string;
  readonly leases: string;
  readonly members: string;
  readonly fanout: string;
}

export const schemaPattern = /^[a-z_][a-z0-9_]{0,39}$/;

export function tablesOf(schema: string): Tables {
  const q = (table: string) => `"${schema}"."${table}"`;
  return {
    schema,
    migrations: q('migrations'),
    contacts: q('contacts'),
    identities: q('contact_identities'),
    conversations: q('conversations'),
    messages: q('messages'),
    claims: q('claims'),
    kv: q('kv'),
    usage: q('usage'),
    jobs: q('jobs'),
    leases: q('leases'),
    members: q('lease_members'),
    fanout: q('fanout'),
  };
}

/** A signed 64-bit number from text, as a decimal string (advisory lock keys). */
export function hash64(text: string): string {
  const digest = createHash('sha256').update(text).digest();
  return digest.readBigInt64BE(0).toString();
}

/**
 * A NOTIFY channel name for `purpose` in `schema`: lower case (PGlite folds unquoted
 * names), well under Postgres' 63-byte limit, and distinct per schema.
 */
export function channelName(schema: string, purpose: string): string {
  const tag = createHash('sha256').update(schema).digest('hex').slice(0, 12);
  return `parley_${purpose}_${tag}`;
}
