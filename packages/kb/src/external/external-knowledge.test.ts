import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ParleyError } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { externalKnowledge } from './external-knowledge.js';
import { signPayload } from './sign.js';

const secret = `whsec_${randomBytes(24).toString('base64')}`;
type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

describe('externalKnowledge', () => {
  let url: string;
  let handler: Handler;
  const received: Array<{ headers: IncomingMessage['headers']; body: string; verified: unknown }> =
    [];
  const server = createServer(async (req, res) => {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    handler(req, Buffer.concat(parts).toString('utf8'), res);
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stock`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    received.length = 0;
    // The business's endpoint, verifying with the reference Standard Webhooks library.
    handler = (req, body, res) => {
      let verified: unknown;
      try {
        verified = new Webhook(secret).verify(body, req.headers as Record<string, string>);
      } catch (error) {
        res.writeHead(401).end(String(error));
        return;
      }
      received.push({ headers: req.headers, body, verified });
      const { sku } = JSON.parse(body) as { sku: string };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ sku, stock: sku === 'KS-01' ? 40 : 0, price: 75000 }));
    };
  });

  const stock = (clock = createFakeClock(new Date()), extra: Record<string, unknown> = {}) =>
    externalKnowledge({
      name: 'check_stock',
      description: 'Stock and price of a product by SKU',
      url,
      secret,
      input: z.object({ sku: z.string().min(1) }),
      output: z.object({ sku: z.string(), stock: z.number().int(), price: z.number() }),
      clock,
      // The stand-in endpoint listens on loopback, which the default fetch refuses (P-08).
      allowPrivateNetworks: true,
      ...extra,
    });

  it('AI4: a misspelt option is refused with the key meant, not ignored', () => {
    expect(() => stock(undefined, { timeoutMS: 100 })).toThrow(
      /unknown key "timeoutMS" \(did you mean "timeoutMs"\?\)/,
    );
  });

  it('AI4: calls the endpoint with a Standard Webhooks signature and returns the validated answer', async () => {
    const tool = stock();
    expect(tool.parameters).toMatchObject({
      type: 'object',
      properties: { sku: { type: 'string' } },
      required: ['sku'],
    });
    const result = await tool.call({ sku: 'KS-01' });
    expect(result).toEqual({
      status: 'ok',
      data: { sku: 'KS-01', stock: 40, price: 75000 },
      cached: false,
    });
    expect(received).toHaveLength(1);
    expect(received[0]!.verified).toEqual({ sku: 'KS-01' });
    expect(received[0]!.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(received[0]!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
  });

  it('AI4: signs exactly like the reference implementation', () => {
    const at = new Date('2026-01-05T09:00:00Z');
    const body = '{"sku":"KS-01"}';
    const ours = signPayload({ secret, id: 'msg_1', timestamp: at.getTime() / 1000, body });
    expect(ours['webhook-signature']).toBe(new Webhook(secret).sign('msg_1', at, body));
    expect(ours['webhook-timestamp']).toBe('1767603600');
  });

  it('AI4: answers from a short cache, then asks again once it expires', async () => {
    const clock = createFakeClock(new Date());
    const tool = stock(clock, { cacheTtlMs: 30_000 });
    await tool.call({ sku: 'KS-01' });
    expect(await tool.call({ sku: 'KS-01' })).toMatchObject({ status: 'ok', cached: true });
    expect(received).toHaveLength(1);
    await tool.call({ sku: 'HD-02' });
    expect(received).toHaveLength(2);
    await clock.advance(30_001);
    expect(await tool.call({ sku: 'KS-01' })).toMatchObject({ status: 'ok', cached: false });
    expect(received).toHaveLength(3);
  });

  it('AI4: a timeout on the injected clock returns "unavailable" instead of throwing', async () => {
    handler = () => {}; // never answers
    const clock = createFakeClock(new Date());
    const pending = stock(clock, { timeoutMs: 2000 }).call({ sku: 'KS-01' });
    await clock.advance(1999);
    let settled = false;
    void pending.then(() => {
      settled = true;
    });
    await clock.advance(0);
    expect(settled).toBe(false);
    await clock.advance(1);
    expect(await pending).toEqual({
      status: 'unavailable',
      reason: 'timeout',
      message: 'no answer within 2000 ms',
    });
  });

  it('AI4: HTTP errors, bad JSON, schema mismatches and oversized answers are "unavailable"', async () => {
    handler = (_req, _body, res) => res.writeHead(503).end('down');
    expect(await stock().call({ sku: 'KS-01' })).toMatchObject({
      status: 'unavailable',
      reason: 'http',
      httpStatus: 503,
    });
    handler = (_req, _body, res) => res.writeHead(200).end('<html>oops</html>');
    expect(await stock().call({ sku: 'KS-01' })).toMatchObject({
      status: 'unavailable',
      reason: 'invalid_response',
    });
    handler = (_req, _body, res) =>
      res.writeHead(200).end(JSON.stringify({ sku: 'KS-01', stock: 'many' }));
    const mismatch = await stock().call({ sku: 'KS-01' });
    expect(mismatch).toMatchObject({ status: 'unavailable', reason: 'invalid_response' });
    expect(mismatch.status === 'unavailable' && mismatch.message).toContain('stock');
    handler = (_req, _body, res) =>
      res.writeHead(200).end(JSON.stringify({ sku: 'x'.repeat(5000), stock: 1, price: 1 }));
    expect(await stock(undefined, { maxResponseBytes: 1000 }).call({ sku: 'KS-01' })).toMatchObject(
      { reason: 'invalid_response' },
    );
  });

  it('AI4: bad arguments and an unreachable endpoint are "unavailable", never thrown', async () => {
    expect(await stock().call({ sku: 42 })).toMatchObject({
      status: 'unavailable',
      reason: 'invalid_input',
    });
    expect(received).toHaveLength(0);
    const failingFetch: typeof fetch = async () => {
      throw new TypeError('fetch failed: ECONNREFUSED');
    };
    expect(await stock(undefined, { fetch: failingFetch }).call({ sku: 'KS-01' })).toMatchObject({
      status: 'unavailable',
      reason: 'network',
    });
    const controller = new AbortController();
    handler = () => {};
    const pending = stock().call({ sku: 'KS-01' }, { signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ status: 'unavailable', reason: 'aborted' });
  });

  it('P-08: by default loopback in every spelling is refused before any connection, and a 302 to metadata is not followed', async () => {
    const port = new URL(url).port;
    for (const target of [
      url,
      `http://2130706433:${port}/stock`,
      `http://[::ffff:127.0.0.1]:${port}/stock`,
      `http://0x7f.1:${port}/stock`,
    ]) {
      const result = await stock(undefined, { url: target, allowPrivateNetworks: false }).call({
        sku: 'KS-01',
      });
      expect(result, target).toMatchObject({ status: 'unavailable', reason: 'network' });
      expect((result as { message: string }).message).toMatch(/Refused to connect/);
    }
    expect(received).toEqual([]);
    // A business endpoint (allowed) answering 302 to cloud metadata: never followed.
    handler = (_req, _body, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    };
    const redirected = await stock().call({ sku: 'KS-01' });
    expect(redirected).toMatchObject({ status: 'unavailable', reason: 'http', httpStatus: 302 });
  });

  it('AI4: checks its options when created', () => {
    const bad = (extra: Record<string, unknown>) => () => stock(undefined, extra);
    expect(bad({ secret: 'not-a-secret' })).toThrow(/secret/);
    expect(bad({ url: 'ftp://example.test' })).toThrow(/url/);
    expect(bad({ name: 'has spaces' })).toThrow(/name/);
    let caught: unknown;
    try {
      bad({ timeoutMs: 0 })();
    } catch (error) {
      caught = error;
    }
    expect(ParleyError.hasCode(caught, 'CONFIG_INVALID')).toBe(true);
  });
});
