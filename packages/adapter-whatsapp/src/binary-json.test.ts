import { createMemoryStore } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { fromStorable, toStorable } from './binary-json.js';

describe('binary-safe storage', () => {
  const value = {
    noiseKey: { private: Buffer.from([1, 2, 3]), public: new Uint8Array([250, 251]) },
    list: [Buffer.from('hi'), 3, null],
    long: { low: 5, high: 0, unsigned: false, toNumber: () => 5 },
    nested: { skip: undefined, fn: () => 1, ok: 'yes' },
  };

  it('CH1: bytes come back as Buffers through a memory store and through JSON', async () => {
    const kv = createMemoryStore().kv('t');
    await kv.set('v', toStorable(value));
    type Revived = {
      noiseKey: { private: Buffer; public: Buffer };
      list: [Buffer, number, null];
      long: number;
      nested: Record<string, unknown>;
    };
    const viaStore = fromStorable<Revived>(await kv.get('v'));
    const viaJson = fromStorable<Revived>(JSON.parse(JSON.stringify(toStorable(value))));
    for (const got of [viaStore, viaJson]) {
      expect(Buffer.isBuffer(got.noiseKey.private)).toBe(true);
      expect([...got.noiseKey.private]).toEqual([1, 2, 3]);
      expect([...got.noiseKey.public]).toEqual([250, 251]);
      expect(got.list[0].toString()).toBe('hi');
      expect(got.list.slice(1)).toEqual([3, null]);
      expect(got.long).toBe(5);
      expect(got.nested).toEqual({ ok: 'yes' });
    }
  });
});
