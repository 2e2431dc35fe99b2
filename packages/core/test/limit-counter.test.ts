import { describe, it } from 'vitest';
import { createLimitCounter } from '../src/limits/counter.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { limitCounterConformance } from '../src/testing/limit-counter-conformance.js';

describe('createLimitCounter (one process)', () => {
  const cases = limitCounterConformance({
    async create({ clock }) {
      const kv = createMemoryStore({ clock }).kv('limits');
      return { peers: [createLimitCounter({ kv, clock })], async close() {} };
    },
  });
  for (const c of cases) it(`PL1/PL2: ${c.name}`, c.run);
});
