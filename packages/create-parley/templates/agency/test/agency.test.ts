import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type MemoryChannel, memoryChannel } from '@parley/core';
import { createAgency } from '../src/agency.js';
import { tenants } from '../src/tenants.js';

test('each tenant answers from its own FAQ and sees only its own conversations', async () => {
  const channels = new Map<string, MemoryChannel>();
  const desk = await createAgency(tenants, (tenant) => {
    const channel = memoryChannel();
    channels.set(tenant.id, channel);
    return channel;
  });
  await desk.start();
  try {
    for (const tenant of tenants) {
      const customer = channels.get(tenant.id)!.customer(`visitor-of-${tenant.id}`);
      await customer.send(tenant.faq[0]!.question);
      assert.equal(customer.lastText(), tenant.faq[0]!.answer);
    }
    for (const tenant of tenants) {
      const { items } = await desk.tenant(tenant.id).inbox.list();
      assert.deepEqual(
        items.map((row) => row.conversation.tenantId),
        [tenant.id],
      );
    }
  } finally {
    await desk.stop();
  }
});
