import type { PGlite } from '@electric-sql/pglite';
import type { Clock } from '@parley/core';
import {
  createPgliteStore,
  createPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
} from '../../src/index.js';
import {
  dropSchema,
  dropServerSchema,
  openPglite,
  postgresUrl,
  uniqueSchema,
} from './databases.js';

/** Where a suite runs: always PGlite, and the real server when one is configured. */
export interface Target {
  name: string;
  /** True when stores are separate connections to a server (several "processes"). */
  server: boolean;
  setup(): Promise<void>;
  /** Closes every store opened and drops every schema made. */
  teardown(): Promise<void>;
  /** A store on `schema` (a fresh one when omitted). */
  open(options: {
    clock?: Clock;
    schema?: string;
    lockTimeoutMs?: number;
    search?: 'auto' | 'off';
  }): Promise<PostgresStore>;
  /** A fresh schema name, dropped on teardown. */
  schema(label: string): string;
}

function tracked(
  name: string,
  server: boolean,
  hooks: {
    setup(): Promise<void>;
    close(): Promise<void>;
    drop(schema: string): Promise<void>;
    open(options: Parameters<Target['open']>[0] & { schema: string }): Promise<PostgresStore>;
  },
): Target {
  const stores: PostgresStore[] = [];
  const schemas = new Set<string>();
  return {
    name,
    server,
    setup: hooks.setup,
    schema(label) {
      const s = uniqueSchema(label);
      schemas.add(s);
      return s;
    },
    async open(options) {
      const schema = options.schema ?? this.schema('s');
      schemas.add(schema);
      const store = await hooks.open({ ...options, schema });
      stores.push(store);
      return store;
    },
    async teardown() {
      for (const s of stores.splice(0)) await s.close().catch(() => {});
      for (const s of schemas) await hooks.drop(s);
      schemas.clear();
      await hooks.close();
    },
  };
}

export function pgliteTarget(): Target {
  let pglite: PGlite | undefined;
  return tracked('PGlite', false, {
    async setup() {
      pglite = await openPglite();
    },
    async close() {
      await pglite?.close();
    },
    drop: (schema) => dropSchema(pglite!, schema),
    open: ({ lockTimeoutMs: _unused, ...o }) => createPgliteStore({ pglite: pglite!, ...o }),
  });
}

export function serverTarget(extra: Partial<PostgresStoreOptions> = {}): Target {
  return tracked('Postgres server', true, {
    async setup() {},
    async close() {},
    drop: dropServerSchema,
    open: (o) => createPostgresStore({ connectionString: postgresUrl!, ...extra, ...o }),
  });
}

/** PGlite, plus the server when PARLEY_TEST_POSTGRES_URL is set. */
export function targets(): Target[] {
  return postgresUrl ? [pgliteTarget(), serverTarget()] : [pgliteTarget()];
}
