import { createMemoryStore } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { createWebhookDelivery } from './create-delivery.js';
import { onCleanup, setup } from './test-setup.js';

describe('OB1 delivery refuses private destinations', () => {
  it('OB1: an endpoint URL that is a private address is refused when added', async () => {
    const delivery = createWebhookDelivery({ store: createMemoryStore() });
    for (const url of [
      'http://127.0.0.1:8080/hooks',
      'http://localhost:3000/hooks',
      'http://[::1]/x',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.5/',
    ]) {
      await expect(delivery.addEndpoint('t1', { url }), url).rejects.toThrow(/Refused to connect/);
    }
  });

  it('OB1: a name that resolves to a private address fails each attempt and reaches nothing', async () => {
    const s = await setup();
    const port = new URL(s.receiver.url).port;
    const guarded = s.another({
      allowPrivateNetworks: false,
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const endpoint = await guarded.addEndpoint('t2', {
      url: `http://hooks.customer.test:${port}/hooks`,
    });
    await guarded.start();
    const { deliveryIds } = await guarded.deliver('t2', 'message.sent', {});
    await guarded.idle();
    const record = await guarded.getDelivery('t2', deliveryIds[0]!);
    expect(record?.status).toBe('pending');
    expect(record?.attempts[0]?.error).toMatch(
      /Refused to connect to 127\.0\.0\.1 \(loopback\) for hooks\.customer\.test/,
    );
    expect(s.receiver.requests).toHaveLength(0);
    expect(endpoint.enabled).toBe(true);
  });

  it('OB1: with the host’s own fetch, the destination is still checked before sending', async () => {
    let called = 0;
    const delivery = createWebhookDelivery({
      store: createMemoryStore(),
      lookup: async () => [{ address: '192.168.1.20', family: 4 }],
      fetch: async () => {
        called++;
        return new Response(null, { status: 200 });
      },
    });
    onCleanup(() => delivery.stop());
    await delivery.addEndpoint('t1', { url: 'https://intranet.customer.test/hook' });
    await delivery.start();
    const { deliveryIds } = await delivery.deliver('t1', 'message.sent', {});
    await delivery.idle();
    expect(called).toBe(0);
    expect((await delivery.getDelivery('t1', deliveryIds[0]!))?.attempts[0]?.error).toMatch(
      /192\.168\.1\.20 \(private\)/,
    );
  });

  it('P-09, OB1: opening private networks is an explicit option that is logged; the default logs nothing', () => {
    const lines: Array<[string, Record<string, unknown> | undefined]> = [];
    const logger = {
      debug() {},
      info() {},
      error() {},
      warn: (message: string, fields?: Record<string, unknown>) => lines.push([message, fields]),
    };
    createWebhookDelivery({ store: createMemoryStore(), logger });
    expect(lines).toEqual([]);
    createWebhookDelivery({ store: createMemoryStore(), logger, allowList: ['10.1.2.3'] });
    createWebhookDelivery({ store: createMemoryStore(), logger, allowPrivateNetworks: true });
    expect(lines).toEqual([
      [
        expect.stringMatching(/private network.*open/),
        { allowPrivateNetworks: false, allowList: ['10.1.2.3'] },
      ],
      [
        expect.stringMatching(/private network.*open/),
        { allowPrivateNetworks: true, allowList: [] },
      ],
    ]);
  });
});
