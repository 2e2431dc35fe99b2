import { createSafeFetch, type Lookup, type SafeFetch } from '@parley/core';
import { checkDestination } from '@parley/core/internal';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestReceiver, type TestReceiver } from '../testing/test-receiver.js';

const cleanup: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c.close();
});

async function receiver(): Promise<TestReceiver> {
  const r = await createTestReceiver();
  cleanup.push(r);
  return r;
}

function safe(options: Parameters<typeof createSafeFetch>[0]): SafeFetch {
  const f = createSafeFetch(options);
  cleanup.push(f);
  return f;
}

const resolvesTo =
  (...addresses: string[]): Lookup =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('SSRF-guarded fetch', () => {
  it('OB1: a name resolving to a private address is refused before any connection', async () => {
    const r = await receiver();
    const port = new URL(r.url).port;
    const f = safe({ lookup: resolvesTo('127.0.0.1') });
    await expect(
      f(`http://hooks.example.test:${port}/hooks`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow(
      /Refused to connect to 127\.0\.0\.1 \(loopback\) for hooks\.example\.test.*allowPrivateNetworks/,
    );
    for (const address of ['10.0.0.8', '169.254.169.254', '::ffff:192.168.0.1', 'fd00::5']) {
      await expect(safe({ lookup: resolvesTo(address) })('http://x.test/')).rejects.toThrow(
        /Refused/,
      );
    }
    expect(r.requests).toHaveLength(0);
  });

  it('OB1: one private address among public ones is enough to refuse', async () => {
    const f = safe({ lookup: resolvesTo('93.184.216.34', '10.0.0.1') });
    await expect(f('http://mixed.test/')).rejects.toThrow(/10\.0\.0\.1 \(private\)/);
  });

  it('OB1: IP literals are checked without a lookup, in every spelling', async () => {
    const never: Lookup = async () => {
      throw new Error('lookup must not be called for literals');
    };
    const f = safe({ lookup: never });
    for (const url of [
      'http://127.0.0.1/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://0x7f.1/',
      'http://2130706433/',
      'http://10.1.1.1/',
      'http://169.254.169.254/latest/meta-data',
    ]) {
      await expect(f(url), url).rejects.toThrow(/Refused to connect/);
    }
  });

  it('OB1: DNS rebinding — the address checked is the one connected to', async () => {
    const r = await receiver();
    const port = new URL(r.url).port;
    let calls = 0;
    // Public for the first resolution (a pre-check), loopback for the next (the connection).
    const rebinding: Lookup = async () => [
      { address: calls++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 },
    ];
    await checkDestination(`http://rebind.test:${port}/`, { lookup: rebinding });
    const f = safe({ lookup: rebinding });
    await expect(
      f(`http://rebind.test:${port}/hooks`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow(/Refused to connect to 127\.0\.0\.1/);
    expect(r.requests).toHaveLength(0);
  });

  it('P-09, OB1: the injected lookup is what the connection uses (allow-listed loopback)', async () => {
    const r = await receiver();
    const port = new URL(r.url).port;
    const f = safe({ lookup: resolvesTo('127.0.0.1'), allowList: ['127.0.0.1'] });
    const response = await f(`http://hooks.example.test:${port}/hooks`, {
      method: 'POST',
      headers: { 'x-test': '1' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(204);
    expect(r.requests[0]).toMatchObject({
      method: 'POST',
      body: '{"a":1}',
      headers: { 'x-test': '1', host: `hooks.example.test:${port}` },
    });
  });

  it('OB1: redirects are returned, never followed', async () => {
    const target = await receiver();
    const r = await receiver();
    r.reply({ status: 302, headers: { location: target.url } });
    const f = safe({ allowPrivateNetworks: true });
    const response = await f(r.url, { method: 'POST', body: '{}' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(target.url);
    expect(target.requests).toHaveLength(0);
  });

  it('OB1: responses carry status, headers and body; non-http schemes are refused', async () => {
    const r = await receiver();
    r.reply({ status: 503, headers: { 'retry-after': '120' }, body: 'busy' });
    const f = safe({ allowPrivateNetworks: true });
    const response = await f(r.url);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('120');
    expect(await response.text()).toBe('busy');
    await expect(f('file:///etc/passwd')).rejects.toThrow(/Only http and https/);
  });

  it('OB1: an aborted request rejects with the abort reason', async () => {
    const r = await receiver();
    r.reply('hang');
    const f = safe({ allowPrivateNetworks: true });
    const controller = new AbortController();
    const pending = f(r.url, { method: 'POST', body: '{}', signal: controller.signal });
    await r.waitFor(1);
    controller.abort(new Error('gave up'));
    await expect(pending).rejects.toThrow('gave up');
  });
});
