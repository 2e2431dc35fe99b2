import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Page } from '@parley/core';
import { ParleyError } from '@parley/core';
import { decodeJson, stringifyTagged } from '../codec/json-codec.js';
import { escapeKey, unescapeKey } from '../codec/pg-text.js';
import type { SqlClient } from '../db/database.js';
import { type Tables, tablesOf } from '../db/names.js';
import { sqlDataStore } from '../store/data-store.js';
import type { PostgresStore } from '../store/postgres-store.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupHeader,
  type BackupLine,
  type BackupTrailer,
  emptyCounts,
} from './format.js';

export interface BackupOptions {
  store: PostgresStore;
  tenantId: string;
  /** A file path, or a stream you own (it is ended when the backup is written). */
  to: string | Writable;
  /** Key-value namespaces to include, e.g. `channel:wa-sales` (WhatsApp session). */
  kvNamespaces?: string[];
}

export interface BackupSummary {
  tenantId: string;
  counts: BackupCounts;
}

const BATCH = 500;

/**
 * Writes one tenant's data (IN8) as a portable file: gzip'd JSON lines, a versioned
 * header first and a trailer with counts last. Rows are read in keyset batches, so a
 * large tenant streams in constant memory. `restoreTenant` reads it into any store.
 */
export async function backupTenant(options: BackupOptions): Promise<BackupSummary> {
  if (!options.tenantId) {
    throw new ParleyError('INPUT_INVALID', 'backupTenant needs `tenantId`: whose data to back up.');
  }
  const { store, tenantId } = options;
  const counts = emptyCounts();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    tenantId,
    createdAt: store.clock.now().toISOString(),
    kvNamespaces: options.kvNamespaces ?? [],
  };
  async function* lines(db: SqlClient): AsyncGenerator<string> {
    yield `${JSON.stringify(header)}\n`;
    for await (const line of records(db, tablesOf(store.schema), header)) {
      counts[line.kind]++;
      yield `${stringifyTagged(line)}\n`;
    }
    const trailer: BackupTrailer = { kind: 'end', counts };
    yield `${JSON.stringify(trailer)}\n`;
  }
  const destination = typeof options.to === 'string' ? createWriteStream(options.to) : options.to;
  const write = (db: SqlClient) => pipeline(Readable.from(lines(db)), createGzip(), destination);
  if (store.database.kind === 'pg') {
    // One snapshot: records written meanwhile are either all in or all out.
    await store.database.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await write(tx);
    });
  } else {
    // PGlite has one connection: a long transaction would stall the desk, so read as we go.
    await write(store.database);
  }
  return { tenantId, counts };
}

async function* pages<T>(
  scan: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await scan(cursor);
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

async function* records(
  db: SqlClient,
  t: Tables,
  header: BackupHeader,
): AsyncGenerator<BackupLine> {
  const tenant = header.tenantId;
  // The export scans (IN7): keyset pages in a stable order, constant memory.
  const data = sqlDataStore(db, t);
  const limit = BATCH;
  for await (const record of pages((cursor) => data.listContacts(tenant, { limit, cursor })))
    yield { kind: 'contact', record };
  for await (const record of pages((cursor) => data.scanConversations(tenant, { limit, cursor })))
    yield { kind: 'conversation', record };
  for await (const record of pages((cursor) => data.scanMessages(tenant, { limit, cursor })))
    yield { kind: 'message', record };
  for await (const record of pages((cursor) => data.scanUsage(tenant, { limit, cursor })))
    yield { kind: 'usage', record };
  for (const namespace of header.kvNamespaces) {
    let after = '';
    for (;;) {
      const { rows } = await db.query<{ key: string; value: string; expires_at: Date | null }>(
        `SELECT key, value, expires_at FROM ${t.kv}
         WHERE namespace = $1 AND key > $2 ORDER BY key LIMIT ${BATCH}`,
        [escapeKey(namespace), after],
      );
      for (const r of rows) {
        yield {
          kind: 'kv',
          record: {
            namespace,
            key: unescapeKey(r.key),
            value: decodeJson(r.value),
            ...(r.expires_at && { expiresAt: new Date(r.expires_at) }),
          },
        };
      }
      if (rows.length < BATCH) break;
      after = rows.at(-1)!.key;
    }
  }
}
