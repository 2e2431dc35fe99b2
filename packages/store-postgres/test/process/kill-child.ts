// A desk process for the kill tests. Phase `crash`: three customers write; each turn
// stops at one point and hangs there until the test kills the process with SIGKILL:
// `accept` after its message and pending turn are recorded (host middleware, before the
// assistant), `model` inside the model call, `send` after the channel took the reply and
// before the desk recorded it, `outbox` after the outbox row and before the send. Channel
// `wa` gives the world the desk's message id as an idempotency key (like live chat, the
// API channel or Baileys); `meta` gives none (like the Graph API). Phase `resume`: the
// same database, every step normal.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type Assistant, type ChannelAdapter, contentText, createDesk } from '@parley/core';
import {
  createPgliteStore,
  createPostgresScheduler,
  createPostgresStore,
  type PostgresStore,
} from '../../src/index.js';
import { env } from './env.js';
import { worldChannel } from './world-channel.js';

const phase = env('PHASE');
const crash = phase === 'crash';
const report = (message: unknown) =>
  new Promise<void>((resolve) => process.send!(message, () => resolve()));
const hang = () => new Promise<never>(() => {});

async function open(): Promise<PostgresStore> {
  const url = process.env.DATABASE_URL;
  if (url) return createPostgresStore({ connectionString: url, schema: env('SCHEMA') });
  const pglite = await PGlite.create({
    dataDir: env('DATA_DIR'),
    extensions: { pg_trgm },
    // The first start copies an initialised data directory in rather than running initdb.
    ...(crash && { loadDataDir: new Blob([readFileSync(env('PGLITE_TEMPLATE'))]) }),
  });
  return createPgliteStore({ pglite });
}

const store = await open();
const scheduler = createPostgresScheduler({ store, pollIntervalMs: 100 });
const assistant: Assistant = {
  async respond(input) {
    if (crash && input.conversation.contactAddress === 'model') {
      await report({ at: 'model' });
      await hang();
    }
    return {
      type: 'reply',
      messages: [{ type: 'text', text: `echo: ${contentText(input.turn.at(-1)!.content)}` }],
    };
  },
};
function killable(world: ChannelAdapter): ChannelAdapter {
  return {
    ...world,
    async send(message, options) {
      if (crash && message.to === 'outbox') {
        await report({ at: 'outbox' });
        await hang();
      }
      const receipt = await world.send(message, options);
      if (crash && message.to.startsWith('send')) {
        await report({ at: message.to });
        await hang();
      }
      return receipt;
    },
  };
}
const url = env('WORLD_URL');
const wa = killable(worldChannel({ url, channelId: 'wa', owner: phase, idempotent: true }));
const meta = killable(worldChannel({ url, channelId: 'meta', owner: phase }));
const desk = createDesk({
  store,
  scheduler,
  teams: [{ id: 'support', name: 'Support' }],
  assistants: [{ id: 'bot', assistant, backupTeam: 'support' }],
  channels: [
    { id: 'wa', adapter: wa, route: { assistant: 'bot' } },
    { id: 'meta', adapter: meta, route: { assistant: 'bot' } },
  ],
});
desk.on('error', (e) => console.error(`${phase}: desk error`, e.stage, String(e.error)));
desk.use(async (ctx, next) => {
  if (crash && ctx.inbound.from.externalId === 'accept') {
    await report({ at: 'accept' });
    await hang();
  }
  await next();
});
await desk.start();
await report({ started: phase });
await hang();
