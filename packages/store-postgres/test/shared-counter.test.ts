import { limitCounterConformance } from '@parley/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedLimitCounter } from '../src/index.js';
import { targets } from './support/targets.js';

describe.each(targets())('shared limit counter ($name)', (target) => {
  beforeAll(() => target.setup());
  afterAll(() => target.teardown());

  // Two stores on one schema: two processes' views of the same database.
  const cases = limitCounterConformance({
    shared: true,
    async create({ clock }) {
      const schema = target.schema('limits');
      const a = await target.open({ clock, schema });
      const b = await target.open({ clock, schema });
      return {
        peers: [createSharedLimitCounter({ store: a }), createSharedLimitCounter({ store: b })],
        async close() {
          await a.close();
          await b.close();
        },
      };
    },
  });
  for (const c of cases) it(`PL1/PL2: ${c.name}`, c.run);

  it('PL1: the suite checks sharing', () => {
    expect(cases.length).toBe(4);
  });
});
