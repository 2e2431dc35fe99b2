// Express 5: Parley's routes go BEFORE any body parser (express.json() would consume the
// body the channel verifies and parses itself); @hono/node-server bridges node:http and
// the channel's Web Request/Response. The live-chat socket attaches to the HTTP server.
import type { Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { widgetScript } from '@parley/adapter-livechat';
import express from 'express';
import type { Parley } from './parley.js';

export function expressApp(parley: Parley): express.Express {
  const app = express();
  const toParley = getRequestListener((request) => parley.api.fetch(request));
  app.all('/parley/api/{*rest}', (req, res) => toParley(req, res));
  app.get('/widget.js', async (req, res) => {
    res.type('text/javascript').send(await widgetScript(req.url));
  });
  // Your own routes, with the body parsers they need, after Parley's.
  app.use(express.json());
  app.post('/orders', (req, res) => {
    res.status(201).json({ received: req.body });
  });
  return app;
}

/** `app.listen` returns the node:http server the live-chat socket attaches to. */
export function attachLivechat(parley: Parley, server: Server): () => void {
  return parley.chat.attach(server); // ws at /parley/livechat
}
