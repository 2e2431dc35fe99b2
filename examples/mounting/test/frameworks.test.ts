import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, it } from 'vitest';
import { expressApp } from '../src/express.js';
import { fastifyApp } from '../src/fastify.js';
import { serveHono } from '../src/hono.js';
import { type Parley, startParley } from '../src/parley.js';
import { exerciseApi, exerciseApp, type Receiver, startReceiver } from './support.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setup(): Promise<{ parley: Parley; receiver: Receiver }> {
  const receiver = await startReceiver();
  const parley = await startParley({
    basePath: '/parley/api',
    webhookUrl: receiver.url,
    webhookSecret: receiver.secret,
    allowPrivateNetworks: true,
    // The test's pages live on a loopback port picked at listen time.
    allowedOrigins: (origin) => origin !== undefined && /^http:\/\/127\.0\.0\.1:\d+$/.test(origin),
  });
  cleanup.push(receiver.close, () => parley.desk.stop());
  return { parley, receiver };
}

function closeServer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

describe('mounting Parley', () => {
  it('CH6/CH5: in Express, before the body parser, through @hono/node-server', async () => {
    const { parley, receiver } = await setup();
    const server = expressApp(parley).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    parley.chat.attach(server);
    cleanup.push(closeServer(server));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await exerciseApi(`${origin}/parley/api`, parley.inboxToken, receiver);
    await exerciseApp(origin);
  });

  it('CH6/CH5: in Fastify, in a plugin that leaves the body raw', async () => {
    const { parley, receiver } = await setup();
    const app = await fastifyApp(parley);
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    cleanup.push(() => app.close());
    await exerciseApi(`${origin}/parley/api`, parley.inboxToken, receiver);
    await exerciseApp(origin);
  });

  it('CH6/CH5: in Hono on @hono/node-server', async () => {
    const { parley, receiver } = await setup();
    const { server, port } = await serveHono(parley);
    cleanup.push(closeServer(server));
    const origin = `http://127.0.0.1:${port}`;
    await exerciseApi(`${origin}/parley/api`, parley.inboxToken, receiver);
    await exerciseApp(origin);
  });
});
