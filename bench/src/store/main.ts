// bench/store: turns per second through a desk, and inbox query latency (p50/p99) over
// 1M messages (100k conversations), for PGlite and a Postgres server, each beside the
// memory store measured in this same run on the same data.
// The server is used when PARLEY_BENCH_POSTGRES_URL (or PARLEY_TEST_POSTGRES_URL) is set;
// otherwise its figures are skipped with a note.
import { randomBytes } from 'node:crypto';
import {
  createDesk,
  createMemoryScheduler,
  createMemoryStore,
  type DeskStore,
  type InboxQuery,
  memoryChannel,
  type Scheduler,
} from '@parley/core';
import { encodeCursor } from '@parley/core/internal';
import { scriptedAssistant } from '@parley/core/testing';
import {
  createPgliteStore,
  createPostgresScheduler,
  createPostgresStore,
  type PostgresStore,
} from '@parley/store-postgres';
import { seedSyntheticInbox } from '@parley/store-postgres/testing';
import { percentile, report } from '../report.js';
import { countStatements, type StatementCounter } from './count-statements.js';
import { seedMemoryInbox } from './memory-seed.js';
import { scaleout } from './scaleout.js';

const CONVERSATIONS = Number(process.env.BENCH_STORE_CONVERSATIONS ?? 100_000);
const PER_CONVERSATION = 10;
// Steady state: the first thousand turns warm the JIT and each pooled connection's plans,
// and 600 measured turns (a second) swung by a third between runs.
const TURNS = Number(process.env.BENCH_STORE_TURNS ?? 3000);
const WARM_UP = 1000;
const CUSTOMERS = 50;
const SCALE_TURNS = Number(process.env.BENCH_STORE_SCALE_TURNS ?? 1000);
const REPEATS = 15;
const TENANT = 'bench';
const serverUrl = process.env.PARLEY_BENCH_POSTGRES_URL || process.env.PARLEY_TEST_POSTGRES_URL;

const filters: Array<[string, InboxQuery]> = [
  ['first page', {}],
  [
    'deep page',
    {
      cursor: encodeCursor(
        new Date(Date.parse('2026-01-01T00:00:00Z') + (CONVERSATIONS / 2) * 7000),
        `v${String(CONVERSATIONS / 2).padStart(9, '0')}`,
      ),
    },
  ],
  ['unread', { view: 'unread' }],
  ['label', { label: 'Follow Up' }],
  ['assignee', { assigneeId: 'op-5' }],
  ['channel + open', { channelId: 'ig', status: ['open'] }],
];
const searches: Array<[string, InboxQuery]> = [
  ['order number', { search: `pedido ${Math.floor(CONVERSATIONS * 0.4242)}` }],
  ['customer email', { search: `cliente${Math.floor(CONVERSATIONS * 0.77)}@example` }],
  ['common word', { search: 'entrega' }],
];

interface Figures {
  turnsPerSecond: number;
  /** SQL statements sent per answered turn (durable stores). */
  statementsPerTurn?: number;
  inbox: number[];
  search: number[];
}

async function timeQueries(
  store: DeskStore,
  queries: Array<[string, InboxQuery]>,
  repeats: number,
) {
  const samples: number[] = [];
  for (const [, query] of queries) await store.listConversations(TENANT, query); // warm-up
  for (let r = 0; r < repeats; r++) {
    for (const [name, query] of queries) {
      const started = performance.now();
      const page = await store.listConversations(TENANT, query);
      samples.push(performance.now() - started);
      if (page.items.length === 0) throw new Error(`query "${name}" found nothing`);
    }
  }
  return samples;
}

async function turnsPerSecond(
  store: DeskStore,
  scheduler: Scheduler,
  counter?: StatementCounter,
): Promise<{ rate: number; statements?: number }> {
  const channel = memoryChannel();
  const desk = createDesk({
    store,
    scheduler,
    teams: [{ id: 'humans' }],
    assistants: [{ id: 'bot', assistant: scriptedAssistant(() => 'ok'), backupTeam: 'humans' }],
    channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }],
  });
  await desk.start();
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => channel.customer(`c${i}`));
  const run = async (n: number) => {
    const started = performance.now();
    let next = 0;
    // Each customer waits for its answer before writing again, as people do.
    await Promise.all(
      customers.map(async (customer) => {
        while (next < n) {
          next++;
          await customer.send('hi');
        }
      }),
    );
    return n / ((performance.now() - started) / 1000);
  };
  await run(WARM_UP);
  counter?.reset();
  const rate = await run(TURNS);
  const statements = counter && counter.total / TURNS;
  if (channel.sent.length !== TURNS + WARM_UP)
    throw new Error(`expected every turn answered, got ${channel.sent.length}`);
  await desk.stop();
  if (counter) {
    console.error(`# statements per turn, most frequent first:`);
    for (const [text, n] of counter.top(12)) console.error(`#   ${(n / TURNS).toFixed(2)} ${text}`);
  }
  return { rate, ...(statements !== undefined && { statements }) };
}

