import { createDesk } from '@parley/core';
import { createFakeClock, type FakeClock, memoryChannel } from '@parley/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/support/targets.js';
import { until } from '../../test/support/until.js';
import type { PostgresStore } from '../store/postgres-store.js';
import { type ChannelLeases, createChannelLeases, type ReleaseReason } from './channel-leases.js';
import { leaseDeskChannels } from './desk-channels.js';

const CHANNELS = ['wa-1', 'wa-2', 'wa-3', 'wa-4'];

/** Who runs each channel, across "processes"; records any moment two run one channel. */
function world() {
  const runningBy = new Map<string, string>();
  const overlaps: string[] = [];
  const events: string[] = [];
  return {
    runningBy,
    overlaps,
    events,
    process(name: string, store: PostgresStore, clock: FakeClock): ChannelLeases {
      return createChannelLeases({
        store,
        clock,
        owner: name,
        channels: CHANNELS,
        ttlMs: 3000,
        renewEveryMs: 1000,
        onAcquire(id) {
          const other = runningBy.get(id);
          if (other !== undefined) overlaps.push(`${id}: ${other} and ${name}`);
          runningBy.set(id, name);
          events.push(`${name}+${id}`);
        },
        onRelease(id, reason: ReleaseReason) {
          if (runningBy.get(id) === name) runningBy.delete(id);
          events.push(`${name}-${id}:${reason}`);
        },
      });
    },
    /** A process died: its channels died with it. */
    kill(name: string) {
      for (const [id, owner] of runningBy) if (owner === name) runningBy.delete(id);
    },
    owners: () => Object.fromEntries([...runningBy].sort()),
  };
}

for (const target of targets()) {
  describe(`channel leases on ${target.name}`, () => {
    beforeAll(() => target.setup());
    afterAll(() => target.teardown());

    it('P-22, PL3: each channel runs in exactly one process; a dead process loses its channels within the lease time', async () => {
      const schema = target.schema('lease');
      const clockA = createFakeClock();
      const clockB = createFakeClock();
      const w = world();
      const a = w.process('A', await target.open({ schema, clock: clockA }), clockA);
      const b = w.process('B', await target.open({ schema, clock: clockB }), clockB);
      const both = async (ms: number) => {
        await clockA.advance(ms);
        await clockB.advance(ms);
      };

      await a.start();
      expect(a.owned().sort()).toEqual(CHANNELS);

      // B joins: A gives back its extra share, B takes it.
      await b.start();
      await both(1000);
      await both(1000);
      expect(a.owned()).toHaveLength(2);
      expect(b.owned()).toHaveLength(2);
      expect(new Set([...a.owned(), ...b.owned()]).size).toBe(4);
      expect(w.overlaps).toEqual([]);
      expect(w.events.filter((e) => e.endsWith(':rebalance'))).toHaveLength(2);

      // A dies: its clock stops, so it never renews again.
      const aHad = a.owned();
      w.kill('A');
      const diedAt = clockB.now().getTime();
      while (b.owned().length < 4) {
        await clockB.advance(250);
        expect(clockB.now().getTime() - diedAt).toBeLessThanOrEqual(3000 + 1000);
      }
      expect(w.owners()).toEqual(Object.fromEntries(CHANNELS.map((c) => [c, 'B'])));
      expect(w.overlaps).toEqual([]);

      // A was only paused: on waking it learns the leases are gone and stops those channels.
      await clockA.advance(5000);
      expect(a.owned()).toEqual([]);
      expect(w.events.filter((e) => e.startsWith('A-') && e.endsWith(':lost')).sort()).toEqual(
        aHad.map((c) => `A-${c}:lost`).sort(),
      );
      const owners = await b.owners();
      expect(owners.map((o) => o.owner)).toEqual(['B', 'B', 'B', 'B']);
      expect(owners.every((o) => Number(o.token) >= 1)).toBe(true);

      // A clean stop gives the leases back at once (A, alive again, would take a share).
      await a.stop();
      const clockC = createFakeClock(clockB.now());
      const c = w.process('C', await target.open({ schema, clock: clockC }), clockC);
      await b.stop();
      expect(w.events.filter((e) => e.endsWith(':stopped'))).toHaveLength(4);
      await c.start();
      expect(c.owned().sort()).toEqual(CHANNELS);
      expect(w.overlaps).toEqual([]);
      await c.stop();
    });

    it('PL3: leaseDeskChannels adds a leased channel to the desk and removes it on release', async () => {
      const clock = createFakeClock();
      const store = await target.open({ clock });
      const desk = createDesk({ store, clock });
      await desk.start();
      const sales = memoryChannel();
      const leases = createChannelLeases({
        store,
        ttlMs: 3000,
        ...leaseDeskChannels(desk, [{ id: 'wa-sales', adapter: sales }]),
      });
      await leases.start();
      expect(desk.channels.list().map((c) => c.id)).toEqual(['wa-sales']);
      await leases.remove('wa-sales');
      expect(desk.channels.list()).toEqual([]);
      leases.add('wa-sales');
      await until(() => desk.channels.list().length === 1);
      await leases.stop();
      expect(desk.channels.list()).toEqual([]);
      await desk.stop();
      expect(() =>
        leaseDeskChannels(desk, [
          { id: 'x', adapter: sales },
          { id: 'x', adapter: sales },
        ]),
      ).toThrow(/leased twice/);
      expect(() =>
        createChannelLeases({
          store,
          ttlMs: 1000,
          renewEveryMs: 900,
          onAcquire() {},
          onRelease() {},
        }),
      ).toThrow(/renewEveryMs/);
    });
  });
}
