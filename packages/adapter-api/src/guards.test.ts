import { ParleyError } from '@parley/core';
import { generateSecret } from '@parley/webhooks';
import { describe, expect, it } from 'vitest';
import { apiChannel } from './api-channel.js';
import {
  call,
  read,
  type SetupOptions,
  setupChannel,
  startDesk,
  startReceiver,
  TOKEN,
  testChannel,
  WEBHOOK_SECRET,
} from './harness.test-support.js';
import { generateInboxToken, tokenBits } from './http/inbox-token.js';

const setup = (channel: SetupOptions['channel'] = {}) =>
  setupChannel({ channel, contact: 'crm-1' });

/** Nothing of these requests may reach the desk. */
async function conversations(desk: Awaited<ReturnType<typeof setup>>['desk']) {
  return (await desk.inbox.list({ channelId: 'api' })).items.length;
}

const post = (body: unknown, headers?: Record<string, string>) =>
  ['POST', '/contacts/crm-1/conversations', body, headers] as const;

describe('API channel: bad requests are refused with a reason', () => {
  it('CH6: a wrong, missing or malformed inbox token is 401 and reaches nothing', async () => {
    const { adapter, desk } = await setup();
    const body = { message: { text: 'hi' } };
    const cases: Array<[Record<string, string>, string]> = [
      [{ authorization: 'Bearer wrong-token-of-the-same-size-00' }, 'invalid_token'],
      [{ authorization: `Bearer ${TOKEN}x` }, 'invalid_token'],
      [{ authorization: `Bearer ${TOKEN.slice(0, -1)}` }, 'invalid_token'],
      [{ authorization: '' }, 'missing_token'],
      [{ authorization: `Basic ${TOKEN}` }, 'invalid_authorization'],
      [{ authorization: `Bearer ${TOKEN} extra` }, 'invalid_authorization'],
    ];
    for (const [headers, reason] of cases) {
      const r = await read(call(adapter, ...post(body, headers)));
      expect(r.status, reason).toBe(401);
      expect(r.body.error).toBe(reason);
      expect(r.body.message).toContain('Bearer');
      expect(r.headers.get('www-authenticate')).toContain('Bearer');
    }
    const noHeader = await adapter.fetch(
      new Request('http://parley.test/contacts/crm-1', { method: 'GET' }),
    );
    expect(noHeader.status).toBe(401);
    expect(await conversations(desk)).toBe(0);
  });

  it('CH6: a missing, garbled or non-JSON body is refused before anything runs', async () => {
    const { adapter, desk } = await setup();
    const empty = await read(call(adapter, 'POST', '/contacts/crm-1/conversations', ''));
    expect(empty).toMatchObject({ status: 400, body: { error: 'body_required' } });
    const garbled = await read(call(adapter, ...post('{"message": {"text": "hi"')));
    expect(garbled).toMatchObject({ status: 400, body: { error: 'invalid_json' } });
    expect(garbled.body.message).toMatch(/not valid JSON/);
    const notUtf8 = await adapter.fetch(
      new Request('http://parley.test/contacts', {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      }),
    );
    expect((await read(notUtf8)).body.error).toBe('invalid_json');
    const form = await read(
      call(adapter, ...post('message=hi', { 'content-type': 'application/x-www-form-urlencoded' })),
    );
    expect(form).toMatchObject({ status: 415, body: { error: 'unsupported_media_type' } });
    expect(await conversations(desk)).toBe(0);
  });

  it('CH6: invalid fields are 422 naming each field', async () => {
    const { adapter, desk } = await setup();
    const noText = await read(call(adapter, ...post({ message: {} })));
    expect(noText.status).toBe(422);
    expect(noText.body.error).toBe('invalid_field');
    expect(noText.body.issues).toEqual([
      { path: 'message.text', message: 'give either `text` or `content` (exactly one)' },
    ]);
    const both = await read(
      call(adapter, ...post({ message: { text: 'a', content: { type: 'text', text: 'b' } } })),
    );
    expect(both.body.issues[0].path).toBe('message.text');
    const unknown = await read(call(adapter, ...post({ message: { text: 'a' }, extra: 1 })));
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toContain('extra');
    const badMedia = await read(
      call(
        adapter,
        ...post({ message: { content: { type: 'media', kind: 'image', url: 'ftp://x/y' } } }),
      ),
    );
    expect(badMedia.body.issues[0].path).toBe('message.content.url');
    const menu = await read(
      call(adapter, ...post({ message: { content: { type: 'menu', text: 'x', options: [] } } })),
    );
    expect(menu.status).toBe(422);
    expect(menu.body.issues[0].path).toBe('message.content.type');
    const contact = await read(
      call(adapter, 'POST', '/contacts', { id: 'has space', email: 'not-an-email', phone: 'abc' }),
    );
    expect(contact.status).toBe(422);
    expect(contact.body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'email',
      'id',
      'phone',
    ]);
    expect(contact.body.message).toMatch(/^The request body is invalid: id: .*email: .*phone: /);
    expect(await conversations(desk)).toBe(0);
  });

  it('CH6: an oversized body is 413, declared or streamed', async () => {
    const { adapter, desk } = await setup({ maxBodyBytes: 2048 });
    const big = JSON.stringify({ message: { text: 'x'.repeat(4096) } });
    const declared = await read(
      call(adapter, ...post(big, { 'content-length': String(big.length) })),
    );
    expect(declared).toMatchObject({ status: 413, body: { error: 'body_too_large' } });
    expect(declared.body.message).toContain('2048');
    const chunks = [big.slice(0, 1500), big.slice(1500)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const streamed = await adapter.fetch(
      new Request('http://parley.test/contacts/crm-1/conversations', {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(await conversations(desk)).toBe(0);
  });

  it('CH6: unknown routes are 404 listing the routes; wrong methods 405 with Allow', async () => {
    const { adapter } = await setup();
    const unknown = await read(call(adapter, 'GET', '/tickets'));
    expect(unknown).toMatchObject({ status: 404, body: { error: 'route_not_found' } });
    expect(unknown.body.message).toContain('POST /contacts/:contactId/conversations');
    const deep = await read(call(adapter, 'GET', '/contacts/crm-1/conversations/x/messages/y'));
    expect(deep.status).toBe(404);
    const method = await read(call(adapter, 'DELETE', '/contacts/crm-1'));
    expect(method).toMatchObject({ status: 405, body: { error: 'method_not_allowed' } });
    expect(method.headers.get('allow')).toBe('GET, PATCH');
    const put = await read(call(adapter, 'PUT', '/contacts', {}));
    expect(put.headers.get('allow')).toBe('POST');
    const badEscape = await read(call(adapter, 'GET', '/contacts/%E0%A4%A'));
    expect(badEscape).toMatchObject({ status: 400, body: { error: 'invalid_path' } });
  });

  it('CH6: mounted below a base path, only paths under it are routes', async () => {
    const { adapter } = await setupChannel({ channel: { basePath: '/api/parley/' } });
    expect((await call(adapter, 'POST', '/contacts', { id: 'a' })).status).toBe(404);
    expect((await call(adapter, 'POST', '/api/parley/contacts', { id: 'a' })).status).toBe(201);
    expect((await call(adapter, 'GET', '/api/parleyx/contacts/a')).status).toBe(404);
    expect((await call(adapter, 'GET', '/api/parley/contacts/a')).status).toBe(200);
  });

  it('CH6: before the desk starts the channel, requests are 503', async () => {
    const receiver = await startReceiver();
    const adapter = testChannel(receiver);
    const r = await read(call(adapter, 'GET', '/contacts/a'));
    expect(r).toMatchObject({ status: 503, body: { error: 'channel_not_started' } });
    await expect(adapter.webhook.idle()).rejects.toThrow(/not started/);
  });

  it('P-19: inbox tokens carry at least 128 bits, are kept only as digests, and rotate without a restart', async () => {
    expect(tokenBits(generateInboxToken())).toBeGreaterThanOrEqual(256);
    expect(tokenBits('inbox-token-abcd')).toBeLessThan(128);
    const { adapter, clock } = await setup();
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    expect((await call(adapter, 'GET', '/contacts/x', undefined, auth(TOKEN))).status).toBe(404);
    // Rotate with a one-minute overlap: both tokens work, then only the new one.
    const next = adapter.rotateInboxToken(undefined, { overlapMs: 60_000 });
    expect(tokenBits(next)).toBeGreaterThanOrEqual(128);
    expect((await call(adapter, 'GET', '/contacts/x', undefined, auth(next))).status).toBe(404);
    expect((await call(adapter, 'GET', '/contacts/x', undefined, auth(TOKEN))).status).toBe(404);
    clock.advance(60_000);
    expect((await call(adapter, 'GET', '/contacts/x', undefined, auth(TOKEN))).status).toBe(401);
    // Revocation at once, and weak tokens refused.
    const third = adapter.rotateInboxToken();
    expect((await call(adapter, 'GET', '/contacts/x', undefined, auth(next))).status).toBe(401);
    expect((await call(adapter, 'GET', '/contacts/x', undefined, auth(third))).status).toBe(404);
    expect(() => adapter.rotateInboxToken('aaaaaaaaaaaaaaaaaaaaaaaa')).toThrow(/too guessable/);
  });

  it('CH6: bad options throw CONFIG_INVALID naming the option', () => {
    const good = {
      inboxToken: TOKEN,
      webhookUrl: 'https://crm.example.com/hook',
      webhookSecret: WEBHOOK_SECRET,
    };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ inboxToken: 'short' }, /inboxToken: use at least 16 characters/],
      [{ inboxToken: 'aaaaaaaaaaaaaaaaaaaaaaaa' }, /inboxToken: too guessable.*128 random bits/],
      [{ inboxToken: 'password12345678' }, /inboxToken: too guessable/],
      [{ webhookUrl: 'ftp://crm.example.com' }, /webhookUrl: expected an http\(s\) URL/],
      [{ webhookSecret: 'plain-secret' }, /webhookSecret: expected a `whsec_`/],
      [{ requireIdentity: true }, /requireIdentity needs identitySecret/],
      [{ identitySecret: 'short' }, /identitySecret: use at least 16/],
      [{ deliveryOptions: { timeoutMs: -1 } }, /timeoutMs/],
      [{ deliveryOptions: { nope: 1 } }, /nope/],
      [{ basePath: 'api' }, /basePath: expected a path starting with \//],
      [{ unknownOption: 1 }, /unknownOption/],
    ];
    for (const [extra, message] of cases) {
      try {
        apiChannel({ ...good, ...extra } as never);
        expect.unreachable(`accepted ${JSON.stringify(extra)}`);
      } catch (error) {
        expect(ParleyError.hasCode(error, 'CONFIG_INVALID'), String(error)).toBe(true);
        expect((error as Error).message).toMatch(message);
      }
    }
    expect(apiChannel({ ...good, webhookSecret: generateSecret() }).kind).toBe('api');
  });

  it('CH6: a webhook URL the SSRF guard refuses fails at start, saying how to allow it', async () => {
    const receiver = await startReceiver();
    const adapter = apiChannel({
      inboxToken: TOKEN,
      webhookUrl: receiver.url,
      webhookSecret: WEBHOOK_SECRET,
    });
    await expect(startDesk(adapter)).rejects.toThrow(
      /^apiChannel webhookUrl: Refused to connect to 127\.0\.0\.1 \(loopback\).*allowPrivateNetworks.*deliveryOptions/,
    );
  });
});
