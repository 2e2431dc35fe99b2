import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { assertWithin, fileError } from '../errors.js';
import type { KnowledgeLimits } from '../limits.js';

interface Entry {
  name: string;
  size: number;
  originalSize: number;
}

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

function listEntries(file: string, bytes: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  try {
    // The filter sees each central-directory record and declines it: nothing is inflated.
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (cause) {
    throw fileError(
      'FILE_INVALID',
      file,
      'the archive is damaged or truncated (its central directory cannot be read)',
      'Open it in Excel and save it again, then upload the new file.',
      cause,
    );
  }
  return entries;
}

function countInflated(file: string, bytes: Uint8Array, limits: KnowledgeLimits): void {
  const max = limits.maxDecompressedBytes;
  let total = 0;
  let over = false;
  const unzip = new Unzip((entry) => {
    entry.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > max && !over) {
        over = true;
        entry.terminate();
      }
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
  if (over)
    assertWithin(file, limits, 'maxDecompressedBytes', total, 'the inflated size of the workbook');
}
