import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryStore } from '@parley/core';
import {
  createSigner,
  createWebhookDelivery,
  type FetchLike,
  generateSecret,
} from '@parley/webhooks';
import { report } from '../report.js';

const CONCURRENCY = 32;

/** A receiver that answers 204 and keeps nothing. */
async function startReceiver(): Promise<{
  url: string;
  count: () => number;
  close(): Promise<void>;
}> {
  let count = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    count: () => count,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

async function engineRun(
  receiver: { url: string; count: () => number },
  events: number,
  options: {
    onTick?: () => void;
    fetch?: FetchLike;
    store?: ReturnType<typeof createMemoryStore>;
  } = {},
) {
  const url = receiver.url;
  const received = receiver.count();
  const delivery = createWebhookDelivery({
    store: options.store ?? createMemoryStore(),
    allowPrivateNetworks: true,
    maxConcurrency: CONCURRENCY,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  await delivery.addEndpoint('bench', { url, types: ['message.*'], maxConcurrency: CONCURRENCY });
  await delivery.start();
  const start = performance.now();
  // Bursts of 1 000 accepted at once, as a busy desk would emit them.
  for (let i = 0; i < events; i += 1000) {
    const batch = [];
    for (let j = i; j < Math.min(events, i + 1000); j++) {
      batch.push(delivery.deliver('bench', 'message.sent', { n: j, text: 'Olá, tudo bem?' }));
    }
    await Promise.all(batch);
    options.onTick?.();
  }
  await delivery.idle();
  const seconds = (performance.now() - start) / 1000;
  await delivery.stop();
  if (receiver.count() - received !== events) throw new Error('some deliveries did not arrive');
  return { seconds };
}

/** The same signed POSTs, CONCURRENCY at a time on a keep-alive agent: no outbox, no retries. */
async function bareRun(url: string, events: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const signer = createSigner(generateSecret());
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < events) {
      const n = next++;
      const body = JSON.stringify({
        type: 'message.sent',
        timestamp: new Date().toISOString(),
        data: { n, text: 'Olá, tudo bem?' },
      });
      const headers = signer.headers({ id: `msg_${n}`, timestamp: new Date(), body });
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest(
          url,
          { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            res.on('end', resolve);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return (performance.now() - start) / 1000;
}

export async function benchDelivery(): Promise<void> {
  const receiver = await startReceiver();
  const events = 10_000;
  await engineRun(receiver, 1_000); // warm-up
  await bareRun(receiver.url, 1_000);
  const engine = await engineRun(receiver, events);
  const bare = await bareRun(receiver.url, events);
  report({
    bench: 'webhooks.deliveries_per_second',
    value: events / engine.seconds,
    unit: 'deliveries/s',
    baseline: events / bare,
    note: `${events} events to a loopback receiver, ${CONCURRENCY} in flight; baseline: the same signed POSTs sent bare on a keep-alive agent (no outbox, no log, no SSRF guard)`,
  });

  const burst = 100_000;
  const gc = globalThis.gc ?? (() => {});
  gc();
  const before = process.memoryUsage().heapUsed;
  // Live heap: sampled right after a forced collection, so garbage not yet collected
  // does not count; the raw peak (garbage included) is given in the note.
  let livePeak = before;
  let rawPeak = before;
  const sampleRaw = () => {
    rawPeak = Math.max(rawPeak, process.memoryUsage().heapUsed);
  };
  const rawTimer = setInterval(sampleRaw, 5);
  const liveTimer = setInterval(() => {
    gc();
    livePeak = Math.max(livePeak, process.memoryUsage().heapUsed);
  }, 1000);
  // The receiver here is an in-process fetch that counts and answers 204 after a turn of
  // the event loop: the burst measures the engine (outbox, queues, log), not HTTP, and
  // finishes in seconds. Deliveries over real HTTP are the figure above.
  let answered = 0;
  const counted = {
    url: 'https://hooks.example.com/burst',
    count: () => answered,
  };
  const fetchStub: FetchLike = async () => {
    await new Promise((r) => setImmediate(r));
    answered++;
    return new Response(null, { status: 204 });
  };
  // Kept alive past the run, so what it still holds can be measured.
  const store = createMemoryStore();
  const run = await engineRun(counted, burst, { onTick: sampleRaw, fetch: fetchStub, store });
  clearInterval(rawTimer);
  clearInterval(liveTimer);
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  if ((await store.kv('webhooks').list('q:')).length !== 0) throw new Error('outbox not empty');
  const mb = (bytes: number) => bytes / (1024 * 1024);
  report({
    bench: 'webhooks.burst_100k_peak_heap_growth',
    value: mb(livePeak - before),
    unit: 'MiB',
    baseline: mb(retained),
    note: `peak live heap growth (sampled after gc every second) while ${burst} events were accepted in bursts of 1000 and delivered to an in-process 204 fetch (${Math.round(burst / run.seconds)}/s; raw peak with garbage ${Math.round(mb(rawPeak - before))} MiB); baseline: heap still held once idle, i.e. the memory store's 100k delivery-log records (kept 30 days by default)`,
  });
  await receiver.close();
}
