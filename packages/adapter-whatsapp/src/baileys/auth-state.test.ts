import { createMemoryStore, type KeyValue } from '@parley/core';
import type { SignalDataSet } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { loadAuthState } from './auth-state.js';
import { loadBaileys } from './runtime.js';

/** The channel's key-value space, with a process that dies on its `crashAt`-th write. */
function crashingKv(kv: KeyValue, crashAt: number): KeyValue & { writes: number } {
  const wrapper = {
    writes: 0,
    get: kv.get.bind(kv),
    list: kv.list.bind(kv),
    async set(key: string, value: unknown, options?: { ttlMs?: number }) {
      if (++wrapper.writes === crashAt) throw new Error('killed mid-write');
      return kv.set(key, value, options);
    },
    async delete(key: string) {
      if (++wrapper.writes === crashAt) throw new Error('killed mid-write');
      return kv.delete(key);
    },
  };
  return wrapper;
}

const pair = (n: number) => ({
  public: new Uint8Array([n, 1]),
  private: new Uint8Array([n, 2]),
});

/** One `keys.set` as Baileys makes it after a prekey upload: new keys, one removed. */
const batch: SignalDataSet = {
  'pre-key': { '11': pair(11), '12': pair(12), '13': pair(13), '10': null },
  session: { '5511987654321.0': new Uint8Array([9, 9, 9]) },
};

async function snapshot(kv: KeyValue) {
  const runtime = await loadBaileys();
  const { state } = await loadAuthState(kv, runtime);
  const pre = await state.keys.get('pre-key', ['10', '11', '12', '13']);
  const sessions = await state.keys.get('session', ['5511987654321.0']);
  return {
    present: [...Object.keys(pre).sort(), ...Object.keys(sessions)],
    values: Object.fromEntries(Object.entries(pre).map(([id, v]) => [id, [...v.private]])),
  };
}

describe('Baileys auth keys', () => {
  it('P-20: a process killed in the middle of keys.set leaves all of the batch or none of it', {
    timeout: 60_000,
  }, async () => {
    const runtime = await loadBaileys();
    const before = ['10'];
    const after = ['11', '12', '13', '5511987654321.0'];
    // Every write position a crash can hit: the first write, each key, the last one.
    const outcomes = new Set<string>();
    for (let crashAt = 1; crashAt <= 7; crashAt++) {
      const store = createMemoryStore();
      const kv = store.kv('channel:wa');
      const setup = await loadAuthState(kv, runtime);
      await setup.state.keys.set({ 'pre-key': { '10': pair(10) } });
      await setup.flush();

      const dying = crashingKv(kv, crashAt);
      const live = await loadAuthState(dying, runtime);
      await expect(live.state.keys.set(batch)).rejects.toThrow(/killed mid-write/);

      // Restart over what the store holds.
      const seen = await snapshot(kv);
      expect([before, after]).toContainEqual(seen.present);
      outcomes.add(seen.present.join());
      if (seen.present.length === after.length) {
        expect(seen.values).toEqual({ '11': [11, 2], '12': [12, 2], '13': [13, 2] });
      }
    }
    // Crashing on the journal write leaves none; any later crash is finished on restart.
    expect(outcomes.size).toBe(2);
  });

  it('P-20: a batch that failed half-way in a live process is finished before the next one', async () => {
    const runtime = await loadBaileys();
    const store = createMemoryStore();
    const kv = store.kv('channel:wa');
    const dying = crashingKv(kv, 3);
    const live = await loadAuthState(dying, runtime);
    await expect(live.state.keys.set(batch)).rejects.toThrow(/killed mid-write/);
    await live.state.keys.set({ 'sender-key': { g1: new Uint8Array([1]) } });
    const seen = await snapshot(kv);
    expect(seen.present).toEqual(['11', '12', '13', '5511987654321.0']);
    expect(Object.keys(await live.state.keys.get('sender-key', ['g1']))).toEqual(['g1']);
  });
});
