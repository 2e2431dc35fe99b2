import { afterAll, describe, expect, it } from 'vitest';
import * as route from '../src/next/app/api/parley/[...path]/route.js';
import { parley } from '../src/next/lib/parley.js';
import { startReceiver } from './support.js';

// Next.js itself is not installed here: its route handlers are plain
// `(request: Request) => Response` functions, which is what this test calls.
describe('Next.js route handler', () => {
  const receiverReady = startReceiver();
  afterAll(async () => {
    await (await parley()).desk.stop();
    await (await receiverReady).close();
  });

  it('CH6: app/api/parley/[...path]/route.ts forwards every method to the channel, one desk per process', async () => {
    const receiver = await receiverReady;
    process.env.PARLEY_WEBHOOK_URL = receiver.url;
    process.env.PARLEY_WEBHOOK_SECRET = receiver.secret;
    process.env.PARLEY_INBOX_TOKEN = 'pit_test-token-for-the-next-route-0123456789';
    const first = await parley();
    expect(await parley()).toBe(first);
    expect(route.runtime).toBe('nodejs');
    const headers = {
      authorization: `Bearer ${first.inboxToken}`,
      'content-type': 'application/json',
    };
    const contact = await route.POST(
      new Request('http://localhost:3000/api/parley/contacts', {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: 'crm-7', name: 'Budi' }),
      }),
    );
    expect(contact.status).toBe(201);
    const reply = receiver.next();
    const opened = await route.POST(
      new Request('http://localhost:3000/api/parley/contacts/crm-7/conversations', {
        method: 'POST',
        headers,
        body: JSON.stringify({ message: { id: 'm1', text: 'Halo' } }),
      }),
    );
    expect(opened.status).toBe(201);
    expect(await reply).toBe('echo: Halo');
    const got = await route.GET(
      new Request('http://localhost:3000/api/parley/contacts/crm-7', { headers }),
    );
    expect(got.status).toBe(200);
  });
});
