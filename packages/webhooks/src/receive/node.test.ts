import { createServer, request as httpRequest, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeClock } from '@parley/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSecret } from '../signing/keys.js';
import { signHeaders } from '../signing/sign.js';
import { memoryDedupe } from './dedupe.js';
import type { WebhookEvent } from './event.js';
import { type NodeWebhookRequest, webhookMiddleware } from './node.js';

const clock = createFakeClock('2026-04-01T10:00:00Z');
const secret = generateSecret();
const body = JSON.stringify({ type: 'message.received', data: { text: 'oi' } });
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
}

function post(url: string, payload = body, headers: Record<string, string> = sign(payload)) {
  return fetch(url, { method: 'POST', headers, body: payload });
}

function sign(payload: string, id = 'msg_node') {
  return { ...signHeaders({ id, timestamp: clock.now(), body: payload, secret }) };
}

describe('node:http / Express middleware', () => {
  it('OB1: plain node:http — a verified event reaches onEvent and is answered 204', async () => {
    const events: WebhookEvent[] = [];
    const url = await serve(
      webhookMiddleware({ secret, clock, onEvent: (e) => void events.push(e) }),
    );
    const response = await post(url);
    expect(response.status).toBe(204);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: 'msg_node',
      type: 'message.received',
      data: { text: 'oi' },
      rawBody: body,
    });
  });

  it('OB1: refusals carry their status and reason; onEvent is not called', async () => {
    const events: WebhookEvent[] = [];
    const url = await serve(
      webhookMiddleware({ secret, clock, onEvent: (e) => void events.push(e) }),
    );
    const wrong = await post(url, body, {
      ...signHeaders({ id: 'm', timestamp: clock.now(), body, secret: generateSecret() }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'no_matching_signature' });
    const stale = await post(url, body, {
      ...signHeaders({
        id: 'm',
        timestamp: new Date(clock.now().getTime() - 600_000),
        body,
        secret,
      }),
    });
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ error: 'timestamp_too_old' });
    const missing = await post(url, body, {});
    expect(missing.status).toBe(400);
    expect(events).toEqual([]);
  });

  it('OB1: a header sent twice on the wire is refused as duplicated', async () => {
    const url = new URL(await serve(webhookMiddleware({ secret, clock, onEvent: () => {} })));
    const h = sign(body);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.setHeader('webhook-id', h['webhook-id']);
      req.setHeader('webhook-timestamp', h['webhook-timestamp']);
      req.setHeader('webhook-signature', [h['webhook-signature'], h['webhook-signature']]);
      req.end(body);
    });
    expect(status).toBe(400);
  });

  it('OB1: an oversized body is answered 413 without reading it all', async () => {
    const url = await serve(
      webhookMiddleware({ secret, clock, maxBodyBytes: 100, onEvent: () => {} }),
    );
    const big = JSON.stringify({ type: 'a.b', data: 'x'.repeat(5000) });
    const response = await post(url, big);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'body_too_large' });
  });

  it('OB1: a stored claim makes a redelivered id a 200 duplicate, handled once', async () => {
    const events: WebhookEvent[] = [];
    const url = await serve(
      webhookMiddleware({
        secret,
        clock,
        dedupe: memoryDedupe({ clock }),
        onEvent: (e) => void events.push(e),
      }),
    );
    expect((await post(url)).status).toBe(204);
    const again = await post(url);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(events).toHaveLength(1);
  });

  it('OB1: onEvent failing answers 500 so the sender retries', async () => {
    const errors: unknown[] = [];
    const url = await serve(
      webhookMiddleware({
        secret,
        clock,
        onEvent: () => {
          throw new Error('boom');
        },
        onError: (e) => void errors.push(e),
      }),
    );
    const response = await post(url);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: 'handler_failed' });
    expect(errors).toHaveLength(1);
  });

  it('OB1: Express style — after express.raw() it reads req.body and calls next with req.webhook', async () => {
    const middleware = webhookMiddleware({ secret, clock });
    // What express.raw({ type: 'application/json' }) leaves behind: a Buffer in req.body.
    const url = await serve((req: NodeWebhookRequest, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        req.body = Buffer.concat(chunks);
        middleware(req, res, (error) => {
          if (error) {
            res.statusCode = 500;
            return res.end(String(error));
          }
          res.statusCode = 200;
          res.end(JSON.stringify({ next: req.webhook?.type }));
        });
      });
    });
    const response = await post(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ next: 'message.received' });
  });

  it('OB1: Express style — after express.json() the missing raw body is a clear error', async () => {
    const middleware = webhookMiddleware({ secret, clock });
    const url = await serve((req: NodeWebhookRequest, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        req.body = JSON.parse(Buffer.concat(chunks).toString());
        middleware(req, res, (error) => {
          res.statusCode = 500;
          res.end(error instanceof Error ? error.message : 'no error');
        });
      });
    });
    const response = await post(url);
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/express\.raw/);
  });
});
