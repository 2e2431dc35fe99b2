import { channelConformance } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { call, startReceiver, testChannel } from './harness.test-support.js';

// The suite builds its own desk on the system clock, so the receiver checks every
// delivery with the standardwebhooks package as well as ours.
describe('API channel conformance', () => {
  const cases = channelConformance({
    async create() {
      const receiver = await startReceiver({ reference: true });
      const adapter = testChannel(receiver);
      return {
        adapter,
        async deliverText(from, text, externalId) {
          const contact = await call(adapter, 'POST', '/contacts', { id: from });
          expect([201, 409]).toContain(contact.status);
          const posted = await call(adapter, 'POST', `/contacts/${from}/conversations`, {
            message: { id: externalId, text },
          });
          expect(posted.status, await posted.clone().text()).toBeLessThan(300);
        },
        async sentTo(to) {
          await adapter.webhook.idle();
          return receiver.sentTo(to);
        },
        close: () => receiver.close(),
      };
    },
  });
  for (const c of cases) it(`CH6: ${c.name}`, c.run);
});
