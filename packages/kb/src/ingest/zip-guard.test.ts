import { ParleyError } from '@parley/core';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { defaultLimits } from '../limits.js';
import { priceListXlsx } from '../test-support/files.js';
import { readZipDirectory } from './zip-directory.js';
import { assertZipWithinLimits } from './zip-guard.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** External attributes of a Unix entry: the mode in the high 16 bits. */
const unixMode = (mode: number) => mode * 0x10000;

/** A workbook-shaped archive with one more entry, written with `os` and `attrs`. */
function workbookWith(name: string, os: number, mode: number): Uint8Array {
  return zipSync({
    '[Content_Types].xml': enc('<Types/>'),
    'xl/workbook.xml': enc('<workbook/>'),
    'xl/worksheets/sheet1.xml': enc('<worksheet><sheetData/></worksheet>'),
    [name]: [enc('/etc/passwd'), { os, attrs: unixMode(mode) }],
  });
}

async function refusal(promise: Promise<unknown>): Promise<ParleyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!ParleyError.isInstance(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('zip guard', () => {
  it('P-35: a workbook holding a symbolic link (Unix or macOS host) is refused', async () => {
    const kb = createKnowledgeBase();
    for (const os of [3, 19]) {
      const error = await refusal(
        kb.ingest({ name: 'link.xlsx', data: workbookWith('xl/media/image1.png', os, 0o120777) }),
      );
      expect(error.code, String(os)).toBe('FILE_INVALID');
      expect(error.message).toContain('"xl/media/image1.png", a symbolic link');
    }
    expect(await kb.documents()).toEqual([]);
  });

  it('P-35: the same mode bits on a DOS host, and regular Unix files, are not links', () => {
    const dos = readZipDirectory(workbookWith('xl/x.bin', 0, 0o120777));
    const unixFile = readZipDirectory(workbookWith('xl/x.bin', 3, 0o100644));
    const link = readZipDirectory(workbookWith('xl/x.bin', 3, 0o120777));
    expect(dos.at(-1)).toMatchObject({ name: 'xl/x.bin', symlink: false });
    expect(unixFile.at(-1)).toMatchObject({ name: 'xl/x.bin', symlink: false });
    expect(link.at(-1)).toMatchObject({ name: 'xl/x.bin', symlink: true });
  });

  it('P-35: the central directory reader agrees with fflate on the entries of a real workbook', async () => {
    const bytes = await priceListXlsx();
    const ours = readZipDirectory(bytes);
    const theirs: Array<{ name: string; size: number; originalSize: number }> = [];
    unzipSync(bytes, {
      filter: (f) => {
        theirs.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
    expect(ours.map(({ name, size, originalSize }) => ({ name, size, originalSize }))).toEqual(
      theirs,
    );
    expect(ours.some((e) => e.symlink)).toBe(false);
  });

  it('P-35: a damaged or truncated central directory is refused as FILE_INVALID', async () => {
    const kb = createKnowledgeBase();
    const bytes = await priceListXlsx();
    const end = bytes.length - 22;
    const cut = bytes.slice(0, end - 10); // the end record and part of the directory gone
    const pointing = bytes.slice();
    // The end record says the directory starts past the end of the file.
    new DataView(pointing.buffer).setUint32(end + 16, bytes.length + 100, true);
    for (const data of [cut, pointing]) {
      const error = await refusal(kb.ingest({ name: 'bad.xlsx', data }));
      expect(error.code).toBe('FILE_INVALID');
      expect(error.message).toContain('central directory cannot be read');
    }
  });

  it('P-35: a 16k-column sheet is refused by its cell count while it streams', () => {
    // 16,384 columns (XFD, Excel's widest) × 130 rows: 2.1M cells, over maxCells (2M).
    const row = `<row>${'<c/>'.repeat(16_384)}</row>`;
    const sheet = `<worksheet><sheetData>${row.repeat(130)}</sheetData></worksheet>`;
    const bytes = zipSync(
      {
        '[Content_Types].xml': enc('<Types/>'),
        'xl/workbook.xml': enc('<workbook/>'),
        'xl/worksheets/sheet1.xml': enc(sheet),
      },
      { level: 6 },
    );
    const limits = { ...defaultLimits, maxCompressionRatio: 1e9 };
    let error: unknown;
    try {
      assertZipWithinLimits('wide.xlsx', bytes, limits);
    } catch (e) {
      error = e;
    }
    expect(ParleyError.hasCode(error, 'FILE_TOO_LARGE')).toBe(true);
    expect((error as Error).message).toMatch(/number of cells \(at least\)/);
  });

  it('P-35: a shared-strings bomb is refused by its ratio, and with lying sizes by the inflated bytes', () => {
    // One string repeated: sharedStrings.xml compresses about 500:1.
    const strings = `<sst>${'<si><t>Kopi Susu Gula Aren</t></si>'.repeat(1_000_000)}</sst>`;
    const bytes = zipSync(
      {
        '[Content_Types].xml': enc('<Types/>'),
        'xl/workbook.xml': enc('<workbook/>'),
        'xl/sharedStrings.xml': enc(strings),
      },
      { level: 9 },
    );
    const refusal = (limits: typeof defaultLimits) => {
      try {
        assertZipWithinLimits('strings.xlsx', bytes, limits);
      } catch (e) {
        return e as ParleyError;
      }
      throw new Error('expected a refusal');
    };
    const byRatio = refusal(defaultLimits);
    expect(byRatio.code).toBe('FILE_TOO_LARGE');
    expect(byRatio.message).toContain('"xl/sharedStrings.xml" inflates');
    // Headers that declare 1,000 bytes pass the ratio and size checks; the counting
    // inflater stops it at the byte limit.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const sig = view.getUint32(i, true);
      const at = sig === 0x04034b50 ? i + 22 : sig === 0x02014b50 ? i + 24 : -1;
      if (at >= 0 && view.getUint32(at, true) === strings.length) view.setUint32(at, 1000, true);
    }
    expect(readZipDirectory(bytes).at(-1)).toMatchObject({ originalSize: 1000 });
    const byBytes = refusal({
      ...defaultLimits,
      maxDecompressedBytes: 8 * 1024 * 1024,
    });
    expect(byBytes.code).toBe('FILE_TOO_LARGE');
    expect(byBytes.message).toContain('inflated size');
  });
});
