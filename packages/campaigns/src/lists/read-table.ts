import { ParleyError } from '@parley/core';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** Rows of a spreadsheet, each with its row number as the person sees it (1-based). */
export interface Table {
  rows: string[][];
  rowNumbers: number[];
}

export type TableFormat = 'csv' | 'xlsx';

export function fileError(
  file: string,
  problem: string,
  fix: string,
  cause?: unknown,
): ParleyError {
  return new ParleyError('FILE_INVALID', `Cannot import "${file}": ${problem}. ${fix}`, {
    ...(cause !== undefined && { cause }),
    details: { file },
  });
}

/** The format from the name, else from the bytes (an .xlsx is a zip: `PK`). */
export function detectFormat(name: string, data: Uint8Array | string): TableFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  if (typeof data !== 'string' && data[0] === 0x50 && data[1] === 0x4b) return 'xlsx';
  return 'csv';
}

/** UTF-8 (BOM dropped) or, when the bytes are not UTF-8, Latin-1 (old Excel CSV exports). */
function decode(data: Uint8Array | string): string {
  if (typeof data === 'string') return data.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('latin1').decode(data);
  }
}

export function readCsv(name: string, data: Uint8Array | string, maxRows: number): Table {
  const table: Table = { rows: [], rowNumbers: [] };
  let line = 0;
  let failure: ParleyError | undefined;
  Papa.parse<string[]>(decode(data), {
    delimitersToGuess: [',', ';', '\t', '|'],
    step(result, parser) {
      line++;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        failure = fileError(
          name,
          `a quoted field is never closed (from row ${line})`,
          'Check the quotes around that row, or export the sheet again as CSV.',
        );
        return parser.abort();
      }
      if (line > maxRows + 1) {
        failure = tooLarge(name, maxRows);
        return parser.abort();
      }
      table.rows.push(result.data.map((c) => String(c ?? '')));
      table.rowNumbers.push(line);
    },
  });
  if (failure) throw failure;
  return table;
}

export async function readXlsx(name: string, data: Uint8Array, maxRows: number): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as never);
  } catch (cause) {
    throw fileError(
      name,
      `the workbook cannot be read (${(cause as Error).message})`,
      'Open it in Excel and save it again as .xlsx.',
      cause,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    throw fileError(name, 'the workbook has no sheet', 'Put the contacts on the first sheet.');
  if (sheet.actualRowCount > maxRows + 1) throw tooLarge(name, maxRows);
  const table: Table = { rows: [], rowNumbers: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    table.rows.push(Array.from(cells, (c) => c ?? ''));
    table.rowNumbers.push(rowNumber);
  });
  return table;
}

function tooLarge(name: string, maxRows: number): ParleyError {
  return new ParleyError(
    'FILE_TOO_LARGE',
    `Cannot import "${name}": it has more than ${maxRows} rows. Split it into smaller files or raise \`maxRows\`.`,
    { details: { file: name, maxRows } },
  );
}

/** What a person sees in a cell, for every value kind exceljs gives. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value);
}
