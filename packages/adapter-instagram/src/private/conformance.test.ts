import { channelConformance, createFakeClock } from '@parley/core/testing';
import { describe, it } from 'vitest';
import { instagram } from '../instagram.js';
import { fakeInstagram } from './fake-instagram.test-support.js';
import { igPrivateClient } from './ig-private-client.js';

const POLL_MS = 5000;

describe('private transport conformance', () => {
  const cases = channelConformance({
    async create() {
      const clock = createFakeClock();
      const fake = await fakeInstagram({ clock, username: 'shop', password: 'pw-123456' });
      const adapter = instagram({
        transport: 'private',
        username: 'shop',
        password: 'pw-123456',
        client: igPrivateClient({ baseUrl: fake.baseUrl }),
        pollIntervalMs: POLL_MS,
        messageRequests: false,
      });
      return {
        adapter,
        clock,
        async deliverText(from, text, externalId) {
          // Polling starts at login; the item lands in the inbox, the next poll takes it.
          await clock.advance(0);
          fake.customerWrites({ pk: from, username: from, full_name: '' }, text, {
            itemId: externalId,
          });
          await clock.advance(POLL_MS);
        },
        async sentTo(to) {
          return fake.sentTo(to).map((text) => ({ type: 'text' as const, text }));
        },
        close: () => fake.close(),
      };
    },
  });
  for (const c of cases) it(`CH3: ${c.name}`, c.run);
});
