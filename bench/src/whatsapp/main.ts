// bench/whatsapp: inbound messages per second through the WhatsApp adapter — Baileys
// (fake socket events shaped like Baileys' own) and Cloud API (signed webhook POSTs) —
// each beside the memory channel measured in this same run: first the adapter's own
// work (normalisation, LID/phone resolution, hand-off) with the engine stubbed, then
// the whole pipeline with an assistant answering every message.

import { baileys, cloudApi, type WhatsAppAdapter, whatsapp } from '@parley/adapter-whatsapp';
import {
  type FakeBaileys,
  fakeBaileys,
  fakeGraphServer,
  whatsappWebhookRequest,
} from '@parley/adapter-whatsapp/testing';
import {
  type ChannelAdapter,
  type ChannelContext,
  createDesk,
  createMemoryStore,
  type MemoryChannel,
  memoryChannel,
} from '@parley/core';
import { scriptedAssistant, stubChannelContext } from '@parley/core/testing';
import { report } from '../report.js';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20_000);
const CUSTOMERS = 500;
const BATCH = 50;
const BUSINESS = '+5521988776655';
const SECRET = 'bench-app-secret';
const PHONE_ID = '106540352242922';

const pn = (i: number) => `55119${String(10_000_000 + (i % CUSTOMERS))}`;
const lid = (i: number) => `${String(100_000_000_000_000 + (i % CUSTOMERS))}@lid`;

/** A text `WAMessage` as Baileys 7 delivers it: phone JID plus its LID alternate. */
function waMessage(i: number, run: string) {
  return {
    key: {
      remoteJid: `${pn(i)}@s.whatsapp.net`,
      remoteJidAlt: lid(i),
      fromMe: false,
      id: `3A${run}${i}`,
      addressingMode: 'pn',
    },
    messageTimestamp: 1767603600 + i,
    pushName: `Customer ${i % CUSTOMERS}`,
    message: { extendedTextMessage: { text: `Oi, pedido ${i}?` } },
  };
}

function stubContext(onReceive: () => void): ChannelContext {
  return stubChannelContext({
    channelId: 'bench',
    async receive() {
      onReceive();
      return { status: 'accepted', conversationId: 'c', messageId: 'm' };
    },
  });
}

const rate = (n: number, started: number) => n / ((performance.now() - started) / 1000);

const WARM_UP = 2_000;

/** A fake-socket number, unpaced: what the Baileys figures measure. */
function fakeNumber() {
  const fake = fakeBaileys({ me: BUSINESS });
  const adapter = whatsapp({
    number: BUSINESS,
    transport: baileys({ makeSocket: fake.makeSocket }),
    pacing: false,
  });
  return { fake, adapter };
}

/** Upserts a warm-up, then `MESSAGES`, in batches; the rate of the second run. */
async function measureUpserts(fake: FakeBaileys, adapter: WhatsAppAdapter): Promise<number> {
  await new Promise((r) => setImmediate(r)); // the fake socket opens
  const run = async (n: number, tag: string) => {
    const started = performance.now();
    for (let i = 0; i < n; i += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, n - i) }, (_, j) => waMessage(i + j, tag));
      fake.current.upsert(batch as never);
    }
    await adapter.whenIdle();
    return rate(n, started);
  };
  await run(WARM_UP, 'w');
  return run(MESSAGES, 'm');
}

/** Memory-channel customers send a warm-up, then `MESSAGES`; the rate of the second run. */
async function measureMemory(channel: MemoryChannel): Promise<number> {
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => channel.customer(`+${pn(i)}`));
  const run = async (n: number) => {
    const started = performance.now();
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < n; i++) pending.push(customers[i % CUSTOMERS]!.send(`Oi, pedido ${i}?`));
    await Promise.all(pending);
    return rate(n, started);
  };
  await run(WARM_UP);
  return run(MESSAGES);
}

function expectCount(what: string, got: number): void {
  if (got !== MESSAGES + WARM_UP)
    throw new Error(`expected ${MESSAGES + WARM_UP} ${what}, got ${got}`);
}

