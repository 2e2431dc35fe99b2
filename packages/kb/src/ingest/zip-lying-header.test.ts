import { ParleyError } from '@parley/core';
import { Zip, ZipDeflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../limits.js';
import { assertZipWithinLimits } from './zip-guard.js';

const MiB = 1024 * 1024;

/**
 * A workbook whose sheet is `inflated` bytes of zeros but whose central directory
 * declares 1,000 bytes, written by streaming 1 MiB at a time so building it never holds
 * the inflated sheet (the memory figure below is the guard's, not the fixture's).
 */
function lyingWorkbook(inflated: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  for (const [name, text] of [
    ['[Content_Types].xml', '<Types/>'],
    ['xl/workbook.xml', '<workbook/>'],
  ] as const) {
    const entry = new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    entry.push(new TextEncoder().encode(text), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  const zeros = new Uint8Array(MiB);
  for (let done = 0; done < inflated; done += MiB) sheet.push(zeros, done + MiB >= inflated);
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  // Every place the sheet's true size is written (central directory, data descriptor)
  // now says 1,000 bytes.
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const sig = view.getUint32(i, true);
    const sizeAt = sig === 0x02014b50 ? i + 24 : sig === 0x08074b50 ? i + 12 : -1;
    if (sizeAt >= 0 && view.getUint32(sizeAt, true) === inflated)
      view.setUint32(sizeAt, 1000, true);
  }
  return bytes;
}

describe('zip guard: lying headers', () => {
  it('P-35: a lying header (declared size < actual) is refused at the inflate limit, with bounded memory and time', async () => {
    const bytes = lyingWorkbook(256 * MiB);
    expect(bytes.length).toBeLessThan(2 * MiB);
    const limits = { ...defaultLimits, maxDecompressedBytes: 8 * MiB, maxCompressionRatio: 1e9 };
    const before = process.resourceUsage().maxRSS * 1024;
    const started = performance.now();
    let error: unknown;
    try {
      assertZipWithinLimits('liar.xlsx', bytes, limits);
    } catch (e) {
      error = e;
    }
    const ms = performance.now() - started;
    const grew = process.resourceUsage().maxRSS * 1024 - before;
    if (process.env.P35_PRINT) {
      // Baseline in the same run: inflating every entry in full, keeping the output.
      const b0 = process.resourceUsage().maxRSS * 1024;
      const t0 = performance.now();
      const { Unzip, UnzipInflate } = await import('fflate');
      const kept: Uint8Array[] = [];
      const unzip = new Unzip((entry) => {
        entry.ondata = (_e, chunk) => kept.push(chunk);
        entry.start();
      });
      unzip.register(UnzipInflate);
      unzip.push(bytes, true);
      console.log({
        grewMiB: grew / MiB,
        ms,
        baselineGrewMiB: (process.resourceUsage().maxRSS * 1024 - b0) / MiB,
        baselineMs: performance.now() - t0,
        inflatedMiB: kept.reduce((n, c) => n + c.length, 0) / MiB,
      });
    }
    expect(ParleyError.hasCode(error, 'FILE_TOO_LARGE')).toBe(true);
    expect((error as Error).message).toContain('inflated size');
    // The sheet inflates to 256 MiB; the guard stops at 8 MiB, a step of at most ~16 MiB
    // of output past it. Peak RSS grows by far less than the sheet.
    expect(grew).toBeLessThan(96 * MiB);
    expect(ms).toBeLessThan(2000);
  });
});
