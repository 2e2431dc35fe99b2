// Webhook acknowledgement time (issue 14, P-14): how long the API channel's HTTP handler
// takes to answer a customer message when the model takes 30 s, beside the same request
// with a model that answers at once, in the same run and on the same store. The turn
// runs after the answer (the message and its pending turn are recorded first), so the
// two should be alike; a handler that waited for the model would show 30,000 ms.
// Stores: the memory store, and PGlite (the durable record on the embedded engine).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiChannel, generateInboxToken } from '@parley/adapter-api';
import { type Assistant, createDesk, createMemoryStore, type Store } from '@parley/core';
import { createPgliteStore } from '@parley/store-postgres';
import { generateSecret } from '@parley/webhooks';
import { percentile, report } from '../report.js';

const MESSAGES = 200;
const CONCURRENCY = 8;
const MODEL_MS = 30_000;

/** A model that takes `ms` (or until its turn is cut by `desk.stop()`). */
function modelTaking(ms: number): Assistant {
  return {
    respond: (_input, { signal }) =>
      new Promise((resolve, reject) => {
        const reply = () => resolve({ type: 'reply', messages: [{ type: 'text', text: 'ok' }] });
        if (ms === 0) return reply();
        const timer = setTimeout(reply, ms);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      }),
  };
}

/** Per-request ack times (ms) of MESSAGES posts, CONCURRENCY in flight. */
async function ackTimes(store: Store, modelMs: number): Promise<number[]> {
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const token = generateInboxToken();
  const adapter = apiChannel({
    inboxToken: token,
    webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    webhookSecret: generateSecret(),
    deliveryOptions: { allowPrivateNetworks: true },
  });
  const desk = createDesk({
    store,
    assistants: [{ id: 'bot', assistant: modelTaking(modelMs), backupTeam: 'support' }],
    teams: [{ id: 'support' }],
    channels: [{ id: 'api', adapter, route: { assistant: 'bot' } }],
  });
  await desk.start();
  const run = `${modelMs}-${Date.now()}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  for (let i = 0; i < MESSAGES; i++) {
    const created = await adapter.fetch(
      new Request('http://parley.local/contacts', {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: `c-${run}-${i}` }),
      }),
    );
    if (created.status >= 300) throw new Error(`contact: ${created.status}`);
  }
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= MESSAGES) return;
      const started = performance.now();
      const response = await adapter.fetch(
        new Request(`http://parley.local/contacts/c-${run}-${i}/conversations`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ message: { id: `m-${run}-${i}`, text: 'hello' } }),
        }),
      );
      await response.text();
      latencies.push(performance.now() - started);
      if (response.status >= 300) throw new Error(`post: ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Cuts the 30 s turns (they stay pending); the figures are taken already.
  await desk.stop();
  receiver.close();
  return latencies;
}

async function measure(name: string, open: () => Promise<Store>) {
  const store = await open();
  await ackTimes(store, 0); // warm-up
  const instant = await ackTimes(store, 0);
  const slow = await ackTimes(store, MODEL_MS);
  await (store as { close?: () => Promise<void> }).close?.();
  const note = `API channel POST of a customer message, ${MESSAGES} requests, ${CONCURRENCY} in flight, ${name} store; baseline: the same requests with a model that answers at once`;
  report({
    bench: `webhook_ack.api_channel.${name}.p50_ms`,
    value: percentile(slow, 50),
    unit: `ms until the 200/201 with a ${MODEL_MS / 1000} s model`,
    baseline: percentile(instant, 50),
    note,
  });
  report({
    bench: `webhook_ack.api_channel.${name}.p99_ms`,
    value: percentile(slow, 99),
    unit: `ms until the 200/201 with a ${MODEL_MS / 1000} s model`,
    baseline: percentile(instant, 99),
    note,
  });
}

await measure('memory', async () => createMemoryStore());
await measure('pglite', () => createPgliteStore({}));
