import Papa from 'papaparse';
import { assertWithin, fileError } from '../errors.js';
import { tableToUnits } from './table.js';
import type { LoadContext, LoadedUnit } from './unit.js';

const progressEvery = 2000;

/**
 * Reads a CSV (or TSV) file whose delimiter is guessed by papaparse from , ; tab and |.
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
    delimitersToGuess: [',', ';', '\t', '|'],
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
