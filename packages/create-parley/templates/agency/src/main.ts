import { createServer } from 'node:http';
import { livechat, widgetScript } from '@parley/adapter-livechat';
import { listen, ParleyError } from '@parley/core';
import { createAgency } from './agency.js';
import { tenants } from './tenants.js';

const server = createServer();
const desk = await createAgency(tenants, (tenant) => {
  const chat = livechat();
  chat.attach(server, { path: `/parley/livechat/${tenant.id}` });
  return chat;
});
desk.on('message.received', ({ message }) => console.log(`[${message.tenantId}] new message`));
await desk.start();

server.on('request', async (req, res) => {
  if (req.url?.split('?')[0] === '/widget.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    res.end(await widgetScript(req.url)); // `?part=`: what the widget loads on first use
    return;
  }
  const tenant = tenants.find((t) => req.url === `/${t.id}/`);
  if (!tenant) {
    const links = tenants.map((t) => `<li><a href="/${t.id}/">${t.name}</a></li>`).join('');
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><meta charset="utf-8"><ul>${links}</ul>`);
    return;
  }
  const socket = `ws://${req.headers.host}/parley/livechat/${tenant.id}`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
    `<!doctype html><meta charset="utf-8"><title>${tenant.name}</title><h1>${tenant.name}</h1>
<script src="/widget.js" data-channel="${tenant.id}-web" data-lang="${tenant.language}" data-server="${socket}"></script>`,
  );
});

try {
  const { url } = await listen(server, {
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
    hint: (next) => `start on another port: PORT=${next} npm start`,
  });
  console.log(`agency listening on ${url} — ${tenants.length} tenants`);
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
