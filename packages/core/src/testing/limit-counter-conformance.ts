import assert from 'node:assert/strict';
import type { LimitCounter } from '../limits/counter.js';
import type { ConformanceCase } from './conformance-case.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';

export interface LimitCounterConformanceOptions {
  /**
   * Fresh counters over one empty space whose windows follow `clock`. With `shared`,
   * `peers` is several counters as several processes would hold them (one store each);
   * the suite then checks that racing adds and reserves stay exact across them.
   */
  create(context: { clock: FakeClock }): Promise<{ peers: LimitCounter[]; close(): Promise<void> }>;
  /** The counters are shared between processes (give at least two `peers`). */
  shared?: boolean;
}

type Body = (peers: LimitCounter[], clock: FakeClock) => Promise<void>;

/** The cases every `LimitCounter` passes; with `shared`, also across processes. */
export function limitCounterConformance(
  options: LimitCounterConformanceOptions,
): ConformanceCase[] {
  const cases: Array<[string, Body]> = [
    [
      'add counts within a window that its first add starts; get reads it; then it starts again',
      async ([c], clock) => {
        assert.equal(await c!.get('k'), 0);
        assert.equal(await c!.add('k', 1, 1_000), 1);
        await clock.advance(600);
        assert.equal(await c!.add('k', 2, 1_000), 3, 'adds do not extend the window');
        assert.equal(await c!.get('k'), 3);
        await clock.advance(400);
        assert.equal(await c!.get('k'), 0, 'the window ended 1 s after the first add');
        assert.equal(await c!.add('k', 5, 1_000), 5);
        assert.equal(await c!.get('other'), 0, 'keys are apart');
      },
    ],
    [
      'reserve hands out slots in order, `messages` per `perMs`, and refuses past maxWaitMs',
      async ([c], clock) => {
        const limit = { messages: 2, perMs: 1_000, maxWaitMs: 1_500 };
        const start = clock.now().getTime();
        const at = async () => {
          const slot = await c!.reserve('pace', limit);
          return slot.reserved ? slot.at - start : `refused at ${slot.at - start}`;
        };
        assert.deepEqual([await at(), await at(), await at(), await at()], [0, 0, 1_000, 1_000]);
        assert.equal(await at(), 'refused at 2000', 'a slot 2 s away is past maxWaitMs');
        await clock.advance(1_000);
        assert.equal(await at(), 2_000, 'the refused slot was not taken');
      },
    ],
  ];
  if (options.shared) {
    cases.push(
      [
        'adds racing from several processes are all counted',
        async (peers) => {
          const adds = Array.from({ length: 40 }, (_, i) =>
            peers[i % peers.length]!.add('q', 1, 60_000),
          );
          const results = await Promise.all(adds);
          assert.deepEqual(
            [...results].sort((a, b) => a - b),
            Array.from({ length: 40 }, (_, i) => i + 1),
            'every add saw a distinct count',
          );
          for (const p of peers) assert.equal(await p.get('q'), 40);
        },
      ],
      [
        'reserves racing from several processes never share a slot beyond the rate',
        async (peers, clock) => {
          const limit = { messages: 3, perMs: 1_000, maxWaitMs: 60_000 };
          const start = clock.now().getTime();
          const slots = await Promise.all(
            Array.from({ length: 12 }, (_, i) => peers[i % peers.length]!.reserve('p', limit)),
          );
          const times = slots.map((s) => s.at - start).sort((a, b) => a - b);
          assert.ok(slots.every((s) => s.reserved));
          assert.deepEqual(
            times,
            [0, 0, 0, 1_000, 1_000, 1_000, 2_000, 2_000, 2_000, 3_000, 3_000, 3_000],
          );
        },
      ],
    );
  }
  return cases.map(([name, body]) => ({
    name: `limit counter: ${name}`,
    async run() {
      const clock = createFakeClock();
      const made = await options.create({ clock });
      try {
        await body(made.peers, clock);
      } finally {
        await made.close();
      }
    },
  }));
}