/** The adapter's own inbound work: events in, `ctx.receive()` calls out. */
async function baileysInboundOnly(): Promise<number> {
  const { fake, adapter } = fakeNumber();
  let received = 0;
  await adapter.start(stubContext(() => received++));
  const value = await measureUpserts(fake, adapter);
  expectCount('hand-offs', received);
  await adapter.stop();
  return value;
}

async function memoryInboundOnly(): Promise<number> {
  const channel = memoryChannel();
  let received = 0;
  await channel.start(stubContext(() => received++));
  const value = await measureMemory(channel);
  expectCount('hand-offs', received);
  return value;
}

function deskWith(adapter: ChannelAdapter) {
  return createDesk({
    store: createMemoryStore(),
    assistants: [{ id: 'bot', assistant: scriptedAssistant(() => 'ok'), backupTeam: 'humans' }],
    teams: [{ id: 'humans' }],
    channels: [{ id: 'wa', adapter, route: { assistant: 'bot' } }],
  });
}

async function baileysPipeline(): Promise<number> {
  const { fake, adapter } = fakeNumber();
  const desk = deskWith(adapter);
  await desk.start();
  const value = await measureUpserts(fake, adapter);
  expectCount(
    'replies',
    fake.sockets.reduce((sum, s) => sum + s.sent.length, 0),
  );
  await desk.stop();
  return value;
}

async function memoryPipeline(): Promise<number> {
  const channel = memoryChannel();
  const desk = deskWith(channel);
  await desk.start();
  const value = await measureMemory(channel);
  expectCount('replies', channel.sent.length);
  await desk.stop();
  return value;
}

/** Signed webhook POSTs (one message each) into the Cloud adapter, replies to a loopback Graph API. */
async function cloudPipeline(messages: number): Promise<number> {
  const graph = await fakeGraphServer({ accessToken: 'bench' });
  const adapter = whatsapp({
    number: BUSINESS,
    transport: cloudApi({
      phoneNumberId: PHONE_ID,
      accessToken: 'bench',
      appSecret: SECRET,
      verifyToken: 'v',
      graphUrl: graph.url,
    }),
  });
  const desk = deskWith(adapter);
  await desk.start();
  const body = (i: number, tag: string) => ({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '5521988776655', phone_number_id: PHONE_ID },
              contacts: [{ profile: { name: `Customer ${i % CUSTOMERS}` }, wa_id: pn(i) }],
              messages: [
                {
                  from: pn(i),
                  id: `wamid.${tag}${i}`,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: `Oi, pedido ${i}?` },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  const run = async (n: number, tag: string) => {
    const started = performance.now();
    for (let i = 0; i < n; i++) {
      const response = await adapter.fetch!(whatsappWebhookRequest(body(i, tag), SECRET));
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    }
    await adapter.whenIdle();
    return rate(n, started);
  };
  await run(200, 'w');
  const value = await run(messages, 'm');
  if (graph.messages.length !== messages + 200)
    throw new Error(`expected every message answered, got ${graph.messages.length}`);
  await desk.stop();
  await graph.close();
  return value;
}

const memoryOnly = await memoryInboundOnly();
report({
  bench: 'whatsapp.baileys.inbound',
  value: await baileysInboundOnly(),
  unit: 'msg/s',
  baseline: memoryOnly,
  note: 'Baileys upserts → normalised, LID/phone resolved, handed to a stubbed engine; baseline: memory channel into the same stub',
});
const memoryFull = await memoryPipeline();
report({
  bench: 'whatsapp.baileys.pipeline',
  value: await baileysPipeline(),
  unit: 'msg/s',
  baseline: memoryFull,
  note: `fake Baileys socket → whole pipeline → reply through the adapter, ${CUSTOMERS} customers; baseline: memory channel, same desk`,
});
const cloudMessages = Math.min(MESSAGES, 2_000);
report({
  bench: 'whatsapp.cloud.pipeline',
  value: await cloudPipeline(cloudMessages),
  unit: 'msg/s',
  baseline: memoryFull,
  note: `${cloudMessages} signed webhook POSTs, one message each, replies over HTTP to a loopback Graph API; baseline: memory channel, same desk`,
});
