import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, TableDef } from './tables.js';

/** Where the rows of each table go; `finish` completes the file. */
export interface TableWriter {
  table<R>(name: string, def: TableDef<R>): Promise<(batch: R[]) => Promise<void>>;
  finish(): Promise<void>;
}

/** Waits while the output's buffer is full: the export never runs ahead of the disk. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain');
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function end(out: Writable): Promise<void> {
  out.end();
  if (!out.writableFinished) await once(out, 'finish');
}

/** Excel's most rows per sheet, header included; longer tables go on to "Messages (2)". */
export const XLSX_MAX_ROWS = 1_048_576;

/**
 * `.xlsx` through exceljs' streaming writer: rows are committed as they come and the
 * zip is written as it grows. Dates are ISO 8601 text in UTC (no styles: they cost
 * time and memory on millions of rows).
 */
export function xlsxWriter(out: Writable, maxRows = XLSX_MAX_ROWS): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
    // Fast deflate: the sheet XML compresses well anyway, and level 6 doubled the time.
    zip: { zlib: { level: 1 } },
  });
  let open: ExcelJS.Worksheet | undefined;
  return {
    async table(_name, def) {
      let part = 1;
      let rows = 0;
      const header = def.columns.map((c) => c.header);
      const sheet = () => {
        open?.commit();
        open = workbook.addWorksheet(part === 1 ? def.title : `${def.title} (${part})`);
        open.addRow(header).commit();
        rows = 1;
      };
      sheet();
      return async (batch) => {
        for (const record of batch) {
          if (rows === maxRows) {
            part++;
            sheet();
          }
          open!.addRow(def.columns.map((c) => c.value(record) ?? null)).commit();
          rows++;
        }
        await drained(out);
      };
    },
    async finish() {
      open?.commit();
      const done = once(out, 'finish');
      await workbook.commit();
      if (!out.writableFinished) await done;
    },
  };
}

/**
 * Cells a spreadsheet would run as a formula (`=`, `@`, `+`/`-` not starting a number)
 * get a leading apostrophe, so an exported message can never execute on opening.
 */
function neutralise(text: string): string {
  return /^[=@\t\r]|^[+-][^\d\s.]/.test(text) ? `'${text}` : text;
}

function csvCell(value: Cell): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? neutralise(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV (RFC 4180, CRLF, UTF-8 with a BOM so Excel reads accents right) of one table. */
export function csvWriter(out: Writable, options: { bom?: boolean } = {}): TableWriter {
  let started = false;
  return {
    async table(_name, def) {
      if (started) throw new Error('a CSV file holds one table');
      started = true;
      const header = def.columns.map((c) => csvCell(c.header)).join(',');
      await write(out, `${options.bom === false ? '' : '\uFEFF'}${header}\r\n`);
      return async (batch) => {
        let chunk = '';
        for (const record of batch)
          chunk += `${def.columns.map((c) => csvCell(c.value(record))).join(',')}\r\n`;
        await write(out, chunk);
      };
    },
    finish: () => end(out),
  };
}

/** JSON lines: one record per line, each with its `table`. */
export function jsonLinesWriter(out: Writable): TableWriter {
  return {
    async table(name, def) {
      return async (batch) => {
        let chunk = '';
        for (const record of batch)
          chunk += `${JSON.stringify({ table: name, ...def.json(record) })}\n`;
        await write(out, chunk);
      };
    },
    finish: () => end(out),
  };
}

/** One JSON document, `{ "<table>": [ ... ], ... }`, written as it goes. */
export function jsonWriter(out: Writable, head: Record<string, unknown>): TableWriter {
  let tables = 0;
  const opening = JSON.stringify(head).slice(0, -1);
  return {
    async table(name, def) {
      let first = true;
      const before = tables++ === 0 ? opening + (opening === '{' ? '' : ',') : '],';
      await write(out, `${before}\n${JSON.stringify(name)}:[`);
      return async (batch) => {
        let chunk = '';
        for (const record of batch) {
          chunk += `${first ? '' : ','}\n${JSON.stringify(def.json(record))}`;
          first = false;
        }
        await write(out, chunk);
      };
    },
    async finish() {
      await write(out, tables === 0 ? `${opening}}\n` : ']}\n');
      await end(out);
    },
  };
}
