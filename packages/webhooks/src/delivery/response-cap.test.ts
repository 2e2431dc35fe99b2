import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryStore } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { createWebhookDelivery } from './create-delivery.js';
import { onCleanup } from './test-setup.js';

const GiB = 1024 * 1024 * 1024;

/** A receiver that answers 200 and then streams up to 1 GiB, as fast as it is read. */
async function floodingReceiver(): Promise<{
  url: string;
  written: () => number;
  closed: Promise<void>;
}> {
  let written = 0;
  let onClose!: () => void;
  const closed = new Promise<void>((resolve) => {
    onClose = resolve;
  });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const server = createServer((_req, res) => {
    res.once('close', onClose);
    res.writeHead(200, { 'content-type': 'text/plain' });
    const pump = () => {
      while (written < GiB && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, written: () => written, closed };
}

describe('response bodies', () => {
  it('P-07, OB1: a receiver streaming a 1 GiB answer is read for its first KiB only, and the connection is dropped', async () => {
    const receiver = await floodingReceiver();
    const delivery = createWebhookDelivery({
      store: createMemoryStore(),
      clock: createFakeClock(),
      allowPrivateNetworks: true,
    });
    onCleanup(() => delivery.stop());
    await delivery.addEndpoint('t1', { url: receiver.url });
    await delivery.start();
    const { deliveryIds } = await delivery.deliver('t1', 'message.sent', {});
    await delivery.idle();
    const record = await delivery.getDelivery('t1', deliveryIds[0]!);
    expect(record?.status).toBe('delivered');
    expect(record?.attempts[0]?.response).toHaveLength(1024);
    // The sender hung up; only what the sockets buffered before that left the receiver.
    await receiver.closed;
    expect(receiver.written()).toBeLessThan(32 * 1024 * 1024);
  });
});
