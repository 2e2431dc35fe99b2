import Papa from 'papaparse';
import { assertWithin, fileError } from '../errors.js';
import { tableToUnits } from './table.js';
import type { LoadContext, LoadedUnit } from './unit.js';

const progressEvery = 2000;
const delimiters = ['\t', ';', '|', ','] as const;
const sampleLines = 30;

/** Occurrences of `d` in a line outside double quotes. */
function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter whose count is the same on the header and on most of the first lines.
 * Papaparse's own guess picked "," for a Brazilian Excel export (`;` between columns,
 * commas inside answers and prices), splitting every answer; a delimiter that repeats
 * the header's column count on most lines is the column separator. Tab, `;` and `|`
 * win ties over `,`, which also appears inside text and decimal numbers.
 */
export function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/, sampleLines + 1)
    .slice(0, sampleLines)
    .filter((l) => l.trim() !== '');
  let best: string = ',';
  let bestShare = 0;
  for (const d of delimiters) {
    const header = countOutsideQuotes(lines[0] ?? '', d);
    if (header === 0) continue;
    const same = lines.filter((l) => countOutsideQuotes(l, d) === header).length;
    const share = same / lines.length;
    if (share > bestShare + 0.2) {
      best = d;
      bestShare = share;
    }
  }
  return best;
}

/**
 * Reads a CSV (or TSV) file whose delimiter is guessed (see `guessDelimiter`) from tab,
 * ; | and ,.
 * The text arrives decoded (UTF-8 or Latin-1, see `decodeText`). Progress counts
 * characters read.
 */
export function loadCsv(
  text: string,
  ctx: LoadContext,
  options: { asFaq?: boolean } = {},
): LoadedUnit[] {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let records = 0;
  let cells = 0;
  let failure: Error | undefined;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    step(result, parser) {
      records++;
      const missingQuote = result.errors.find((e) => e.code === 'MissingQuotes');
      if (missingQuote) {
        failure = fileError(
          'FILE_INVALID',
          ctx.file,
          `a quoted field is never closed (from row ${records})`,
          'Check the quotes around that row, or export the sheet again as CSV.',
        );
        return parser.abort();
      }
      const row = result.data;
      cells += row.length;
      if (records > ctx.limits.maxRows || cells > ctx.limits.maxCells) return parser.abort();
      if (row.some((c) => c.trim() !== '')) {
        rows.push(row);
        rowNumbers.push(records);
      }
      if (records % progressEvery === 0) ctx.progress(result.meta.cursor, text.length);
    },
  });
  if (failure) throw failure;
  assertWithin(ctx.file, ctx.limits, 'maxRows', records, 'the number of rows');
  assertWithin(ctx.file, ctx.limits, 'maxCells', cells, 'the number of cells');
  ctx.progress(text.length, text.length);
  const units = tableToUnits({ rows, rowNumbers }, options);
  if (units.length === 0) {
    throw fileError(
      'FILE_INVALID',
      ctx.file,
      'the file has no data rows',
      'Add rows under the header and upload it again.',
    );
  }
  return units;
}
