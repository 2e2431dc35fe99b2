// What every framework test checks through its real HTTP server: the API channel takes a
// contact and a message, the echo reply reaches the webhook receiver signed, the widget
// script and the live-chat socket are served, and the app's own JSON route still parses.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateSecret, webhookMiddleware } from '@parley/webhooks';
import { expect } from 'vitest';
import WebSocket from 'ws';

export interface Receiver {
  url: string;
  secret: string;
  texts: string[];
  next(): Promise<string>;
  close(): Promise<void>;
}

/** Your system's webhook endpoint, on loopback: verifies each delivery. */
export async function startReceiver(): Promise<Receiver> {
  const secret = generateSecret();
  const texts: string[] = [];
  const waiting: ((text: string) => void)[] = [];
  const server: Server = createServer(
    webhookMiddleware({
      secret,
      onEvent: (event) => {
        const text = (event.data as { message?: { text?: string } }).message?.text;
        if (event.type !== 'message.sent' || text === undefined) return;
        texts.push(text);
        waiting.shift()?.(text);
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/parley`,
    secret,
    texts,
    next: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function exerciseApi(base: string, token: string, receiver: Receiver): Promise<void> {
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const contact = await fetch(`${base}/contacts`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ id: 'crm-42', name: 'Ana Souza' }),
  });
  expect(contact.status).toBe(201);
  const reply = receiver.next();
  const opened = await fetch(`${base}/contacts/crm-42/conversations`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ message: { id: 'ticket-7-1', text: 'Meu pedido ainda não chegou' } }),
  });
  expect(opened.status).toBe(201);
  expect(await opened.json()).toMatchObject({ status: 'accepted' });
  expect(await reply).toBe('echo: Meu pedido ainda não chegou');
  const refused = await fetch(`${base}/contacts`, {
    method: 'POST',
    headers: { ...auth, authorization: 'Bearer wrong' },
    body: '{}',
  });
  expect(refused.status).toBe(401);
}

export async function exerciseApp(origin: string): Promise<void> {
  const widget = await fetch(`${origin}/widget.js`);
  expect(widget.status).toBe(200);
  expect(widget.headers.get('content-type')).toContain('javascript');
  expect((await widget.text()).length).toBeGreaterThan(1000);
  // The part the widget loads on first use comes from the same route.
  const extras = await fetch(`${origin}/widget.js?part=extras`);
  expect(await extras.text()).toContain('prechat');
  const order = await fetch(`${origin}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sku: 'tenis-42' }),
  });
  expect(order.status).toBe(201);
  expect(await order.json()).toEqual({ received: { sku: 'tenis-42' } });
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/parley/livechat`, { origin });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.close();
}
