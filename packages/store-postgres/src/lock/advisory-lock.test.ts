import { silentLogger } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../test/support/deferred.js';
import type { Database, DatabaseSession } from '../db/database.js';
import { advisoryExclusive } from './advisory-lock.js';

/** A lock connection that grants every lock and notes each statement's operations. */
function recordingDatabase(statements: string[][]): Database {
  const session = {
    async query(_text: string, params?: unknown[]) {
      const [keys, locks] = params as [string[], boolean[]];
      statements.push(keys.map((k, i) => `${locks[i] ? 'lock' : 'unlock'} ${k}`));
      return { rows: keys.map(() => ({ ok: true })) };
    },
    onLost() {},
    async close() {},
  } as unknown as DatabaseSession;
  return { kind: 'pg', session: async () => session } as unknown as Database;
}

describe('advisoryExclusive', () => {
  it('PL3: work queued on a key in this process takes the lock over, without a release and lock in between', async () => {
    const statements: string[][] = [];
    const locks = advisoryExclusive(recordingDatabase(statements), 'ns', {
      timeoutMs: 1_000,
      clock: createFakeClock(),
      logger: silentLogger,
    });
    const gate = deferred();
    const order: string[] = [];
    const first = locks.run('k', async () => {
      order.push('first');
      await gate.promise;
    });
    const second = locks.run('k', async () => {
      order.push('second');
    });
    const other = locks.run('other', async () => {
      order.push('other');
    });
    await other;
    gate.resolve();
    await Promise.all([first, second]);
    await locks.close();
    expect(order).toEqual(['first', 'other', 'second']);
    const ops = statements.flat().map((op) => op.replace(/ -?\d+$/, ''));
    // One lock and one release per key, however many holders ran in a row.
    expect(ops.filter((op) => op === 'lock').length).toBe(2);
    expect(ops.filter((op) => op === 'unlock').length).toBe(2);
  });
});
