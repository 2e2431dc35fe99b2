import ExcelJS from 'exceljs';
import numfmt from 'numfmt';
import { assertWithin, fileError, throwIfAborted } from '../errors.js';
import { assertZipWithinLimits } from '../ingest/zip-guard.js';
import { type Table, tableToUnits } from './table.js';
import type { LoadContext, LoadedUnit } from './unit.js';
import { cellParts, rowHidden, sheetHidden } from './xlsx-hidden-text.js';

/** Reads every sheet of an .xlsx workbook; each data row becomes a record. */
export async function loadXlsx(
  bytes: Uint8Array,
  ctx: LoadContext,
  options: { asFaq?: boolean } = {},
): Promise<LoadedUnit[]> {
  const entries = assertZipWithinLimits(ctx.file, bytes, ctx.limits);
  if (!entries.includes('xl/workbook.xml')) {
    throw fileError(
      'FILE_INVALID',
      ctx.file,
      'it is a zip archive, not an Excel workbook (no xl/workbook.xml inside)',
      'Upload an .xlsx file saved by Excel, LibreOffice or Google Sheets.',
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    );
  } catch (cause) {
    throw fileError(
      'FILE_INVALID',
      ctx.file,
      `the workbook cannot be read (${(cause as Error).message})`,
      'Open it in Excel and save it again as .xlsx, then upload the new file.',
      cause,
    );
  }
  const sheets = workbook.worksheets;
  let rowTotal = 0;
  let cellTotal = 0;
  for (const sheet of sheets) {
    rowTotal += sheet.actualRowCount;
    cellTotal += sheet.actualRowCount * sheet.columnCount;
  }
  assertWithin(ctx.file, ctx.limits, 'maxRows', rowTotal, 'the number of rows');
  assertWithin(ctx.file, ctx.limits, 'maxCells', cellTotal, 'the number of cells');
  const units: LoadedUnit[] = [];
  let done = 0;
  for (const sheet of sheets) {
    const table: Table = { rows: [], rowNumbers: [], sheet: sheet.name };
    const hiddenSheet = sheetHidden(sheet);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      // P-38: text a reader of the workbook does not see is kept out of the table and
      // becomes a unit of its own marked `hidden`, cited by sheet and row.
      const wholeRow = hiddenSheet ?? rowHidden(row);
      const hidden: string[] = [];
      const reasons = new Set<string>();
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const text = cellText(cell.value, cell.numFmt);
        if (wholeRow) {
          if (text.trim()) hidden.push(text.trim());
          return;
        }
        const parts = cellParts(sheet, cell, text);
        cells[col - 1] = parts.visible;
        if (parts.hidden) {
          hidden.push(parts.hidden.text.trim());
          reasons.add(parts.hidden.reason);
        }
      });
      if (wholeRow) reasons.add(wholeRow);
      if (hidden.length > 0) {
        units.push({
          kind: 'passage',
          text: hidden.join(' · '),
          sheet: sheet.name,
          row: rowNumber,
          context: sheet.name,
          atomic: true,
          hidden: [...reasons].join('; '),
        });
      }
      if (wholeRow) return;
      table.rows.push(Array.from(cells, (c) => c ?? ''));
      table.rowNumbers.push(rowNumber);
    });
    units.push(...tableToUnits(table, options));
    done += sheet.actualRowCount;
    ctx.progress(done, rowTotal);
    throwIfAborted(ctx.signal);
  }
  if (units.length === 0) {
    throw fileError(
      'FILE_INVALID',
      ctx.file,
      'the workbook has no filled rows',
      'Fill in the sheet and upload it again.',
    );
  }
  return units;
}

/**
 * The locale a number format displays in: its own `[$R$-416]` code decides inside
 * numfmt; otherwise the currency it names (a Brazilian sheet shows "R$ 199,90", an
 * Indonesian one "Rp 185.000"), else English.
 */
function displayLocale(format: string): string | undefined {
  if (/R\$/.test(format)) return 'pt-BR';
  if (/Rp/.test(format)) return 'id';
  if (/€/.test(format)) return 'es';
  return undefined;
}

/** A number as its cell shows it ("R$ 199,90", "15%"), or plainly without a format. */
function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === 'General') return String(value);
  try {
    const locale = displayLocale(format);
    return numfmt.format(format, value, locale ? { locale } : {});
  } catch {
    return String(value);
  }
}

/** The text a person sees in a cell, for every value kind exceljs returns. */
export function cellText(value: ExcelJS.CellValue, format?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, format);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText((value.result ?? '') as ExcelJS.CellValue, format);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}
