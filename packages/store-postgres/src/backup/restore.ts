import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Clock, DeskStore, Store } from '@parley/core';
import { ParleyError, systemClock } from '@parley/core';
import { withStoreFallbacks } from '@parley/core/internal';
import { parseTagged } from '../codec/json-codec.js';
import { tablesOf } from '../db/names.js';
import { localExclusive } from '../lock/advisory-lock.js';
import type { PostgresStore } from '../store/postgres-store.js';
import { sqlStore } from '../store/sql-store.js';
import type { BackupSummary } from './backup.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupLine,
  type BackupTrailer,
  emptyCounts,
  recordKinds,
} from './format.js';

export interface RestoreOptions {
  /** Any store: Postgres, PGlite, or the memory store. */
  store: Store;
  /** A file path, or the file's bytes. */
  from: string | Uint8Array;
  /** Restore under another tenant id (default: the one in the file). */
  tenantId?: string;
  /** For the remaining life of expiring key-value entries (default: the store's clock). */
  clock?: Clock;
}

function parseLine(line: string): BackupLine | BackupTrailer {
  try {
    return parseTagged<BackupLine | BackupTrailer>(line);
  } catch {
    throw invalid('a line is not JSON');
  }
}

const invalid = (why: string) =>
  new ParleyError(
    'FILE_INVALID',
    `Not a usable Parley backup: ${why}. Restore a file written by backupTenant(), unchanged.`,
  );

async function* readLines(from: string | Uint8Array): AsyncGenerator<string> {
  const source = typeof from === 'string' ? createReadStream(from) : Readable.from([from]);
  const gunzip = createGunzip();
  source.on('error', (error: Error) => gunzip.destroy(error));
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of lines) if (line.length > 0) yield line;
  } catch (error) {
    throw ParleyError.isInstance(error) ? error : invalid(`unreadable (${String(error)})`);
  }
}

function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    throw invalid('the first line is not a header');
  }
  if (header.format !== BACKUP_FORMAT) throw invalid('the header does not name the format');
  if (header.version !== BACKUP_VERSION) {
    throw invalid(
      `format version ${header.version} is not one this @parley/store-postgres reads (${BACKUP_VERSION}); upgrade it`,
    );
  }
  if (typeof header.tenantId !== 'string' || !header.tenantId) throw invalid('no tenant id');
  return header as BackupHeader;
}

/** Reads the whole file once: a damaged or cut-short file is refused before anything is written. */
async function verify(from: string | Uint8Array): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  const counts = emptyCounts();
  for await (const line of readLines(from)) {
    if (!header) {
      header = parseHeader(line);
      continue;
    }
    if (trailer) throw invalid('lines follow the end marker');
    const parsed = parseLine(line);
    if (parsed.kind === 'end') {
      trailer = parsed;
      continue;
    }
    if (!recordKinds.includes(parsed.kind)) throw invalid(`unknown record kind "${parsed.kind}"`);
    if (parsed.kind !== 'kv' && parsed.record.tenantId !== header.tenantId)
      throw invalid(`a ${parsed.kind} of another tenant ("${parsed.record.tenantId}")`);
    counts[parsed.kind]++;
  }
  if (!header) throw invalid('the file is empty');
  if (!trailer) throw invalid('it was cut short (no end marker)');
  for (const kind of recordKinds) {
    if (trailer.counts[kind] !== counts[kind])
      throw invalid(
        `it holds ${counts[kind]} ${kind} records where the end marker says ${trailer.counts[kind]}`,
      );
  }
  return header;
}

function isPostgresStore(store: Store): store is PostgresStore {
  return 'database' in store && 'schema' in store;
}

/**
 * Restores a file from `backupTenant` into an empty tenant of any store (the same
 * database, another one, PGlite, or memory). The file is checked whole first; on a
 * Postgres store the restore is one transaction, so it lands entirely or not at all.
 */
export async function restoreTenant(options: RestoreOptions): Promise<BackupSummary> {
  const header = await verify(options.from);
  const tenantId = options.tenantId ?? header.tenantId;
  const { store } = options;
  const clock = options.clock ?? (isPostgresStore(store) ? store.clock : systemClock);
  const existing = await store.scanConversations(tenantId, { limit: 1 });
  if (existing.items.length > 0) {
    throw new ParleyError(
      'CONFLICT',
      `Tenant "${tenantId}" already has conversations; restore into an empty tenant (pass \`tenantId\` to restore under a new one).`,
    );
  }
  const write = async (target: DeskStore) => {
    const counts = emptyCounts();
    let first = true;
    for await (const line of readLines(options.from)) {
      if (first) {
        first = false;
        continue;
      }
      const parsed = parseLine(line);
      if (parsed.kind === 'end') break;
      await apply(target, parsed, tenantId, clock);
      counts[parsed.kind]++;
    }
    return counts;
  };
  if (isPostgresStore(store)) {
    const t = tablesOf(store.schema);
    const counts = await store.database.transaction((tx) =>
      write({ ...sqlStore(tx, t, store.clock, localExclusive()) }),
    );
    return { tenantId, counts };
  }
  return { tenantId, counts: await write(withStoreFallbacks(store)) };
}

async function apply(
  store: DeskStore,
  line: BackupLine,
  tenantId: string,
  clock: Clock,
): Promise<void> {
  switch (line.kind) {
    case 'contact':
      return store.saveContact({ ...line.record, tenantId });
    case 'conversation':
      return store.saveConversation({ ...line.record, tenantId });
    case 'message':
      return store.appendMessage({ ...line.record, tenantId });
    case 'usage':
      return store.recordUsage({ ...line.record, tenantId });
    case 'kv': {
      const { namespace, key, value, expiresAt } = line.record;
      if (expiresAt === undefined) return store.kv(namespace).set(key, value);
      // Kept for what was left of its time when the backup was taken.
      const ttlMs = expiresAt.getTime() - clock.now().getTime();
      if (ttlMs > 0) await store.kv(namespace).set(key, value, { ttlMs });
      return;
    }
  }
}
