import { ParleyError } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUrl } from '../../test/support/databases.js';
import { deferred } from '../../test/support/deferred.js';
import { targets } from '../../test/support/targets.js';
import { until } from '../../test/support/until.js';
import { hash64 } from '../db/names.js';

for (const target of targets()) {
  describe(`runExclusive on ${target.name}`, () => {
    beforeAll(() => target.setup());
    afterAll(() => target.teardown());

    it('serialises work on one key, runs other keys alongside, and is re-entrant', async () => {
      const store = await target.open({});
      const gate = deferred();
      const order: string[] = [];
      const first = store.runExclusive('conv-1', async () => {
        order.push('first:start');
        await gate.promise;
        order.push('first:end');
      });
      const second = store.runExclusive('conv-1', async () => {
        order.push('second');
      });
      await store.runExclusive('conv-2', async () => {
        order.push('other key');
      });
      const nested = await store.runExclusive('conv-3', () =>
        store.runExclusive('conv-3', async () => 'nested ok'),
      );
      expect(nested).toBe('nested ok');
      await until(() => order.includes('first:start'));
      expect(order).toEqual(['first:start', 'other key']);
      gate.resolve();
      await Promise.all([first, second]);
      expect(order).toEqual(['first:start', 'other key', 'first:end', 'second']);
    });

    it('PL3: a caller that never nests (the desk: reentrant false) is still kept apart on one key', async () => {
      const store = await target.open({});
      const gate = deferred();
      const order: string[] = [];
      const first = store.runExclusive(
        'conv-1',
        async () => {
          order.push('first:start');
          await gate.promise;
          order.push('first:end');
        },
        { reentrant: false },
      );
      const second = store.runExclusive('conv-1', async () => order.push('second'), {
        reentrant: false,
      });
      await until(() => order.includes('first:start'));
      await new Promise((r) => setTimeout(r, 20));
      expect(order).toEqual(['first:start']);
      gate.resolve();
      await Promise.all([first, second]);
      expect(order).toEqual(['first:start', 'first:end', 'second']);
    });

    it.runIf(target.server)(
      'PL3: two processes never hold one conversation lock at once',
      async () => {
        const clock = createFakeClock();
        const schema = target.schema('lock');
        const a = await target.open({ clock, schema });
        const b = await target.open({ clock, schema, lockTimeoutMs: 5_000 });
        const key = 'wa\u0000+5521988776655';
        const gate = deferred();
        const aHolds = deferred();
        const order: string[] = [];
        const held = a.runExclusive(key, async () => {
          order.push('a');
          aHolds.resolve();
          await gate.promise;
          order.push('a done');
        });
        await aHolds.promise;
        let bDone = false;
        const waiting = b
          .runExclusive(key, async () => {
            order.push('b');
          })
          .then(() => {
            bDone = true;
          });
        // B found the lock taken and is backing off on the clock.
        await until(() => clock.pending() > 0);
        for (let i = 0; i < 5; i++) {
          await clock.advance(100);
          await until(() => clock.pending() > 0);
        }
        expect(order).toEqual(['a']);
        await b.runExclusive('another conversation', async () => {
          order.push('b other');
        });
        gate.resolve();
        await held;
        while (!bDone) {
          await clock.advance(100);
          await until(() => bDone || clock.pending() > 0);
        }
        await waiting;
        expect(order).toEqual(['a', 'b other', 'a done', 'b']);
      },
    );

    it.runIf(target.server)(
      'PL3: work queued on a key in this process takes the lock over; another process gets it once that work is done',
      async () => {
        const clock = createFakeClock();
        const schema = target.schema('lockhand');
        const a = await target.open({ clock, schema });
        const b = await target.open({ clock, schema, lockTimeoutMs: 60_000 });
        const gate = deferred();
        const aHolds = deferred();
        const order: string[] = [];
        const first = a.runExclusive('k', async () => {
          order.push('a1');
          aHolds.resolve();
          await gate.promise;
        });
        await aHolds.promise;
        let bDone = false;
        const waiting = b
          .runExclusive('k', async () => {
            order.push('b');
          })
          .then(() => {
            bDone = true;
          });
        await until(() => clock.pending() > 0);
        // Queued behind the first holder in A: it runs next, with no gap B could take.
        const second = a.runExclusive('k', async () => {
          order.push('a2');
        });
        gate.resolve();
        await Promise.all([first, second]);
        expect(order).toEqual(['a1', 'a2']);
        while (!bDone) {
          await clock.advance(100);
          await until(() => bDone || clock.pending() > 0);
        }
        await waiting;
        expect(order).toEqual(['a1', 'a2', 'b']);
      },
    );

    it.runIf(target.server)('PL3: waiting too long for a lock fails with TIMEOUT', async () => {
      const clock = createFakeClock();
      const schema = target.schema('lockto');
      const a = await target.open({ clock, schema });
      const b = await target.open({ clock, schema, lockTimeoutMs: 1_000 });
      const gate = deferred();
      const aHolds = deferred();
      const held = a.runExclusive('k', async () => {
        aHolds.resolve();
        await gate.promise;
      });
      await aHolds.promise;
      let error: unknown;
      const failed = b
        .runExclusive('k', async () => {})
        .catch((e) => {
          error = e;
        });
      while (error === undefined) {
        await until(() => error !== undefined || clock.pending() > 0);
        if (error === undefined) await clock.advance(100);
      }
      await failed;
      expect(ParleyError.hasCode(error, 'TIMEOUT')).toBe(true);
      expect(String(error)).toMatch(/lockTimeoutMs/);
      gate.resolve();
      await held;
    });

    it.runIf(target.server)(
      'PL3: a lock held by a process whose connection dies is released by the server',
      async () => {
        const clock = createFakeClock();
        const schema = target.schema('lockdie');
        const a = await target.open({ clock, schema });
        const b = await target.open({ clock, schema });
        const aHolds = deferred();
        void a
          .runExclusive('k', async () => {
            aHolds.resolve();
            await new Promise(() => {});
          })
          .catch(() => {});
        await aHolds.promise;
        // The lock key as pg_locks shows it: high and low 32 bits.
        const key = BigInt(hash64(`${schema}\u0000k`));
        const high = Number(BigInt.asUintN(64, key) >> 32n);
        const low = Number(BigInt.asUintN(64, key) & 0xffffffffn);
        const admin = new pg.Client({ connectionString: postgresUrl });
        await admin.connect();
        try {
          const { rows } = await admin.query(
            `SELECT pg_terminate_backend(pid) AS killed FROM pg_locks
             WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND granted`,
            [high, low],
          );
          expect(rows).toEqual([{ killed: true }]);
        } finally {
          await admin.end();
        }
        const got = await b.runExclusive('k', async () => 'b has it');
        expect(got).toBe('b has it');
      },
    );
  });
}
