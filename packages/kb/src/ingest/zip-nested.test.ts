import { ParleyError } from '@parley/core';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { priceListXlsx } from '../test-support/files.js';

/**
 * A 42.zip-style archive: each layer holds 16 copies of the layer below, the innermost a
 * MiB of zeros, so `layers` of them expand to 16^layers MiB if anything opened them all
 * (4 layers: 64 GiB from about 16 KB).
 */
function nestedBomb(layers: number): Uint8Array {
  let current = zipSync({ 'zeros.bin': new Uint8Array(1024 * 1024) }, { level: 9 });
  for (let layer = 0; layer < layers; layer++) {
    const copies: Record<string, Uint8Array> = {};
    for (let i = 0; i < 16; i++) copies[`${layer}-${i.toString(16)}.zip`] = current;
    current = zipSync(copies, { level: 9 });
  }
  return current;
}

describe('nested archives', () => {
  it('P-35: a 42.zip-style bomb uploaded as a workbook is refused, unopened, with bounded memory', async () => {
    const kb = createKnowledgeBase({});
    const before = process.memoryUsage().rss;
    const error = await kb.ingest({ name: 'precos.xlsx', data: nestedBomb(4) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(ParleyError.hasCode(error, 'FILE_INVALID')).toBe(true);
    expect(String(error)).toMatch(/not an Excel workbook/);
    // Opening its layers would take gigabytes; refusing it takes next to nothing.
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });

  it('P-35: an archive embedded in a real workbook is never opened: the sheets are read, memory stays bounded', async () => {
    const workbook = unzipSync(await priceListXlsx());
    workbook['xl/embeddings/oleObject1.bin'] = new Uint8Array(nestedBomb(4));
    const kb = createKnowledgeBase({});
    const before = process.memoryUsage().rss;
    await kb.ingest({ name: 'harga.xlsx', data: zipSync(workbook, { level: 9 }) });
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
    const [hit] = await kb.search('harga cappuccino');
    expect(hit?.text).toContain('Cappuccino');
  });
});
