// An agency's white-label bot platform in one process: every business in the config
// file gets its channels, FAQ assistant, knowledge and webhooks. Edit the file (or use
// the admin API) and tenants are added, changed or removed without a restart.
//
//   pnpm --filter @parley/example-agency-multi-tenant start
//   AGENCY_CONFIG=./agency.yaml   the tenants (default: agency.example.yaml here)
//   PORT=3000                     HTTP port (admin API, live chat at /chat/<channel>, API channels at /api/<channel>)
//   HOST=127.0.0.1                interface to bind (0.0.0.0 to serve other machines)
//   ADMIN_TOKEN=…                 bearer token of the admin API (one is made up and printed if unset)
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listen, ParleyError } from '@parley/core';
import { adminHandler } from './admin-http.js';
import { createAgency } from './agency.js';
import { apiChannelsHandler } from './http-bridge.js';

const here = dirname(fileURLToPath(import.meta.url));
const configFile = process.env.AGENCY_CONFIG ?? join(here, '..', 'agency.example.yaml');
const token = process.env.ADMIN_TOKEN ?? randomBytes(18).toString('base64url');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer();
const agency = await createAgency({
  configFile,
  server,
  log: (line) => console.log(line),
  // The example's webhook receivers may run on this machine.
  webhooks: { allowPrivateNetworks: true },
});
const admin = adminHandler(agency, { token });
const api = apiChannelsHandler(agency);
server.on('request', async (req, res) => {
  if ((await admin(req, res)) || (await api(req, res))) return;
  res
    .writeHead(404, { 'content-type': 'text/plain' })
    .end('Not found. The admin API is under /admin.');
});
agency.desk.on('message.received', ({ message, contact }) => {
  if (message.content.type === 'text')
    console.log(`[${message.tenantId}] ← ${contact.name ?? contact.id}: ${message.content.text}`);
});
agency.desk.on('message.sent', ({ message }) => {
  if (message.content.type === 'text')
    console.log(`[${message.tenantId}] → ${message.content.text}`);
});
agency.desk.on('handoff.requested', ({ conversation, reason }) =>
  console.log(`[${conversation.tenantId}] ⇢ team: ${reason}`),
);
agency.desk.on('error', ({ error, stage }) => console.error(`✗ ${stage}: ${error.message}`));

await agency.start();
let url: string;
try {
  ({ url } = await listen(server, {
    port,
    host,
    hint: (next) => `start on another port: PORT=${next} npm run example agency-multi-tenant`,
  }));
} catch (error) {
  // A taken port is the user's to fix: the message says how, no stack trace.
  await agency.stop();
  if (!ParleyError.isInstance(error)) throw error;
  console.error(`\nagency: ${error.message}\n`);
  process.exit(1);
}
console.log(`agency on ${url} — config ${configFile} (watched)`);
console.log(`admin: curl -H "Authorization: Bearer ${token}" ${url}/admin/tenants`);
const demo = agency
  .tenants()
  .flatMap((t) => t.channels.filter((c) => c.kind === 'memory').map((c) => [t.id, c.id]))[0];
if (demo) {
  console.log(
    `try:   curl -H "Authorization: Bearer ${token}" -d '{"from":"5521988776655","text":"Vocês entregam em Niterói?"}' ${url}/admin/tenants/${demo[0]}/channels/${demo[1]}/messages`,
  );
}

const shutdown = async () => {
  server.close();
  await agency.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
