import type { StoreWrite } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { writeCombiner } from './combiner.js';

const kv = (key: string): StoreWrite => ({ kind: 'kv-set', namespace: 'n', key, value: key });
const keys = (writes: readonly StoreWrite[]) =>
  writes.map((w) => (w.kind === 'kv-set' ? w.key : w.kind));

/** A writer whose statements finish only when released, recording each statement. */
function heldWriter(options: { failOn?: string } = {}) {
  const statements: string[][] = [];
  const releases: Array<() => void> = [];
  const write = (writes: readonly StoreWrite[]) => {
    statements.push(keys(writes));
    return new Promise<void>((resolve, reject) => {
      releases.push(() =>
        keys(writes).includes(options.failOn ?? '\u0000')
          ? reject(new Error('bad row'))
          : resolve(),
      );
    });
  };
  const releaseAll = async () => {
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { write, statements, releaseAll };
}

describe('writeCombiner (group commit for Store.batch)', () => {
  it('PL3: a lone batch goes out at once; batches that arrive meanwhile share the next statement', async () => {
    const w = heldWriter();
    const combiner = writeCombiner(w.write, 1);
    const first = combiner.submit([kv('a')]);
    expect(w.statements).toEqual([['a']]);
    const rest = [combiner.submit([kv('b')]), combiner.submit([kv('c'), kv('d')])];
    expect(w.statements).toHaveLength(1);
    await w.releaseAll();
    await Promise.all([first, ...rest]);
    expect(w.statements).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('PL3: one bad batch fails alone; the others of its statement are written and resolve', async () => {
    const w = heldWriter({ failOn: 'bad' });
    const combiner = writeCombiner(w.write, 1);
    const first = combiner.submit([kv('a')]);
    const good = combiner.submit([kv('b')]);
    const bad = combiner.submit([kv('bad')]);
    const release = w.releaseAll();
    await expect(bad).rejects.toThrow('bad row');
    await Promise.all([first, good, release]);
    await w.releaseAll();
    // The combined statement failed; each batch then went again on its own.
    expect(w.statements).toEqual([['a'], ['b', 'bad'], ['b'], ['bad']]);
  });

  it('PL3: at most `maxGroup` batches share a statement', async () => {
    const w = heldWriter();
    const combiner = writeCombiner(w.write, 1, 2);
    const all = ['a', 'b', 'c', 'd', 'e'].map((k) => combiner.submit([kv(k)]));
    await w.releaseAll();
    await w.releaseAll();
    await Promise.all(all);
    expect(w.statements).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });
});
