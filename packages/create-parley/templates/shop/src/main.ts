import { createServer } from 'node:http';
import { livechat, widgetScript } from '@parley/adapter-livechat';
import { listen, ParleyError } from '@parley/core';
import { createShopDesk } from './desk.js';
import { language } from './faq.js';

const chat = livechat();
const desk = await createShopDesk(chat);
desk.on('handoff.requested', ({ reason }) => console.log(`handed to the team: ${reason}`));
await desk.start();

const page = `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>My shop</title>
<h1>My shop</h1><p>Ask the chat in the corner.</p>
<script src="/widget.js" data-channel="web" data-lang="${language}"></script></html>`;

const server = createServer(async (req, res) => {
  if (req.url?.split('?')[0] === '/widget.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    res.end(await widgetScript(req.url)); // `?part=`: what the widget loads on first use
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
});
chat.attach(server); // the widget's socket at /parley/livechat

try {
  // Loopback unless HOST says otherwise (HOST=0.0.0.0 to serve other machines).
  const { url } = await listen(server, {
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
    hint: (next) => `start on another port: PORT=${next} npm start`,
  });
  console.log(`shop listening on ${url}`);
} catch (error) {
  await desk.stop();
  if (!ParleyError.isInstance(error)) throw error;
  console.error(error.message);
  process.exit(1);
}

const stop = async () => {
  server.close();
  await desk.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
