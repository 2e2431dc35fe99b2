import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/store/memory-store.js';
import { channelConformance, memoryChannel, storeConformance } from '../src/testing/index.js';

describe('memory store', () => {
  for (const c of storeConformance({ create: ({ clock }) => createMemoryStore({ clock }) }))
    it(c.name, c.run);
});

describe('memory channel', () => {
  for (const c of channelConformance({
    async create() {
      const adapter = memoryChannel({ capabilities: { maxTextLength: 300 } });
      return {
        adapter,
        async deliverText(from, text, externalId) {
          await adapter.customer(from).send(text, { externalId });
        },
        async sentTo(to) {
          return adapter.customer(to).received.map((m) => m.content);
        },
      };
    },
  }))
    it(`CH8: ${c.name}`, c.run);

  it('the suites are not empty', () => {
    expect(storeConformance({ create: () => createMemoryStore() }).length).toBeGreaterThan(8);
  });
});
