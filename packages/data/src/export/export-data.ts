import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { DEFAULT_TENANT, ParleyError, parseOrThrow } from '@parley/core';
import { z } from 'zod';
import type { DataSource } from '../source.js';
import { type ExportFilter, records } from './records.js';
import { type TableName, tableNames, tables } from './tables.js';
import {
  csvWriter,
  jsonLinesWriter,
  jsonWriter,
  type TableWriter,
  XLSX_MAX_ROWS,
  xlsxWriter,
} from './writers.js';

export type ExportFormat = 'xlsx' | 'csv' | 'json' | 'jsonl';

export interface ExportOptions {
  format: ExportFormat;
  /** A file path, or a stream you own (it is ended when the export is written). */
  to: string | Writable;
  /** Whose data (default: the default tenant). */
  tenantId?: string;
  since?: Date;
  until?: Date;
  channelId?: string;
  /**
   * Tables, in order (default all: conversations, messages, contacts, csat, usage).
   * A CSV file holds one table: give exactly one.
   */
  tables?: TableName[];
  /** Records read per store page (default 1000). */
  batchSize?: number;
  /** CSV only: start with a UTF-8 byte order mark so Excel reads accents (default true). */
  bom?: boolean;
  /** Rows per `.xlsx` sheet, header included (default and most: Excel's 1 048 576). */
  maxSheetRows?: number;
  /** Told after every page written. */
  onProgress?(progress: { table: TableName; rows: number }): void;
  signal?: AbortSignal;
}

/** What an export wrote. */
export interface ExportReport {
  tenantId: string;
  format: ExportFormat;
  /** Rows written per table (headers not counted). */
  rows: Partial<Record<TableName, number>>;
}

const optionsSchema = z
  .object({
    format: z.enum(['xlsx', 'csv', 'json', 'jsonl']),
    to: z.union([
      z.string().min(1),
      z.custom<Writable>(
        (v) => typeof v === 'object' && v !== null && typeof (v as Writable).write === 'function',
        'expected a file path or a writable stream',
      ),
    ]),
    tenantId: z.string().min(1).default(DEFAULT_TENANT),
    since: z.date().optional(),
    until: z.date().optional(),
    channelId: z.string().min(1).optional(),
    tables: z.array(z.enum(tableNames)).min(1).optional(),
    batchSize: z.number().int().min(1).max(1000).default(1000),
    bom: z.boolean().default(true),
    onProgress: z.custom<ExportOptions['onProgress']>((v) => typeof v === 'function').optional(),
    signal: z.custom<AbortSignal>((v) => v instanceof AbortSignal).optional(),
    maxSheetRows: z.number().int().min(2).max(XLSX_MAX_ROWS).default(XLSX_MAX_ROWS),
  })
  .strict()
  .refine((o) => !(o.since && o.until) || o.since < o.until, {
    path: ['until'],
    message: '`until` must be after `since`',
  })
  .refine((o) => o.format !== 'csv' || o.tables?.length === 1, {
    path: ['tables'],
    message: 'a CSV file holds one table: pass `tables: ["messages"]` (or another one)',
  });

/**
 * Exports one tenant's conversations, messages, contacts, CSAT answers and usage (IN7)
 * to `.xlsx`, CSV, JSON or JSON lines. Records are read page by page and written as
 * they come, waiting for the output to drain, so memory stays flat however many
 * messages there are (a million rows fill one sheet; more roll over to the next).
 *
 * ```ts
 * await exportData(desk, { format: 'xlsx', to: 'june.xlsx', tenantId: 'acme', since: new Date('2026-06-01'), until: new Date('2026-07-01') });
 * ```
 */
export async function exportData(
  source: DataSource,
  options: ExportOptions,
): Promise<ExportReport> {
  const o = parseOrThrow(optionsSchema, options, 'exportData options', 'INPUT_INVALID');
  const filter: ExportFilter = {
    tenantId: o.tenantId,
    ...(o.since && { since: o.since }),
    ...(o.until && { until: o.until }),
    ...(o.channelId !== undefined && { channelId: o.channelId }),
  };
  const chosen = o.tables ?? [...tableNames];
  const out = typeof o.to === 'string' ? createWriteStream(o.to) : o.to;
  const writer = writerFor(o.format, out, o, filter);
  const report: ExportReport = { tenantId: o.tenantId, format: o.format, rows: {} };
  try {
    for (const name of chosen) {
      const def = tables[name] as (typeof tables)[TableName];
      const writeBatch = await writer.table(name, def as never);
      let rows = 0;
      for await (const batch of records(source, name, filter, {
        batchSize: o.batchSize,
        ...(o.signal && { signal: o.signal }),
      })) {
        await writeBatch(batch as never[]);
        rows += batch.length;
        o.onProgress?.({ table: name, rows });
      }
      report.rows[name] = rows;
    }
    await writer.finish();
  } catch (error) {
    out.destroy();
    if (ParleyError.isInstance(error)) throw error;
    throw new ParleyError(
      'STORE_FAILED',
      `Export of tenant "${o.tenantId}" failed: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return report;
}

function writerFor(
  format: ExportFormat,
  out: Writable,
  o: { bom: boolean; maxSheetRows: number },
  filter: ExportFilter,
): TableWriter {
  switch (format) {
    case 'xlsx':
      return xlsxWriter(out, o.maxSheetRows);
    case 'csv':
      return csvWriter(out, { bom: o.bom });
    case 'jsonl':
      return jsonLinesWriter(out);
    case 'json':
      return jsonWriter(out, {
        tenantId: filter.tenantId,
        ...(filter.since && { since: filter.since.toISOString() }),
        ...(filter.until && { until: filter.until.toISOString() }),
        ...(filter.channelId !== undefined && { channelId: filter.channelId }),
      });
  }
}
