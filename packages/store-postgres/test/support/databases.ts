import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { inject } from 'vitest';

/** Set (e.g. in CI) to also run every suite on a real server. */
export const postgresUrl = process.env.PARLEY_TEST_POSTGRES_URL || undefined;

/** A schema name no other test file or run uses. */
export function uniqueSchema(label: string): string {
  return `t_${label}_${randomBytes(5).toString('hex')}`;
}

/**
 * One in-memory PGlite per test file, cases get schemas. It starts from the data
 * directory the global setup initialised, which saves most of the seconds an open costs.
 */
export function openPglite(): Promise<PGlite> {
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  return PGlite.create({ extensions: { pg_trgm }, loadDataDir: template });
}

export async function dropSchema(
  db: { query(text: string): Promise<unknown> },
  schema: string,
): Promise<void> {
  await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** Drops `schema` on the test server through a short-lived connection. */
export async function dropServerSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await dropSchema(client, schema);
  } finally {
    await client.end();
  }
}

/**
 * What the store holds about one customer on the test server: its conversations'
 * messages, unfinished turns, outbox rows and jobs. For a failing multi-process test's
 * message, so a rare failure in CI says where the turn stopped.
 */
export async function describeCustomer(schema: string, address: string): Promise<string> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    const q = async (label: string, text: string, params: unknown[]) => {
      const { rows } = await client.query(text, params);
      return `${label}: ${JSON.stringify(rows)}`;
    };
    const s = `"${schema}"`;
    const conversations = `SELECT c.id FROM ${s}.conversations c
      JOIN ${s}.contact_identities i ON i.tenant_id = c.tenant_id AND i.contact_id = c.contact_id
      WHERE i.external_id = $1`;
    return [
      await q(
        'conversations',
        `SELECT id, status, handler, labels, last_activity_at FROM ${s}.conversations
         WHERE id IN (${conversations})`,
        [address],
      ),
      await q(
        'messages',
        `SELECT id, external_id, created_at, left(doc, 160) AS doc FROM ${s}.messages
         WHERE conversation_id IN (${conversations}) ORDER BY created_at, seq`,
        [address],
      ),
      await q(
        'pending turns and outbox rows',
        `SELECT namespace, key, left(value, 200) AS value FROM ${s}.kv
         WHERE namespace IN ('parley.turns', 'parley.outbox')
           AND key LIKE ANY (SELECT '%' || id || '%' FROM (${conversations}) x)`,
        [address],
      ),
      await q(
        'jobs',
        `SELECT type, lane, status, left(payload::text, 200) AS payload FROM ${s}.jobs
         WHERE payload::text LIKE ANY (SELECT '%' || id || '%' FROM (${conversations}) x)`,
        [address],
      ),
    ].join('\n');
  } catch (error) {
    return `(could not read the store: ${String(error)})`;
  } finally {
    await client.end();
  }
}
