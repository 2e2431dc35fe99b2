// One of several desk processes sharing a Postgres server: it owns a fair share of the
// channels through leases, answers grouped bursts on them, and runs only the jobs of
// the channels it owns. SIGTERM stops it cleanly (leases given back); SIGKILL is a crash.
// WINDOW_MS 0: no grouping, every message is its own durable turn. IDEMPOTENT 1: the
// world drops a repeated send by the desk's message id (exactly-once channels).
import { createDesk } from '@parley/core';
import { scriptedAssistant } from '@parley/core/testing';
import {
  type ChannelLeases,
  createChannelLeases,
  createPostgresScheduler,
  createPostgresStore,
  leaseDeskChannels,
} from '../../src/index.js';
import { env } from './env.js';
import { worldChannel } from './world-channel.js';

const name = env('NAME');
const url = env('WORLD_URL');
const ttlMs = Number(env('LEASE_TTL_MS'));
const windowMs = Number(env('WINDOW_MS'));
const idempotent = process.env.IDEMPOTENT === '1';
const concurrency = Number(process.env.CONCURRENCY ?? 4);

const store = await createPostgresStore({
  connectionString: env('DATABASE_URL'),
  schema: env('SCHEMA'),
  poolSize: 8,
});
let leases: ChannelLeases | undefined;
const scheduler = createPostgresScheduler({
  store,
  pollIntervalMs: 250,
  leaseMs: 5_000,
  concurrency: 32,
  lanes: () => leases?.owned() ?? [],
});
const desk = createDesk({
  store,
  scheduler,
  teams: [{ id: 'support', name: 'Support' }],
  assistants: [{ id: 'bot', assistant: scriptedAssistant(), backupTeam: 'support' }],
});
desk.on('error', (e) => console.error(`${name}: desk error`, e.stage, String(e.error)));
await desk.start();
const channels = env('CHANNELS')
  .split(',')
  .map((id) => ({
    id,
    adapter: worldChannel({ url, channelId: id, owner: name, concurrency, idempotent }),
    route: { assistant: 'bot' },
    ...(windowMs > 0 && { groupMessages: { windowMs, maxWaitMs: windowMs * 4 } }),
  }));
leases = createChannelLeases({
  store,
  owner: name,
  ttlMs,
  renewEveryMs: Math.floor(ttlMs / 4),
  ...leaseDeskChannels(desk, channels),
});
await leases.start();
process.send!({ started: name });

process.on('SIGTERM', async () => {
  await leases?.stop();
  await desk.stop();
  await store.close();
  process.exit(0);
});
