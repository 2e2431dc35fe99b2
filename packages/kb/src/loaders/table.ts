import type { RecordField } from '../types.js';
import type { LoadedUnit } from './unit.js';

/** A table read from a sheet or a CSV file: cell texts and their 1-based row numbers. */
export interface Table {
  rows: string[][];
  rowNumbers: number[];
  sheet?: string;
}

/** Column names that mark a question/answer table, in the languages we serve. */
const questionNames = [
  'question',
  'questions',
  'q',
  'pergunta',
  'perguntas',
  'questao',
  'pertanyaan',
  'tanya',
  'pregunta',
  'preguntas',
];
const answerNames = [
  'answer',
  'answers',
  'a',
  'resposta',
  'respostas',
  'jawaban',
  'jawab',
  'respuesta',
  'respuestas',
];
const alternativeNames = [
  'alternatives',
  'variations',
  'variacoes',
  'variasi',
  'variaciones',
  'alias',
  'aliases',
];

const headerScan = 10;

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
}

function isNumeric(value: string): boolean {
  return /^[-+]?[\d\s.,]+%?$/.test(value.trim()) || /^\d{4}-\d{2}-\d{2}/.test(value.trim());
}

const filled = (row: string[]) => row.filter((c) => c.trim() !== '');

/**
 * Index of the header row: among the first rows, the first whose cells are all text (no
 * numbers), with at least two cells and at least 60% of the table's width. Rows above
 * it are titles ("Daftar Harga Januari"); -1 when the table has no header.
 */
export function findHeaderRow(rows: string[][]): number {
  const width = Math.max(0, ...rows.slice(0, 50).map((r) => filled(r).length));
  for (let i = 0; i < Math.min(rows.length, headerScan); i++) {
    const cells = filled(rows[i]!);
    if (cells.length < 2 || cells.length < Math.ceil(width * 0.6)) continue;
    if (cells.some(isNumeric)) continue;
    if (new Set(cells.map(fold)).size !== cells.length) continue;
    // A header is followed by data; a lone text row at the end is not a header.
    if (i + 1 >= rows.length) return -1;
    return i;
  }
  return -1;
}

function headerNames(row: string[] | undefined, width: number): string[] {
  return Array.from({ length: width }, (_, i) => {
    const name = row?.[i]?.trim();
    return name ? name : `Column ${i + 1}`;
  });
}

/** The columns of a question/answer table, or undefined. */
export function faqColumns(
  header: string[],
): { question: number; answer: number; alternatives: number } | undefined {
  const names = header.map(fold);
  const question = names.findIndex((n) => questionNames.includes(n));
  const answer = names.findIndex((n) => answerNames.includes(n));
  if (question < 0 || answer < 0) return undefined;
  return { question, answer, alternatives: names.findIndex((n) => alternativeNames.includes(n)) };
}

/** Splits a cell of alternative phrasings on line breaks, `|` or `;`. */
export function splitAlternatives(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/\r?\n|\||;/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Turns a table into record units, one per data row: "Product: X · Price: Y · Stock: Z".
 * With `asFaq`, a question/answer table (or its first two columns) becomes FAQ units.
 */
export function tableToUnits(table: Table, options: { asFaq?: boolean } = {}): LoadedUnit[] {
  const { rows, rowNumbers, sheet } = table;
  const headerAt = findHeaderRow(rows);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const header = headerNames(headerAt >= 0 ? rows[headerAt] : undefined, width);
  const titles = rows
    .slice(0, Math.max(0, headerAt))
    .map((r) => filled(r).join(' '))
    .filter(Boolean);
  const context = [sheet, ...titles].filter(Boolean).join(' · ') || undefined;
  const faq =
    faqColumns(header) ??
    (options.asFaq ? { question: 0, answer: 1, alternatives: -1 } : undefined);
  const units: LoadedUnit[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const base = { sheet, row: rowNumbers[i], context, atomic: true };
    if (faq && (options.asFaq || headerAt >= 0)) {
      const question = row[faq.question]?.trim() ?? '';
      const answer = row[faq.answer]?.trim() ?? '';
      if (!question || !answer) continue;
      const alternatives = faq.alternatives >= 0 ? splitAlternatives(row[faq.alternatives]) : [];
      units.push({
        ...base,
        kind: 'faq',
        text: `${question}\n${answer}`,
        question,
        answer,
        alternatives,
      });
      continue;
    }
    const parts: string[] = [];
    const record: RecordField[] = [];
    row.forEach((cell, c) => {
      const value = cell.trim();
      if (!value) return;
      parts.push(headerAt >= 0 ? `${header[c]}: ${value}` : value);
      record.push({ name: header[c]!, value });
    });
    if (parts.length === 0) continue;
    units.push({
      ...base,
      kind: 'passage',
      text: parts.join(' · '),
      ...(headerAt >= 0 && { record }),
    });
  }
  return units;
}
