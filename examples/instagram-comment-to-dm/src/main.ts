import { createServer } from 'node:http';
import { createInterface } from 'node:readline/promises';
import { getRequestListener } from '@hono/node-server';
import { type InstagramAdapter, instagram } from '@parley/adapter-instagram';
import { listen, ParleyError } from '@parley/core';
import { buildDesk } from './build-desk.js';
import { runDemo } from './demo.js';
import { commentRules } from './rules.js';

const env = process.env;
const log = (line: string) => console.log(line);

/** Serves the adapter's Web `fetch` handler on node:http (bridged by @hono/node-server). */
async function serveWebhooks(adapter: InstagramAdapter, port: number) {
  const server = createServer(getRequestListener((request) => adapter.fetch(request)));
  const { url } = await listen(server, {
    port,
    host: env.HOST ?? '127.0.0.1',
    hint: (next) => `start on another port: PORT=${next} npm run example instagram-comment-to-dm`,
  });
  log(`Webhook endpoint: ${url}/instagram/webhook (expose it over https for Meta)`);
}

async function main() {
  if (env.IG_ACCOUNT_ID && env.IG_ACCESS_TOKEN && env.IG_APP_SECRET && env.IG_VERIFY_TOKEN) {
    // Official: Instagram API with Instagram Login, webhooks subscribed to messages and comments.
    const adapter = instagram({
      transport: 'webhooks',
      accountId: env.IG_ACCOUNT_ID,
      accessToken: env.IG_ACCESS_TOKEN,
      appSecret: env.IG_APP_SECRET,
      verifyToken: env.IG_VERIFY_TOKEN,
      commentRules,
    });
    await buildDesk(adapter, { log }).start();
    await serveWebhooks(adapter, Number(env.PORT ?? 3000));
    return;
  }
  if (env.IG_USERNAME) {
    // Unofficial: an app session through instagram-private-api, polled.
    const adapter = instagram({
      transport: 'private',
      username: env.IG_USERNAME,
      ...(env.IG_PASSWORD !== undefined && { password: env.IG_PASSWORD }),
      commentRules,
    });
    const desk = buildDesk(adapter, { log });
    desk.on('channel.status', async ({ update }) => {
      if (update.state !== 'challenge') return;
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      const code = await prompt.question('Security code from Instagram: ');
      prompt.close();
      await adapter.submitCode(code).catch((e: Error) => log(`✗ ${e.message}`));
    });
    await desk.start();
    return;
  }
  log('No IG_* settings: running the offline demo (see README for the real thing).\n');
  for (const line of await runDemo()) log(line);
}

try {
  await main();
} catch (error) {
  // Setup problems (a taken port, bad settings) say how to fix them: no stack trace.
  if (!ParleyError.isInstance(error)) throw error;
  console.error(`\ninstagram-comment-to-dm: ${error.message}\n`);
  process.exit(1);
}
