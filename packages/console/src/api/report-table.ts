import type { Report, ReportFigures } from '@parley/core';

export const groupings = ['day', 'channel', 'team', 'operator', 'label', 'assistant'] as const;
export type Grouping = (typeof groupings)[number];

const minutes = (ms: number | null) => (ms === null ? '' : Math.round(ms / 600) / 100);

/** The columns of an export, the same for every grouping. */
export const columns = [
  'key',
  'conversations',
  'ai',
  'human',
  'handoff_rate',
  'first_response_median_min',
  'first_response_p90_min',
  'resolution_median_min',
  'resolution_p90_min',
  'csat_average',
  'csat_count',
  'csat_1',
  'csat_2',
  'csat_3',
  'csat_4',
  'csat_5',
  'cost_usd',
  'input_tokens',
  'output_tokens',
] as const;

function row(key: string, f: ReportFigures): Array<string | number> {
  const b = f.csat.breakdown;
  return [
    key,
    f.conversations,
    f.ai,
    f.human,
    f.handoffRate ?? '',
    minutes(f.firstResponse.median),
    minutes(f.firstResponse.p90),
    minutes(f.resolution.median),
    minutes(f.resolution.p90),
    f.csat.average ?? '',
    f.csat.count,
    b['1'],
    b['2'],
    b['3'],
    b['4'],
    b['5'],
    f.cost.cost,
    f.cost.inputTokens,
    f.cost.outputTokens,
  ];
}

/** One row per day or per value of a dimension, then the totals. */
export function reportRows(report: Report, by: Grouping): Array<Array<string | number>> {
  const body =
    by === 'day' ? report.days.map((d) => row(d.date, d)) : report.by[by].map((r) => row(r.key, r));
  return [...body, row('total', report.totals)];
}

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula are quoted with a leading '. */
export function toCsv(rows: Array<Array<string | number>>): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[[...columns], ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The same table as an .xlsx workbook (exceljs, loaded on first export). */
export async function toXlsx(
  rows: Array<Array<string | number>>,
  sheet: string,
): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.slice(0, 31));
  ws.addRow([...columns]);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer).slice().buffer;
}