async function measure(
  label: string,
  open: () => Promise<{
    store: DeskStore;
    scheduler: Scheduler;
    seed(): Promise<void>;
    counter?: StatementCounter;
    /** Frees the store once measured, so it takes nothing from the next one's figures. */
    done?(): Promise<void>;
  }>,
  searchRepeats = REPEATS,
): Promise<Figures> {
  const started = performance.now();
  const { store, scheduler, seed, counter, done } = await open();
  await seed();
  console.error(
    `# ${label}: ${CONVERSATIONS * PER_CONVERSATION} messages ready in ${Math.round((performance.now() - started) / 1000)} s`,
  );
  const inbox = await timeQueries(store, filters, REPEATS);
  const search = await timeQueries(store, searches, searchRepeats);
  const { rate, statements } = await turnsPerSecond(store, scheduler, counter);
  await done?.();
  return {
    turnsPerSecond: rate,
    inbox,
    search,
    ...(statements !== undefined && { statementsPerTurn: statements }),
  };
}

function durable(open: () => Promise<PostgresStore>, closeAfter = false) {
  return async () => {
    const store = await open();
    return {
      ...(closeAfter && { done: () => store.close() }),
      store,
      counter: countStatements(store),
      scheduler: createPostgresScheduler({ store }),
      seed: () =>
        seedSyntheticInbox({
          store,
          tenantId: TENANT,
          conversations: CONVERSATIONS,
          messagesPerConversation: PER_CONVERSATION,
        }),
    };
  };
}

const memory = await measure(
  'memory',
  async () => {
    const store = createMemoryStore();
    return {
      store,
      scheduler: createMemoryScheduler(),
      seed: () => seedMemoryInbox(store, TENANT, CONVERSATIONS, PER_CONVERSATION),
    };
  },
  // The memory store folds every message on each search: a few samples are plenty.
  2,
);

const results: Array<[string, Figures]> = [
  [
    'pglite',
    await measure(
      'pglite',
      durable(() => createPgliteStore({}), true),
    ),
  ],
];
if (serverUrl) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  let server: PostgresStore | undefined;
  try {
    results.push([
      'postgres',
      await measure(
        'postgres',
        durable(
          async () => (server = await createPostgresStore({ connectionString: serverUrl, schema })),
        ),
      ),
    ]);
  } finally {
    await server?.database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await server?.close();
  }
} else {
  console.error('# postgres: skipped (set PARLEY_BENCH_POSTGRES_URL to a server to include it)');
}

const note = `${CONVERSATIONS * PER_CONVERSATION} messages in ${CONVERSATIONS} conversations; baseline: the memory store on the same data in this run`;
for (const [name, f] of results) {
  report({
    bench: `store.turns_per_second.${name}`,
    value: f.turnsPerSecond,
    unit: 'turns/s',
    baseline: memory.turnsPerSecond,
    note: `${CUSTOMERS} customers, each answered before writing again; durable scheduler; ${f.statementsPerTurn?.toFixed(2)} SQL statements per turn (lock statements included); ${note}`,
  });
  for (const [kind, p] of [
    ['inbox', 50],
    ['inbox', 99],
    ['search', 50],
    ['search', 99],
  ] as const) {
    report({
      bench: `store.${kind}_p${p}_ms.${name}`,
      value: percentile(f[kind], p),
      unit: 'ms',
      baseline: percentile(memory[kind], p),
      note:
        kind === 'inbox'
          ? `filters and keyset pages (${filters.map(([n]) => n).join(', ')}); ${note}`
          : `searches (${searches.map(([n]) => n).join(', ')}); ${note}`,
    });
  }
}

if (serverUrl) {
  const figures = await scaleout(serverUrl, SCALE_TURNS, CUSTOMERS);
  report({
    bench: 'store.scaleout.cpu_efficiency',
    value: figures.three,
    unit: 'turns/CPU-s',
    baseline: figures.one,
    note: `three desk processes on one Postgres server (${SCALE_TURNS} turns each, ${CUSTOMERS} customers each, every turn checked answered once and in order) over one process alone, medians of three rounds of each; CPU of the desk processes (process.cpuUsage); ratio is the efficiency (target >= 0.8); three together answered ${Math.round(figures.threeWallTurnsPerSecond)} turns/s`,
  });
}
