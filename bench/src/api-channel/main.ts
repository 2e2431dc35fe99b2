// API channel (CH6): customer messages per second posted over its HTTP handler
// (inbox token, JSON + zod, Idempotency-Key, the desk turn with a scripted echo
// assistant, the reply queued in the durable outbox and delivered, signed, to a loopback
// receiver), beside the same desk turns fed through the in-process memory channel in the
// same run. The ratio is what the HTTP edge and the signed durable delivery cost.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiChannel, generateInboxToken } from '@parley/adapter-api';
import { type ChannelAdapter, createDesk, createMemoryStore, memoryChannel } from '@parley/core';
import { scriptedAssistant } from '@parley/core/testing';
import { generateSecret } from '@parley/webhooks';
import { percentile, report } from '../report.js';

const CONTACTS = 200;
const PER_CONTACT = 10;
const MESSAGES = CONTACTS * PER_CONTACT;
const CONCURRENCY = 32;

function deskWith(adapter: ChannelAdapter) {
  return createDesk({
    store: createMemoryStore(),
    assistants: [{ id: 'bot', assistant: scriptedAssistant(), backupTeam: 'support' }],
    teams: [{ id: 'support' }],
    channels: [{ id: 'ch', adapter, route: { assistant: 'bot' } }],
  });
}

/** Runs `send(contact, n)` for every message, CONCURRENCY at a time; per-message latencies. */
async function drive(send: (contact: number, n: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= MESSAGES) return;
      const started = performance.now();
      await send(i % CONTACTS, Math.floor(i / CONTACTS));
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return latencies;
}

async function memoryRun() {
  const channel = memoryChannel();
  const desk = deskWith(channel);
  await desk.start();
  const started = performance.now();
  const latencies = await drive(async (c, n) => {
    const outcome = await channel.customer(`contact-${c}`).send(`message ${n}`);
    if (outcome.status !== 'accepted') throw new Error(`memory channel: ${outcome.status}`);
  });
  const ms = performance.now() - started;
  const replies = channel.sent.length;
  await desk.stop();
  if (replies !== MESSAGES) throw new Error(`memory channel: ${replies} replies`);
  return { perSecond: (MESSAGES / ms) * 1000, p50: percentile(latencies, 50) };
}

async function apiRun() {
  let delivered = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      delivered++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const token = generateInboxToken();
  const adapter = apiChannel({
    inboxToken: token,
    webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    webhookSecret: generateSecret(),
    deliveryOptions: { allowPrivateNetworks: true },
  });
  const desk = deskWith(adapter);
  await desk.start();
  const post = async (path: string, body: unknown, key?: string) => {
    const response = await adapter.fetch(
      new Request(`http://parley.local${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(key && { 'idempotency-key': key }),
        },
        body: JSON.stringify(body),
      }),
    );
    if (response.status >= 300)
      throw new Error(`${path}: ${response.status} ${await response.text()}`);
  };
  for (let c = 0; c < CONTACTS; c++) await post('/contacts', { id: `contact-${c}` });

  const started = performance.now();
  const latencies = await drive((c, n) =>
    post(
      `/contacts/contact-${c}/conversations`,
      { message: { id: `m-${c}-${n}`, text: `message ${n}` } },
      `k-${c}-${n}`,
    ),
  );
  const acceptedMs = performance.now() - started;
  await adapter.webhook.idle();
  const deliveredMs = performance.now() - started;
  await desk.stop();
  receiver.close();
  if (delivered !== MESSAGES) throw new Error(`api channel: ${delivered} webhooks delivered`);
  return {
    perSecond: (MESSAGES / acceptedMs) * 1000,
    deliveredPerSecond: (MESSAGES / deliveredMs) * 1000,
    p50: percentile(latencies, 50),
  };
}

// One warm-up of each, then the measured runs.
await memoryRun();
await apiRun();
const memory = await memoryRun();
const api = await apiRun();
const note = `${MESSAGES} messages from ${CONTACTS} contacts, ${CONCURRENCY} in flight; baseline: the same turns on the memory channel`;
report({
  bench: 'api_channel.accepted_per_second',
  value: api.perSecond,
  unit: 'messages/s (HTTP request answered: turn done, reply queued in the outbox)',
  baseline: memory.perSecond,
  note,
});
report({
  bench: 'api_channel.delivered_per_second',
  value: api.deliveredPerSecond,
  unit: 'messages/s until every reply was delivered, signed, to a loopback receiver',
  baseline: memory.perSecond,
  note,
});
report({
  bench: 'api_channel.request_p50',
  value: api.p50,
  unit: 'ms per request',
  baseline: memory.p50,
  note,
});
