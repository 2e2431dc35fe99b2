import type { Job } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deferred } from '../../test/support/deferred.js';
import { targets } from '../../test/support/targets.js';
import { tablesOf } from '../db/names.js';
import type { PostgresStore } from '../store/postgres-store.js';
import { createPostgresScheduler, type PostgresSchedulerOptions } from './postgres-scheduler.js';

const T0 = new Date('2026-01-05T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

async function jobRow(store: PostgresStore, id: string) {
  const { rows } = await store.database.query<{ status: string; attempts: number }>(
    `SELECT status, attempts FROM ${tablesOf(store.schema).jobs} WHERE id = $1`,
    [id],
  );
  return rows[0];
}

for (const target of targets()) {
  describe(`durable scheduler on ${target.name}`, () => {
    beforeAll(() => target.setup());
    afterAll(() => target.teardown());

    async function setup(extra: Partial<PostgresSchedulerOptions> = {}) {
      const clock = createFakeClock(T0);
      const store = await target.open({ clock });
      const scheduler = createPostgresScheduler({ store, pollIntervalMs: 60_000, ...extra });
      return { clock, store, scheduler };
    }

    it('runs a job when due, once, and forgets it', async () => {
      const { clock, scheduler } = await setup();
      const runs: Job[] = [];
      scheduler.define('greet', async (job) => {
        runs.push(job);
      });
      await scheduler.start();
      await scheduler.schedule({
        id: 'j1',
        type: 'greet',
        runAt: at(5000),
        payload: { at: new Date('2026-02-01T00:00:00Z'), bytes: new Uint8Array([0, 255]) },
      });
      expect((await scheduler.get('j1'))?.type).toBe('greet');
      await clock.advance(4999);
      expect(runs).toHaveLength(0);
      await clock.advance(1);
      await scheduler.idle();
      expect(runs).toHaveLength(1);
      const payload = runs[0]!.payload as { at: Date; bytes: Uint8Array };
      expect(payload.at).toEqual(new Date('2026-02-01T00:00:00Z'));
      expect([...payload.bytes]).toEqual([0, 255]);
      expect(await scheduler.get('j1')).toBeUndefined();
      await clock.advance(120_000);
      expect(runs).toHaveLength(1);
      await scheduler.stop();
    });

    it('scheduling the same id again replaces the pending job (debounce); cancel removes it', async () => {
      const { clock, scheduler } = await setup();
      const seen: unknown[] = [];
      scheduler.define('flush', async (job) => {
        seen.push(job.payload);
      });
      await scheduler.start();
      await scheduler.schedule({ id: 'g', type: 'flush', runAt: at(3000), payload: ['a'] });
      await clock.advance(2000);
      await scheduler.schedule({ id: 'g', type: 'flush', runAt: at(5000), payload: ['a', 'b'] });
      await clock.advance(1500);
      expect(seen).toEqual([]);
      await clock.advance(1500);
      await scheduler.idle();
      expect(seen).toEqual([['a', 'b']]);

      await scheduler.schedule({ id: 'c', type: 'flush', runAt: at(9000), payload: 'x' });
      expect(await scheduler.cancel('c')).toBe(true);
      expect(await scheduler.cancel('c')).toBe(false);
      await clock.advance(10_000);
      await scheduler.idle();
      expect(seen).toHaveLength(1);
      await scheduler.stop();
    });

    it('retries a failing job with back-off, then gives it up as dead', async () => {
      const dead: Job[] = [];
      const { clock, store, scheduler } = await setup({ onDeadJob: (job) => dead.push(job) });
      const attempts: Array<[number, number]> = [];
      scheduler.define(
        'flaky',
        async (job) => {
          attempts.push([job.attempts, clock.now().getTime() - T0.getTime()]);
          throw new Error('endpoint down');
        },
        { maxAttempts: 3, backoffMs: (n) => n * 1000 },
      );
      await scheduler.start();
      await scheduler.schedule({ id: 'w', type: 'flaky', runAt: T0, payload: {} });
      await scheduler.idle();
      expect(attempts).toEqual([[0, 0]]);
      expect((await scheduler.get('w'))?.attempts).toBe(1);
      await clock.advance(999);
      expect(attempts).toHaveLength(1);
      await clock.advance(1);
      await scheduler.idle();
      await clock.advance(2000);
      await scheduler.idle();
      expect(attempts).toEqual([
        [0, 0],
        [1, 1000],
        [2, 3000],
      ]);
      expect(dead.map((j) => j.id)).toEqual(['w']);
      expect(await scheduler.get('w')).toBeUndefined();
      expect(await jobRow(store, 'w')).toMatchObject({ status: 'dead', attempts: 3 });
      await scheduler.stop();
    });

    it('a job due while no process was up runs right after start', async () => {
      const { clock, store, scheduler } = await setup();
      scheduler.define('remind', async () => {});
      await scheduler.schedule({ id: 'r', type: 'remind', runAt: at(1000), payload: 1 });
      await scheduler.stop();
      await clock.advance(60_000);

      const later = createPostgresScheduler({ store, pollIntervalMs: 60_000 });
      const ran: string[] = [];
      later.define('remind', async (job) => {
        ran.push(job.id);
      });
      await later.start();
      await later.idle();
      expect(ran).toEqual(['r']);
      await later.stop();
    });

    it('never runs one job twice at once; a reschedule while running waits for the run', async () => {
      const { clock, store, scheduler: a } = await setup();
      const b = createPostgresScheduler({ store, pollIntervalMs: 60_000 });
      const gate = deferred();
      const firstStarted = deferred();
      const calls: string[] = [];
      for (const [name, s] of [
        ['a', a],
        ['b', b],
      ] as const) {
        s.define('slow', async (job) => {
          calls.push(`${name}:${job.payload}`);
          if (job.payload === 1) {
            firstStarted.resolve();
            await gate.promise;
          }
        });
        await s.start();
      }
      await a.schedule({ id: 's', type: 'slow', runAt: T0, payload: 1 });
      await firstStarted.promise;
      await a.poll();
      await b.poll();
      expect(calls).toHaveLength(1);
      await a.schedule({ id: 's', type: 'slow', runAt: T0, payload: 2 });
      expect((await a.get('s'))?.payload).toBe(2);
      await a.poll();
      await b.poll();
      expect(calls).toHaveLength(1);
      gate.resolve();
      await a.idle();
      await b.idle();
      await clock.advance(1);
      await a.poll();
      await b.poll();
      await a.idle();
      await b.idle();
      expect(calls.map((c) => c.split(':')[1])).toEqual(['1', '2']);
      expect(await a.get('s')).toBeUndefined();
      await a.stop();
      gate.resolve();
      await b.stop();
    });

    it('a job whose process died (no heartbeat) is run again after its lease', async () => {
      const { clock, store } = await setup();
      // The "dead" process: its clock never moves, so it never renews the lease.
      const frozen = createFakeClock(T0);
      const dying = createPostgresScheduler({ store, clock: frozen, leaseMs: 10_000 });
      const claimed = deferred();
      dying.define('send', () => {
        claimed.resolve();
        return new Promise<void>(() => {});
      });
      await dying.start();
      await dying.schedule({ id: 'x', type: 'send', runAt: T0, payload: null });
      await claimed.promise;
      expect(await jobRow(store, 'x')).toMatchObject({ status: 'running', attempts: 0 });

      const survivor = createPostgresScheduler({ store, leaseMs: 10_000, pollIntervalMs: 1000 });
      const ran: number[] = [];
      survivor.define('send', async (job) => {
        ran.push(job.attempts);
      });
      await survivor.start();
      await clock.advance(9000);
      expect(ran).toEqual([]);
      await clock.advance(1000);
      await survivor.idle();
      expect(ran).toEqual([1]);
      expect(await jobRow(store, 'x')).toBeUndefined();
      await survivor.stop();
    });

    it('lanes: a channel-bound job runs only in a process that owns its lane', async () => {
      const owned = new Set<string>();
      const { store, scheduler: other } = await setup({
        lanes: () => ['wa-2'],
        laneOf: (job) => (job.payload as { channelId: string }).channelId,
      });
      // The default lane: the payload's channelId, or its conversation's channel.
      const owner = createPostgresScheduler({ store, pollIntervalMs: 60_000, lanes: () => owned });
      const ran: string[] = [];
      other.define('reply', async () => {
        ran.push('other');
      });
      owner.define('reply', async () => {
        ran.push('owner');
      });
      await other.start();
      await owner.start();
      await other.schedule({ id: 'l', type: 'reply', runAt: T0, payload: { channelId: 'wa-1' } });
      await store.saveConversation({
        id: 'v1',
        tenantId: 't',
        channelId: 'wa-1',
        contactId: 'c1',
        contactAddress: 'c1',
        status: 'open',
        handler: 'assistant',
        origin: 'customer',
        unreadCount: 0,
        labels: [],
        lastActivityAt: T0,
        createdAt: T0,
        updatedAt: T0,
        state: {},
      });
      await owner.schedule({
        id: 'flush',
        type: 'reply',
        runAt: T0,
        payload: { tenantId: 't', conversationId: 'v1' },
      });
      await other.poll();
      await owner.poll();
      await other.idle();
      await owner.idle();
      expect(ran).toEqual([]);
      owned.add('wa-1');
      await other.poll();
      await owner.poll();
      await other.idle();
      await owner.idle();
      expect(ran).toEqual(['owner', 'owner']);
      await other.stop();
      await owner.stop();
    });

    it('refuses a bad job and a second handler for a type', async () => {
      const { scheduler } = await setup();
      scheduler.define('t', async () => {});
      expect(() => scheduler.define('t', async () => {})).toThrow(/already defined/);
      await expect(
        scheduler.schedule({ id: 'bad', type: 't', runAt: new Date('nope'), payload: 1 }),
      ).rejects.toThrow(/runAt/);
      expect(() => createPostgresScheduler({ store: {} as PostgresStore })).toThrow(
        /createPostgresStore/,
      );
    });

    it.runIf(target.server)(
      'LISTEN/NOTIFY wakes another process as soon as a job is scheduled',
      async () => {
        const clock = createFakeClock(T0);
        const schema = target.schema('notify');
        const storeA = await target.open({ clock, schema });
        const storeB = await target.open({ clock, schema });
        const producer = createPostgresScheduler({ store: storeA, pollIntervalMs: 3_600_000 });
        const consumer = createPostgresScheduler({ store: storeB, pollIntervalMs: 3_600_000 });
        const ran = deferred<string>();
        consumer.define('ping', async (job) => ran.resolve(job.id));
        await producer.start();
        await consumer.start();
        await producer.schedule({ id: 'n1', type: 'ping', runAt: T0, payload: null });
        expect(await ran.promise).toBe('n1');
        await consumer.idle();
        await producer.stop();
        await consumer.stop();
      },
    );
  });
}
