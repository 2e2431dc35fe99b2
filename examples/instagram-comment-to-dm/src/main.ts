import { createServer } from 'node:http';
import { createInterface } from 'node:readline/promises';
import { type InstagramAdapter, instagram } from '@parley/adapter-instagram';
import { buildDesk } from './build-desk.js';
import { runDemo } from './demo.js';
import { commentRules } from './rules.js';

const env = process.env;
const log = (line: string) => console.log(line);

/** Reads a Node request into a Web Request, so the adapter's `fetch` handler can answer it. */
async function serveWebhooks(adapter: InstagramAdapter, port: number) {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const response = await adapter.fetch(
      new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body !== undefined && { body }),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  log(
    `Webhook endpoint: http://localhost:${port}/instagram/webhook (expose it over https for Meta)`,
  );
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

await main();
