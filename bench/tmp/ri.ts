import { randomBytes } from 'node:crypto';
import { execSync } from 'node:child_process';
import { createDesk, memoryChannel } from '@parley/core';
import { scriptedAssistant } from '@parley/core/testing';
import { createPostgresScheduler, createPostgresStore } from '@parley/store-postgres';
const schema = `prof_${randomBytes(4).toString('hex')}`;
const store = await createPostgresStore({ connectionString: process.env.PARLEY_TEST_POSTGRES_URL!, schema });
const channel = memoryChannel();
const desk = createDesk({ store, scheduler: createPostgresScheduler({ store }), teams: [{ id: 'humans' }],
  assistants: [{ id: 'bot', assistant: scriptedAssistant(() => 'ok'), backupTeam: 'humans' }],
  channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }] });
await desk.start();
const customers = Array.from({ length: 50 }, (_, i) => channel.customer(`c${i}`));
let next = 0;
await Promise.all(customers.map(async (c) => { while (next < 1500) { next++; await c.send('hi there, how are you doing today?'); } }));
await desk.stop();
const pg = () => Number(execSync('bash /tmp/pgcpu.sh').toString());
const N = 3000;
const run = async (label: string, fn: (i: number) => Promise<unknown>) => {
  const a = pg(); const t0 = performance.now();
  await Promise.all(Array.from({ length: 10 }, async (_, w) => { for (let i = w; i < N; i += 10) await fn(i); }));
  const b = pg();
  console.log(label, 'pg ms/call', (((b - a) * 10) / N).toFixed(3), 'wall ms/call', ((performance.now() - t0) / N).toFixed(3));
};
await run('readInbound h20', (i) => store.readInbound!('default', { channelId: 'web', externalId: `c${i % 50}` }, `x${i}`, { historyLimit: 20 }));
await run('readInbound h0', (i) => store.readInbound!('default', { channelId: 'web', externalId: `c${i % 50}` }, `x${i}`, { historyLimit: 0 }));
await run('select 1', () => store.database.query('SELECT $1::int AS x', [1]));
console.log(schema);
await store.close();
