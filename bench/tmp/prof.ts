import { randomBytes } from 'node:crypto';
import { createDesk, memoryChannel } from '@parley/core';
import { scriptedAssistant } from '@parley/core/testing';
import { createPostgresScheduler, createPostgresStore, createPgliteStore } from '@parley/store-postgres';

const url = process.env.PARLEY_TEST_POSTGRES_URL!;
const schema = `prof_${randomBytes(4).toString('hex')}`;
const store = process.env.PG === 'lite' ? await createPgliteStore({}) : await createPostgresStore({ connectionString: url, schema });
import('../src/store/count-statements.js');
const { countStatements } = await import('../src/store/count-statements.js');
const counter = countStatements(store as never);
const timing = new Map<string, number[]>();
{
  const db = (store as any).database;
  const q = db.query.bind(db);
  db.query = async (text: string, params?: unknown[]) => {
    const t0 = performance.now();
    try { return await q(text, params); } finally {
      const k = text.replace(/\s+/g, ' ').slice(0, 60);
      const a = timing.get(k) ?? []; a.push(performance.now() - t0); timing.set(k, a);
    }
  };
}
process.on('exit', () => { for (const [k, a] of timing) if (a.length > 100) { a.sort((x, y) => x - y); console.log(a[a.length >> 1].toFixed(3), 'ms median', a.length, k); } });
if (process.env.DROPIDX) {
  for (const ix of process.env.DROPIDX.split(',')) await (store as any).database.query(`DROP INDEX IF EXISTS "${schema}".${ix}`);
}
const channel = memoryChannel();
const desk = createDesk({
  store,
  scheduler: createPostgresScheduler({ store }),
  teams: [{ id: 'humans' }],
  assistants: [{ id: 'bot', assistant: scriptedAssistant(() => 'ok'), backupTeam: 'humans' }],
  channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }],
});
await desk.start();
const customers = Array.from({ length: Number(process.env.C ?? 50) }, (_, i) => channel.customer(`c${i}`));
const run = async (n: number) => {
  counter.reset();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let next = 0;
  await Promise.all(customers.map(async (c) => { while (next < n) { next++; await c.send('hi'); } }));
  const u = process.cpuUsage(cpu);
  const s = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ n, tps: Math.round(n / s), cpuMsPerTurn: ((u.user + u.system) / 1000 / n).toFixed(3), stmts: (counter.total / n).toFixed(2) }));
  for (const [t, k] of counter.top(10)) console.log((k / n).toFixed(2), t);
};
await run(200);
await run(Number(process.env.N ?? 1000));
await desk.stop();
if (process.env.PG !== 'lite') await store.database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
await store.close();
