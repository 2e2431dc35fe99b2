// Shared set-up of this package's tests: a real desk (memory store, fake clock,
// scripted assistant) with a WhatsApp adapter over a fake Baileys socket.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ChannelOptions,
  type ChannelStatusUpdate,
  createDesk,
  createMemoryStore,
  type DeskEvents,
  type DeskPlugin,
  type Logger,
  type Store,
} from '@parley/core';
import {
  createFakeClock,
  type FakeClock,
  flushMicrotasks,
  type ScriptFn,
  scriptedAssistant,
} from '@parley/core/testing';
import { BufferJSON } from '@whiskeysockets/baileys';
import type { WhatsAppAdapter } from './adapter-types.js';
import { type BaileysOptions, baileys } from './baileys/transport.js';
import { type CloudApiOptions, cloudApi } from './cloud/transport.js';
import { type FakeBaileysOptions, fakeBaileys } from './testing/fake-baileys.js';
import { fakeGraphServer } from './testing/fake-graph.js';
import { whatsappWebhookRequest } from './testing/webhook-request.js';
import { type WhatsAppOptions, whatsapp } from './whatsapp.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

/** A fixture, bytes revived the way Baileys serialises them (`BufferJSON`). */
// biome-ignore lint/suspicious/noExplicitAny: fixtures are Baileys/Meta payloads typed at each use
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(join(fixtures, name), 'utf8'), BufferJSON.reviver) as T;
}

/** A fixture's raw text (webhook bodies are signed byte for byte). */
export function fixtureText(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}

export const BUSINESS = '+5521988776655';

/** Test customer `n` of core's channel conformance suite: a São Paulo mobile number. */
export const customerNumber = (n: number) => `+55119${String(10_000_000 + n)}`;

/** A plain-text `WAMessage` from `remoteJid`, as Baileys delivers one. */
export function textMessage(remoteJid: string, id: string, body: string, pushName = 'Ana Souza') {
  return {
    key: { remoteJid, fromMe: false, id },
    messageTimestamp: 1767603600,
    pushName,
    message: { conversation: body },
  };
}

/** Serves `https://example.com/<name>` as the bytes of `<name>`; 404 elsewhere. */
export async function fakeCdn(input: string | URL | Request): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input);
  if (url.hostname !== 'example.com') return new Response('not found', { status: 404 });
  return new Response(new TextEncoder().encode(url.pathname), {
    headers: { 'content-type': 'application/octet-stream' },
  });
}

/** A desk over `adapter` (channel `wa`), answered by a scripted assistant, errors collected. */
function startableDesk(
  adapter: WhatsAppAdapter,
  options: {
    clock: FakeClock;
    store: Store;
    script?: ScriptFn;
    channel?: Partial<Omit<ChannelOptions, 'adapter'>>;
    logger?: Logger;
    plugins?: DeskPlugin[];
  },
) {
  const assistant = scriptedAssistant(options.script ?? ((input) => `echo ${input.turn.length}`));
  const desk = createDesk({
    ...(options.logger && { logger: options.logger }),
    clock: options.clock,
    store: options.store,
    // Routes to an assistant need a backup team (RT3).
    assistants: [{ id: 'bot', assistant, backupTeam: 'humans' }],
    teams: [{ id: 'humans' }],
    channels: [adapter.channel({ id: 'wa', route: { assistant: 'bot' }, ...options.channel })],
    // A stand-in CDN: media links are downloaded by the engine (P-08), never by Baileys.
    media: { fetch: fakeCdn },
    ...(options.plugins && { plugins: options.plugins }),
  });
  const errors: Array<DeskEvents['error']> = [];
  desk.on('error', (e) => {
    errors.push(e);
  });
  return { desk, assistant, errors };
}

export interface BaileysDeskOptions {
  fake?: FakeBaileysOptions;
  /** Extra channel options (phone filters, grouping, ...). */
  channel?: Partial<Omit<ChannelOptions, 'adapter'>>;
  transport?: BaileysOptions;
  whatsapp?: Partial<WhatsAppOptions>;
  store?: Store;
  clock?: FakeClock;
  script?: ScriptFn;
}

export async function baileysDesk(options: BaileysDeskOptions = {}) {
  const clock = options.clock ?? createFakeClock('2026-01-05T09:00:00Z');
  const store = options.store ?? createMemoryStore({ clock });
  const fake = fakeBaileys(options.fake);
  const adapter = whatsapp({
    number: BUSINESS,
    // Most tests send first to numbers that never wrote; the P-26 tests pass
    // `coldMessages: undefined` to get the real default (refused).
    transport: baileys({ makeSocket: fake.makeSocket, coldMessages: true, ...options.transport }),
    pacing: false,
    random: () => 0.5,
    ...options.whatsapp,
  });
  const { desk, assistant, errors } = startableDesk(adapter, { ...options, clock, store });
  const statuses: ChannelStatusUpdate[] = [];
  desk.on('channel.status', ({ update }) => {
    statuses.push(update);
  });
  await desk.start();
  await flushMicrotasks();
  return {
    desk,
    adapter,
    fake,
    clock,
    store,
    assistant,
    statuses,
    errors,
    kv: store.kv('channel:wa'),
    /** Emits a `messages.upsert` fixture on the current socket and waits for its turns. */
    async deliver(upsert: { messages: unknown[]; type: 'notify' | 'append' }) {
      fake.current.upsert(upsert.messages as never, upsert.type);
      await adapter.whenIdle();
    },
  };
}

export const CLOUD = {
  phoneNumberId: '106540352242922',
  accessToken: 'test-token',
  appSecret: 'app-secret-for-tests',
  verifyToken: 'verify-me',
} as const;

export interface CloudDeskOptions {
  transport?: Partial<CloudApiOptions>;
  whatsapp?: Partial<WhatsAppOptions>;
  script?: ScriptFn;
  clock?: FakeClock;
  logger?: Logger;
  plugins?: DeskPlugin[];
}

/** A desk with a Cloud API adapter talking to a fake Graph API on loopback. */
export async function cloudDesk(options: CloudDeskOptions = {}) {
  const graph = await fakeGraphServer({ accessToken: CLOUD.accessToken });
  const clock = options.clock ?? createFakeClock('2026-01-05T09:00:00Z');
  const store: Store = createMemoryStore({ clock });
  const adapter = whatsapp({
    number: BUSINESS,
    transport: cloudApi({ ...CLOUD, graphUrl: graph.url, ...options.transport }),
    random: () => 0.5,
    ...options.whatsapp,
  });
  const { desk, assistant, errors } = startableDesk(adapter, { ...options, clock, store });
  const statuses: ChannelStatusUpdate[] = [];
  desk.on('channel.status', ({ update }) => {
    statuses.push(update);
  });
  await desk.start();
  return {
    desk,
    adapter,
    graph,
    clock,
    store,
    assistant,
    errors,
    statuses,
    /** POSTs a webhook body, signed, and waits for the turns it started. */
    async post(body: unknown, signature?: string): Promise<Response> {
      const response = await adapter.fetch!(
        whatsappWebhookRequest(body, CLOUD.appSecret, signature === undefined ? {} : { signature }),
      );
      await adapter.whenIdle();
      return response;
    },
    async close() {
      await desk.stop();
      await graph.close();
    },
  };
}
