import { describe, expect, it } from 'vitest';
import type { Clock } from '../src/clock.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { REQUIRED_STORE_METHODS, type Store } from '../src/store/store.js';
import { withStoreFallbacks } from '../src/store/store-fallbacks.js';
import { createTestDesk, storeConformance } from '../src/testing/index.js';

/** A store with the required methods only: the memory store's, nothing optional. */
function requiredOnly(clock?: Clock): Store {
  const full = createMemoryStore(clock ? { clock } : {});
  const picked: Record<string, unknown> = {};
  for (const m of REQUIRED_STORE_METHODS) picked[m] = full[m];
  return picked as unknown as Store;
}

describe('a store with only the required methods', () => {
  // The inbox and usage cases run on core's fallbacks here (no InboxIndex, no UsageLedger).
  for (const c of storeConformance({ create: ({ clock }) => requiredOnly(clock) }))
    it(c.name, c.run);

  it('has no optional capability of its own', () => {
    const store = requiredOnly();
    expect(store.listConversations).toBeUndefined();
    expect(store.recordUsage).toBeUndefined();
    expect(Object.keys(store)).toHaveLength(REQUIRED_STORE_METHODS.length);
  });

  it('IN1: runs a desk whose inbox lists by scanning and whose usage lives in key-value', async () => {
    const store = requiredOnly();
    const t = await createTestDesk({
      store,
      script: () => ({
        type: 'reply',
        messages: [{ type: 'text', text: 'hello' }],
        usage: [{ model: 'm', inputTokens: 7, outputTokens: 3, cost: 0.01 }],
      }),
    });
    await t.customer('+5511999990001', { name: 'Ana' }).send('hi');
    await t.customer('+5511999990002', { name: 'Budi' }).send('halo');
    await t.desk.idle();
    const page = await t.desk.inbox.list({ search: 'budi' });
    expect(page.items.map((i) => i.contact.name)).toEqual(['Budi']);
    expect((await t.desk.inbox.list()).items).toHaveLength(2);
    expect(await t.desk.usage()).toMatchObject({ inputTokens: 14, outputTokens: 6, calls: 2 });
    expect((await store.kv('usage').list('default|')).length).toBe(2);
    expect(t.errors).toEqual([]);
  });

  it('refuses a store missing a required method, naming them', () => {
    const { kv: _kv, ...partial } = requiredOnly() as unknown as Record<string, unknown>;
    return expect(createTestDesk({ store: partial as unknown as Store })).rejects.toThrow(
      /expected a Store with getContact.*claim, kv/,
    );
  });
});

describe('withStoreFallbacks', () => {
  it('hands back a store that has every capability unchanged', () => {
    const store = createMemoryStore();
    expect(withStoreFallbacks(store)).toBe(store);
  });

  it('keeps the store own members reachable beside the fallbacks', async () => {
    const store = { ...requiredOnly(), close: async () => {} };
    const completed = withStoreFallbacks(store);
    expect(completed.close).toBe(store.close);
    expect(completed.getContact).toBe(store.getContact);
    expect(typeof completed.listConversations).toBe('function');
  });
});
