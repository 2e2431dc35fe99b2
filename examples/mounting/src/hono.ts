// Hono: the channel is already a Web handler, so a route hands it `c.req.raw`. On Node,
// @hono/node-server serves the app and returns the node:http server the live-chat
// socket attaches to.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { widgetScript } from '@parley/adapter-livechat';
import { Hono } from 'hono';
import type { Parley } from './parley.js';

export function honoApp(parley: Parley) {
  const app = new Hono();
  app.all('/parley/api/*', (c) => parley.api.fetch(c.req.raw));
  app.get('/widget.js', async (c) =>
    c.body(await widgetScript(c.req.url), 200, {
      'content-type': 'text/javascript; charset=utf-8',
    }),
  );
  app.post('/orders', async (c) => c.json({ received: await c.req.json() }, 201));
  return app;
}

/** Serves the app on loopback (port 0 picks one) with live chat attached. */
export function serveHono(parley: Parley, port = 0): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: honoApp(parley).fetch, port, hostname: '127.0.0.1' },
      (info: AddressInfo) => resolve({ server: server as Server, port: info.port }),
    ) as Server;
    parley.chat.attach(server);
  });
}
