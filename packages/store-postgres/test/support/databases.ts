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
