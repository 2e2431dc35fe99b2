// A desk process on a PGlite data directory, for the restart test. Phase `burst`: take a
// burst of customer messages (grouped, so the answer waits for the window) and emit a
// webhook the receiver refuses once (so a retry waits), report the durable jobs, then
// wait to be killed. Phase `resume`: start again on the same directory, let the due
// jobs run, report, and exit.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createDesk } from '@parley/core';
import { scriptedAssistant } from '@parley/core/testing';
import { createWebhookDelivery, RETRY_JOB_TYPE } from '@parley/webhooks';
import { tablesOf } from '../../src/db/names.js';
import { createPgliteStore, createPostgresScheduler } from '../../src/index.js';
import { env } from './env.js';
import { offsetClock } from './offset-clock.js';
import { worldChannel } from './world-channel.js';

const phase = env('PHASE');
const world = env('WORLD_URL');
const clock = offsetClock(Number(env('CLOCK_OFFSET_MS')));
const send = (message: unknown) =>
  new Promise<void>((resolve) => process.send!(message, () => resolve()));

// The first start copies an initialised data directory in rather than running initdb.
const pglite = await PGlite.create({
  dataDir: env('DATA_DIR'),
  extensions: { pg_trgm },
  ...(phase === 'burst' && {
    loadDataDir: new Blob([readFileSync(env('PGLITE_TEMPLATE'))]),
  }),
});
const store = await createPgliteStore({ pglite, clock });
const scheduler = createPostgresScheduler({ store, pollIntervalMs: 100 });
const delivery = createWebhookDelivery({
  store,
  scheduler,
  clock,
  allowPrivateNetworks: true,
  retrySchedule: [0, 60_000],
  jitter: 0,
});
const desk = createDesk({
  store,
  scheduler,
  clock,
  teams: [{ id: 'support', name: 'Support' }],
  assistants: [{ id: 'bot', assistant: scriptedAssistant(), backupTeam: 'support' }],
  channels: [
    {
      id: 'wa',
      adapter: worldChannel({ url: world, channelId: 'wa', owner: `restart-${phase}` }),
      route: { assistant: 'bot' },
      groupMessages: { windowMs: 30_000, maxWaitMs: 60_000 },
    },
  ],
});
await desk.start();
await delivery.start();

// The jobs this test is about (the desk also keeps e.g. an auto-close timer).
const jobs = async () => {
  const { rows } = await store.database.query<{ type: string; status: string }>(
    `SELECT type, status FROM ${tablesOf(store.schema).jobs}
     WHERE status <> 'dead' AND type = ANY($1) ORDER BY type`,
    [['parley.group-flush', RETRY_JOB_TYPE]],
  );
  return rows;
};

if (phase === 'burst') {
  await delivery.addEndpoint('default', { url: `${world}/hook`, types: ['*'] });
  for (const [i, text] of ['oi', 'tudo bem?', 'qual o prazo de entrega?'].entries()) {
    const outcome = await desk.receive('wa', {
      externalId: `wamid.${i}`,
      from: { externalId: '5521988776655' },
      content: { type: 'text', text },
    });
    if (outcome.status !== 'accepted') throw new Error(`message ${i}: ${outcome.status}`);
  }
  await delivery.deliver('default', 'burst.received', { messages: 3 }, { id: 'msg_burst_1' });
  await delivery.idle();
  await send({ phase, jobs: await jobs() });
  // Mid-window, mid-retry: the test kills this process now.
  await new Promise(() => {});
} else {
  // Let the due jobs run: the grouped answer and the webhook retry.
  for (let i = 0; i < 200 && (await jobs()).length > 0; i++) {
    await scheduler.idle();
    await delivery.idle();
    await new Promise((r) => setTimeout(r, 50));
  }
  await delivery.idle();
  await send({ phase, jobs: await jobs() });
  await desk.stop();
  await delivery.stop();
  await store.close();
  await pglite.close();
  process.exit(0);
}
