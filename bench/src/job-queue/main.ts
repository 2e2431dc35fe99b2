// bench/job-queue: the home-made Postgres scheduler beside pg-boss and graphile-worker on
// the work a desk gives a queue: jobs of many conversations, each conversation's jobs
// one at a time and in order. Each engine drains the same burst on PGlite (where it
// runs at all) and on a Postgres server (PARLEY_BENCH_POSTGRES_URL or
// PARLEY_TEST_POSTGRES_URL). Baseline: the home-made scheduler on the same database in
// this run. The bench fails if an engine ran two jobs of one conversation at once or
// out of order, or lost one.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import {
  createPgliteStore,
  createPostgresScheduler,
  createPostgresStore,
  type PostgresStore,
} from '@parley/store-postgres';
import { Logger, makeWorkerUtils, run as runGraphile } from 'graphile-worker';
import { fromPglite, PgBoss } from 'pg-boss';
import { report } from '../report.js';

const JOBS = Number(process.env.BENCH_QUEUE_JOBS ?? 1000);
const CONVERSATIONS = 50;
const CONCURRENCY = 8;
const serverUrl = process.env.PARLEY_BENCH_POSTGRES_URL || process.env.PARLEY_TEST_POSTGRES_URL;

/** Checks what the engines promise: per conversation one at a time, in order, each once. */
function ledger() {
  const running = new Set<string>();
  const next = new Map<string, number>();
  const problems: string[] = [];
  let done = 0;
  let resolveAll!: () => void;
  const all = new Promise<void>((r) => {
    resolveAll = r;
  });
  return {
    all,
    problems,
    async handle(conv: string, seq: number) {
      if (running.has(conv)) problems.push(`${conv}: two jobs at once`);
      running.add(conv);
      const expected = next.get(conv) ?? 0;
      if (seq !== expected) problems.push(`${conv}: job ${seq} ran when ${expected} was due`);
      next.set(conv, seq + 1);
      await Promise.resolve();
      running.delete(conv);
      if (++done === JOBS) resolveAll();
    },
  };
}

const jobsOf = () =>
  Array.from({ length: JOBS }, (_, i) => ({
    conv: `v${i % CONVERSATIONS}`,
    seq: Math.floor(i / CONVERSATIONS),
  }));

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return JOBS / ((performance.now() - started) / 1000);
}

/** The home-made scheduler; per-conversation order by run time, one at a time by the store lock. */
async function homeMade(store: PostgresStore): Promise<number> {
  const scheduler = createPostgresScheduler({
    store,
    concurrency: CONCURRENCY,
    pollIntervalMs: 50,
  });
  const l = ledger();
  scheduler.define<{ conv: string; seq: number }>('bench.turn', (job) =>
    store.runExclusive(job.payload.conv, () => l.handle(job.payload.conv, job.payload.seq)),
  );
  await scheduler.start();
  const base = Date.now();
  const rate = await timed(async () => {
    for (const [i, job] of jobsOf().entries()) {
      await scheduler.schedule({
        id: `bench-${i}`,
        type: 'bench.turn',
        runAt: new Date(base + i),
        payload: job,
      });
    }
    await l.all;
  });
  await scheduler.stop();
  check('home-made', l.problems);
  return rate;
}

/** pg-boss: one queue, a group per conversation with a global group concurrency of 1. */
async function pgBoss(options: ConstructorParameters<typeof PgBoss>[0]): Promise<number> {
  const boss = new PgBoss(options);
  boss.on('error', (e: unknown) => console.error('# pg-boss error', String(e)));
  await boss.start();
  await boss.createQueue('turns');
  const l = ledger();
  await boss.work<{ conv: string; seq: number }>(
    'turns',
    {
      batchSize: 1,
      localConcurrency: CONCURRENCY,
      groupConcurrency: 1,
      pollingIntervalSeconds: 0.5,
    },
    async ([job]) => l.handle(job!.data.conv, job!.data.seq),
  );
  const rate = await timed(async () => {
    for (const job of jobsOf()) await boss.send('turns', job, { group: { id: job.conv } });
    await l.all;
  });
  await boss.stop({ graceful: false });
  check('pg-boss', l.problems);
  return rate;
}

/** graphile-worker: a named queue per conversation (its jobs run one at a time, in order). */
async function graphile(connectionString: string, schema: string): Promise<number> {
  const l = ledger();
  const utils = await makeWorkerUtils({ connectionString, schema, logger: quiet });
  await utils.migrate();
  const runner = await runGraphile({
    connectionString,
    schema,
    concurrency: CONCURRENCY,
    noHandleSignals: true,
    pollInterval: 500,
    logger: quiet,
    taskList: {
      turn: async (payload) => {
        const p = payload as { conv: string; seq: number };
        await l.handle(p.conv, p.seq);
      },
    },
  });
  const rate = await timed(async () => {
    for (const job of jobsOf()) await utils.addJob('turn', job, { queueName: job.conv });
    await l.all;
  });
  await runner.stop();
  await utils.release();
  check('graphile-worker', l.problems);
  return rate;
}

function check(engine: string, problems: string[]) {
  if (problems.length > 0)
    throw new Error(
      `${engine}: per-conversation order broken:\n${problems.slice(0, 10).join('\n')}`,
    );
}

const quiet = new Logger(() => () => {});

const note = `${JOBS} jobs of ${CONVERSATIONS} conversations enqueued one by one, drained with ${CONCURRENCY} at once; each conversation one at a time and in order (checked); baseline: the home-made scheduler on the same database in this run`;

// PGlite, the embedded default.
{
  const store = await createPgliteStore({});
  const base = await homeMade(store);
  await store.close();
  const pglite = await PGlite.create();
  let boss: number | undefined;
  try {
    boss = await pgBoss({ db: fromPglite(pglite), backend: 'pglite', schema: 'pgboss' });
  } catch (error) {
    console.error(`# pg-boss on PGlite failed: ${String(error)}`);
  }
  await pglite.close();
  if (boss !== undefined)
    report({
      bench: 'job_queue.jobs_per_second.pglite.pg-boss',
      value: boss,
      unit: 'jobs/s',
      baseline: base,
      note,
    });
  console.error(
    '# graphile-worker on PGlite: not run (it needs a pg connection pool and a LISTEN client)',
  );
}

if (serverUrl) {
  const tag = randomBytes(4).toString('hex');
  const schema = `bench_queue_${tag}`;
  const store = await createPostgresStore({ connectionString: serverUrl, schema });
  try {
    const base = await homeMade(store);
    const boss = await pgBoss({ connectionString: serverUrl, schema: `bench_boss_${tag}` });
    const gw = await graphile(serverUrl, `bench_gw_${tag}`);
    report({
      bench: 'job_queue.jobs_per_second.postgres.pg-boss',
      value: boss,
      unit: 'jobs/s',
      baseline: base,
      note,
    });
    report({
      bench: 'job_queue.jobs_per_second.postgres.graphile-worker',
      value: gw,
      unit: 'jobs/s',
      baseline: base,
      note,
    });
  } finally {
    for (const s of [schema, `bench_boss_${tag}`, `bench_gw_${tag}`])
      await store.database.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await store.close();
  }
}
