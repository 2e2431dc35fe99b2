// bench/console: the operator console's conversation list (GET /console/api/conversations,
// through createConsole's Request handler: auth hook, query parsing, rows, JSON) over
// 100k conversations, p50/p99, beside the store's own listConversations on the same
// queries in this run. On a Postgres server when PARLEY_BENCH_POSTGRES_URL (or
// PARLEY_TEST_POSTGRES_URL) is set, else on PGlite (noted).
import { randomBytes } from 'node:crypto';
import { createConsole } from '@parley/console';
import { createDesk, type InboxQuery } from '@parley/core';
import { createPgliteStore, createPostgresStore, type PostgresStore } from '@parley/store-postgres';
import { seedSyntheticInbox } from '@parley/store-postgres/testing';
import { percentile, report } from '../report.js';

const CONVERSATIONS = Number(process.env.BENCH_CONSOLE_CONVERSATIONS ?? 100_000);
const PER_CONVERSATION = 3;
const REPEATS = 20;
const TENANT = 'bench';
const serverUrl = process.env.PARLEY_BENCH_POSTGRES_URL || process.env.PARLEY_TEST_POSTGRES_URL;

// What an operator clicks all day: the first page of each tab and filter.
const queries: Array<[string, string, InboxQuery]> = [
  ['all (open)', 'view=all', { view: 'all', status: ['open'], limit: 50 }],
  ['unread', 'view=unread', { view: 'unread', limit: 50 }],
  ['solved', 'view=solved', { view: 'solved', limit: 50 }],
  [
    'assignee',
    'view=all&assignee=op-5',
    { view: 'all', status: ['open'], assigneeId: 'op-5', limit: 50 },
  ],
  [
    'label',
    'view=all&label=Follow%20Up',
    { view: 'all', status: ['open'], label: 'Follow Up', limit: 50 },
  ],
  ['channel', 'view=all&channel=ig', { view: 'all', status: ['open'], channelId: 'ig', limit: 50 }],
];

let store: PostgresStore;
let server: PostgresStore | undefined;
const schema = `bench_console_${randomBytes(4).toString('hex')}`;
if (serverUrl) {
  server = await createPostgresStore({ connectionString: serverUrl, schema });
  store = server;
} else {
  console.error('# console: no PARLEY_BENCH_POSTGRES_URL, measuring on PGlite');
  store = await createPgliteStore({});
}
const backend = serverUrl ? 'postgres' : 'pglite';

try {
  const started = performance.now();
  await seedSyntheticInbox({
    store: store as PostgresStore,
    tenantId: TENANT,
    conversations: CONVERSATIONS,
    messagesPerConversation: PER_CONVERSATION,
  });
  console.error(
    `# ${backend}: ${CONVERSATIONS} conversations ready in ${Math.round((performance.now() - started) / 1000)} s`,
  );
  const desk = createDesk({
    store,
    tenants: [{ id: TENANT }],
    teams: [
      {
        id: 'support',
        tenantId: TENANT,
        operators: Array.from({ length: 20 }, (_, i) => ({ id: `op-${i}`, name: `Operator ${i}` })),
      },
    ],
  });
  const operators = createConsole({
    desk,
    authenticate: () => ({ id: 'op-5', name: 'Operator 5', tenantId: TENANT, role: 'operator' }),
  });

  const consoleSamples: number[] = [];
  const storeSamples: number[] = [];
  for (let r = 0; r < REPEATS + 1; r++) {
    for (const [name, params, query] of queries) {
      let t0 = performance.now();
      const res = await operators.fetch(
        new Request(`http://bench/console/api/conversations?${params}`),
      );
      const body = (await res.json()) as { items: unknown[] };
      const consoleMs = performance.now() - t0;
      if (res.status !== 200 || body.items.length === 0)
        throw new Error(`${name}: ${res.status}, ${body.items.length} rows`);
      t0 = performance.now();
      await store.listConversations(TENANT, query);
      const storeMs = performance.now() - t0;
      if (r === 0) continue; // warm-up
      consoleSamples.push(consoleMs);
      storeSamples.push(storeMs);
    }
  }
  operators.close();
  const note = `${CONVERSATIONS} conversations (${PER_CONVERSATION} messages each) on ${backend}; first pages of ${queries.map(([n]) => n).join(', ')}; 50 rows; baseline: store.listConversations with the same queries in this run`;
  for (const p of [50, 99]) {
    report({
      bench: `console.list_p${p}_ms.${backend}`,
      value: percentile(consoleSamples, p),
      unit: 'ms',
      baseline: percentile(storeSamples, p),
      note,
    });
  }
} finally {
  if (server) await server.database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await store.close?.();
}
