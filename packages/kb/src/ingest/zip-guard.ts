import { Unzip, UnzipInflate } from 'fflate';
import { assertWithin, fileError } from '../errors.js';
import type { KnowledgeLimits } from '../limits.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

/** `..` segments, absolute paths, drive letters and backslashes: no spreadsheet writes them. */
const unsafeEntryName = /(^|[/\\])\.\.([/\\]|$)|^[/\\]|^[a-z]:|\\/i;

/** Entries smaller than this may compress as well as they like (XML of empty cells does). */
const ratioFloor = 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: bounds the memory one step can take. */
const step = 16 * 1024;

/**
 * Refuses an archive that would inflate past the limits, before anything is inflated:
 * the central directory's declared sizes are checked first, then the archive is
 * streamed through a counting inflater that stops at the limit (declared sizes can lie).
 * Returns the entry names.
 */
export function assertZipWithinLimits(
  file: string,
  bytes: Uint8Array,
  limits: KnowledgeLimits,
): string[] {
  const entries = listEntries(file, bytes);
  assertWithin(file, limits, 'maxZipEntries', entries.length, 'the number of files in the archive');
  // Nothing is ever extracted to disk, but a workbook never holds such names: an archive
  // that does was made to attack an unzipper (zip slip), not saved by a spreadsheet.
  const escaping = entries.find((e) => unsafeEntryName.test(e.name));
  if (escaping) {
    throw fileError(
      'FILE_INVALID',
      file,
      `it holds an entry named "${escaping.name}", a path outside the archive`,
      'Open the file in Excel and save it again, then upload the new file.',
    );
  }
  // P-35: no spreadsheet writes a symbolic link either; one in a workbook points an
  // unzipper at a file outside it. Read from the central directory's external attributes.
  const link = entries.find((e) => e.symlink);
  if (link) {
    throw fileError(
      'FILE_INVALID',
      file,
      `it holds "${link.name}", a symbolic link, which no spreadsheet writes`,
      'Open the file in Excel and save it again, then upload the new file.',
    );
  }
  let declared = 0;
  for (const e of entries) {
    declared += e.originalSize;
    const ratio = e.originalSize / Math.max(1, e.size);
    if (e.originalSize > ratioFloor && ratio > limits.maxCompressionRatio) {
      throw fileError(
        'FILE_TOO_LARGE',
        file,
        `"${e.name}" inflates ${Math.round(ratio)} times (${e.originalSize} bytes), the mark of a zip bomb`,
        'Open the file in Excel and save it again; raise `limits.maxCompressionRatio` only for files you trust.',
      );
    }
  }
  assertWithin(
    file,
    limits,
    'maxDecompressedBytes',
    declared,
    'the uncompressed size of the workbook',
  );
  countInflated(file, bytes, limits);
  return entries.map((e) => e.name);
}

function listEntries(file: string, bytes: Uint8Array): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (cause) {
    throw fileError(
      'FILE_INVALID',
      file,
      'the archive is damaged or truncated (its central directory cannot be read)',
      'Open it in Excel and save it again, then upload the new file.',
      cause,
    );
  }
}

/** Worksheet parts, whose `<row>` and `<c>` elements are counted as they inflate. */
const sheetPart = /^xl\/worksheets\/[^/]+\.xml$/i;
const rowTag = /<(?:\w+:)?row[\s>/]/g;
const cellTag = /<(?:\w+:)?c[\s>/]/g;

/** The text after the last `<` when it may be the start of a tag not yet counted. */
function partialTag(text: string): string {
  const at = text.lastIndexOf('<');
  const fragment = at < 0 ? '' : text.slice(at);
  if (fragment.length > 16 || fragment.includes('>')) return '';
  const counted = /^<(?:\w+:)?(?:row|c)[\s>/]/.test(fragment);
  return counted ? '' : fragment;
}

function countInflated(file: string, bytes: Uint8Array, limits: KnowledgeLimits): void {
  const max = limits.maxDecompressedBytes;
  let total = 0;
  let rows = 0;
  let cells = 0;
  let over: 'bytes' | 'rows' | 'cells' | undefined;
  const unzip = new Unzip((entry) => {
    const sheet = sheetPart.test(entry.name);
    // Tags can straddle two chunks: the tail of one is prepended to the next.
    let tail = '';
    entry.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (sheet && !over) {
        const text =
          tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1');
        rows += text.match(rowTag)?.length ?? 0;
        cells += text.match(cellTag)?.length ?? 0;
        tail = partialTag(text);
      }
      if (over) return;
      if (total > max) over = 'bytes';
      else if (rows > limits.maxRows) over = 'rows';
      else if (cells > limits.maxCells) over = 'cells';
      if (over) entry.terminate();
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !over; i += step) {
      unzip.push(bytes.subarray(i, Math.min(bytes.length, i + step)), i + step >= bytes.length);
    }
  } catch (cause) {
    throw fileError(
      'FILE_INVALID',
      file,
      'the archive is damaged (an entry cannot be inflated)',
      'Open it in Excel and save it again, then upload the new file.',
      cause,
    );
  }
  // P-35: rows and cells are counted while the sheets stream, before any workbook
  // model is built (a 1M-row sheet used to cost a gigabyte before maxRows was checked).
  if (over === 'bytes')
    assertWithin(file, limits, 'maxDecompressedBytes', total, 'the inflated size of the workbook');
  if (over === 'rows') assertWithin(file, limits, 'maxRows', rows, 'the number of rows (at least)');
  if (over === 'cells')
    assertWithin(file, limits, 'maxCells', cells, 'the number of cells (at least)');
}
