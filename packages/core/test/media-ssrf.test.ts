import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type FetchLike, type Lookup, ParleyError } from '../src/index.js';
import { createTestDesk } from '../src/testing/index.js';

// A 127.0.0.1 listener that counts connections: refused URLs must never reach it.
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function listener(): Promise<{ port: number; connections: () => number }> {
  let connections = 0;
  const server = createServer((_req, res) => res.end('secret'));
  server.on('connection', () => {
    connections++;
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, connections: () => connections };
}

const to = { channelId: 'test', to: 'ana' };
const resolvesTo =
  (address: string): Lookup =>
  async () => [{ address, family: address.includes(':') ? 6 : 4 }];

describe('P-08: outbound media URLs', () => {
  it('P-08: file:, http:, gopher:, ftp: and bare paths are refused; the adapter gets nothing', async () => {
    const t = await createTestDesk();
    for (const url of [
      'file:///proc/self/environ',
      '/proc/self/environ',
      'http://example.com/a.jpg',
      'gopher://example.com/',
      'ftp://example.com/a.jpg',
      'whatsapp-media:eyJ9',
    ]) {
      const failure = await t.desk.send(to, { type: 'media', kind: 'document', url }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(ParleyError.isInstance(failure), url).toBe(true);
      expect((failure as ParleyError).message).toMatch(/was refused: (only https|it is not)/);
    }
    expect(t.channel.sent.filter((m) => m.content.type === 'media')).toEqual([]);
    await t.desk.stop();
  });

  it('P-08: a media URL to a private address is refused before any connection', async () => {
    const server = await listener();
    const t = await createTestDesk({ media: { lookup: resolvesTo('127.0.0.1') } });
    for (const url of [
      `https://127.0.0.1:${server.port}/x`,
      `https://2130706433:${server.port}/x`,
      `https://0x7f.1:${server.port}/x`,
      `https://[::ffff:127.0.0.1]:${server.port}/x`,
      `https://[::1]:${server.port}/x`,
      `https://169.254.169.254/latest/meta-data/`,
      `https://cdn.attacker.test:${server.port}/x`,
    ]) {
      await expect(t.desk.send(to, { type: 'media', kind: 'image', url }), url).rejects.toThrow(
        /Refused to connect/,
      );
    }
    expect(server.connections()).toBe(0);
    expect(t.channel.sent).toEqual([]);
    await t.desk.stop();
  });

  it('P-08: every redirect hop goes back through the (safe) fetch and must be https; the adapter receives bytes only', async () => {
    const hops: string[] = [];
    const cdn: FetchLike = async (input) => {
      const url = String(input);
      hops.push(url);
      if (url.endsWith('/to-http')) {
        return new Response(null, {
          status: 302,
          headers: { location: 'http://169.254.169.254/' },
        });
      }
      if (url.endsWith('/to-https')) {
        return new Response(null, { status: 302, headers: { location: '/final.png' } });
      }
      if (url.endsWith('/big')) return new Response(new Uint8Array(2048));
      return new Response(new Uint8Array([137, 80, 78, 71]), {
        headers: { 'content-type': 'image/png' },
      });
    };
    const t = await createTestDesk({ media: { fetch: cdn, maxBytes: 1024 } });
    await expect(
      t.desk.send(to, { type: 'media', kind: 'image', url: 'https://cdn.test/to-http' }),
    ).rejects.toThrow(/only https URLs are fetched, not http:/);
    await expect(
      t.desk.send(to, { type: 'media', kind: 'image', url: 'https://cdn.test/big' }),
    ).rejects.toThrow(/larger than 1024 bytes/);
    await t.desk.send(to, { type: 'media', kind: 'image', url: 'https://cdn.test/to-https' });
    expect(hops).toEqual([
      'https://cdn.test/to-http',
      'https://cdn.test/big',
      'https://cdn.test/to-https',
      'https://cdn.test/final.png',
    ]);
    const [sent] = t.channel.sent;
    expect(sent!.content).toEqual({
      type: 'media',
      kind: 'image',
      data: Buffer.from([137, 80, 78, 71]),
      mimeType: 'image/png',
    });
    await t.desk.stop();
  });
});
