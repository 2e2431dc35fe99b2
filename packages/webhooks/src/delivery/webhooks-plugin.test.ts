import { createTestDesk } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { createTestReceiver } from '../testing/test-receiver.js';
import { onCleanup } from './test-setup.js';
import { webhooks } from './webhooks-plugin.js';

describe('OB1 webhooks as a desk plug-in', () => {
  it('OB1: installed with createDesk({ plugins }), it delivers desk events and retries as desk jobs', async () => {
    const receiver = await createTestReceiver();
    onCleanup(() => receiver.close());
    let failFirst = true;
    receiver.reply(() => {
      if (!failFirst) return { status: 204 };
      failFirst = false;
      return { status: 503 };
    });
    const hooks = webhooks({ allowPrivateNetworks: true, jitter: 0 });
    expect(() => hooks.delivery).toThrow(/not installed yet/);
    const t = await createTestDesk({ plugins: [hooks] });
    onCleanup(() => t.desk.stop());
    await hooks.delivery.addEndpoint('default', { url: receiver.url, types: ['message.sent'] });
    await t.customer('a').send('oi');
    await new Promise((r) => setImmediate(r));
    await hooks.delivery.idle();
    expect(receiver.requests).toHaveLength(1);
    const [record] = await hooks.delivery.listDeliveries('default');
    expect(record?.status).toBe('pending');
    // The retry is a job of the plug-in on the desk's scheduler.
    const jobId = `webhooks:default:${record!.id}@${new Date(record!.nextAttemptAt!).getTime()}`;
    expect((await t.desk.scheduler.get(jobId))?.type).toBe('webhooks:retry');
    await t.clock.advance(new Date(record!.nextAttemptAt!).getTime() - t.clock.now().getTime());
    await hooks.delivery.idle();
    expect(receiver.requests).toHaveLength(2);
    expect(JSON.parse(receiver.requests[1]!.body).type).toBe('message.sent');
    expect((await hooks.delivery.getDelivery('default', record!.id))?.status).toBe('delivered');
    // Its state lives in the plug-in's own storage space.
    expect((await t.desk.store.kv('webhooks').list('')).length).toBeGreaterThan(0);
  });
});
