import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { generateSecret } from '../signing/keys.js';
import { signHeaders } from '../signing/sign.js';
import { memoryDedupe } from './dedupe.js';
import type { WebhookEvent } from './event.js';
import { createWebhookHandler, verifyRequest } from './web.js';

const clock = createFakeClock('2026-04-01T10:00:00Z');
const secret = generateSecret();
const body = JSON.stringify({
  type: 'conversation.solved',
  timestamp: '2026-04-01T09:59:58.000Z',
  data: { conversation: { id: 'conv_1' } },
});

function signed(payload = body, id = 'msg_web'): Request {
  return new Request('http://receiver.test/hooks', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signHeaders({ id, timestamp: clock.now(), body: payload, secret }),
    },
    body: payload,
  });
}

describe('Web Request receiver', () => {
  it('OB1: verifyRequest hands back the parsed event and the untouched raw body', async () => {
    const event = await verifyRequest(signed(), { secret, clock });
    expect(event).toMatchObject({
      id: 'msg_web',
      type: 'conversation.solved',
      data: { conversation: { id: 'conv_1' } },
      rawBody: body,
      version: 'v1',
    });
    expect(event.timestamp).toEqual(new Date('2026-04-01T10:00:00Z'));
  });

  it('OB1: the handler answers 401 with the reason for a wrong secret, 400 for missing headers', async () => {
    const handler = createWebhookHandler({ secret: generateSecret(), clock, onEvent: () => {} });
    const wrong = await handler(signed());
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'no_matching_signature' });
    const bare = await handler(new Request('http://receiver.test/hooks', { method: 'POST', body }));
    expect(bare.status).toBe(400);
    expect(await bare.json()).toMatchObject({
      error: 'missing_header',
      message: expect.stringContaining('webhook-id'),
    });
  });

  it('OB1: an oversized body is refused with 413 before it is verified', async () => {
    const seen: unknown[] = [];
    const handler = createWebhookHandler({
      secret,
      clock,
      maxBodyBytes: 64,
      onEvent: (e) => void seen.push(e),
    });
    const big = JSON.stringify({ type: 'x.y', data: 'z'.repeat(100) });
    const response = await handler(signed(big));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'body_too_large' });
    // A streamed body without a length is cut off too.
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const streamed = new Request('http://receiver.test/hooks', {
      method: 'POST',
      headers: signHeaders({ id: 'msg_s', timestamp: clock.now(), body: big, secret }),
      body: stream,
      duplex: 'half',
    } as unknown as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
    expect(seen).toEqual([]);
  });

  it('OB1: a verified body that is not JSON is refused with 400', async () => {
    const handler = createWebhookHandler({ secret, clock, onEvent: () => {} });
    const response = await handler(signed('not json'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_body' });
  });

  it('OB1: with dedupe an event is handled once; a failed handler is retried', async () => {
    const handled: WebhookEvent[] = [];
    let fail = true;
    const handler = createWebhookHandler({
      secret,
      clock,
      dedupe: memoryDedupe({ clock }),
      onEvent: (event) => {
        if (fail) {
          fail = false;
          throw new Error('database down');
        }
        handled.push(event);
      },
    });
    expect((await handler(signed())).status).toBe(500);
    expect((await handler(signed())).status).toBe(204);
    const again = await handler(signed());
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(handled.map((e) => e.id)).toEqual(['msg_web']);
    expect((await handler(signed(body, 'msg_next'))).status).toBe(204);
    expect(handled).toHaveLength(2);
  });

  it('OB1: a Response returned by onEvent is sent as it is', async () => {
    const handler = createWebhookHandler({
      secret,
      clock,
      onEvent: () => Response.json({ got: 1 }, { status: 202 }),
    });
    const response = await handler(signed());
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ got: 1 });
  });

  it('OB1: memoryDedupe forgets ids after its ttl', async () => {
    const local = createFakeClock();
    const dedupe = memoryDedupe({ clock: local, ttlMs: 1000 });
    expect(dedupe.claim('a')).toBe(true);
    expect(dedupe.claim('a')).toBe(false);
    await local.advance(1001);
    expect(dedupe.claim('a')).toBe(true);
  });
});
