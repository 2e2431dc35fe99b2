import type ExcelJS from 'exceljs';

/**
 * P-38: why a person looking at a workbook in Excel does not see a cell's text, or
 * undefined. Read from what exceljs parsed (no second pass over the XML): the sheet's
 * state, hidden rows and columns, the `;;;` number format, font size, and a font colour
 * that matches the cell's solid fill (or the white sheet when there is none), within 24
 * per channel as for PDF text (ADR 0231). Theme colours are resolved for the two an
 * Office theme fixes (0 background white, 1 text black) and legacy indexed white and
 * black; other theme and indexed colours are not compared (never flagged on a guess).
 */
export function sheetHidden(sheet: ExcelJS.Worksheet): string | undefined {
  if (sheet.state === 'veryHidden') {
    return `hidden text (sheet "${sheet.name}" is very hidden: only a macro or the file's XML shows it)`;
  }
  if (sheet.state === 'hidden') return `hidden text (sheet "${sheet.name}" is hidden)`;
  return undefined;
}

export function rowHidden(row: ExcelJS.Row): string | undefined {
  return row.hidden ? `hidden text (row ${row.number} is hidden)` : undefined;
}

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const TINY_PT = 2;
const CLOSE = 24;

/** A cell of a visible row: what a reader sees, and what is there but not seen. */
export interface CellParts {
  visible: string;
  hidden?: { text: string; reason: string };
}

/**
 * Splits a cell of a visible row. `text` is the cell as displayed. Rich text is judged
 * run by run (each run has its own font; a white word inside a black sentence is
 * hidden, the sentence is not); other cells by the cell's font.
 */
export function cellParts(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell, text: string): CellParts {
  if (!text) return { visible: '' };
  const column = sheet.getColumn(cell.col);
  const whole = column.hidden
    ? `column ${column.letter} is hidden`
    : /^;;;$/.test(cell.numFmt ?? '')
      ? 'number format ";;;" shows nothing'
      : undefined;
  if (whole)
    return { visible: '', hidden: { text, reason: `hidden text (${whole}, ${cell.address})` } };
  const background = backgroundOf(cell.fill);
  const value = cell.value;
  if (value && typeof value === 'object' && 'richText' in value) {
    let visible = '';
    const hidden: string[] = [];
    let why: string | undefined;
    for (const run of value.richText) {
      const runWhy = fontHidden(run.font ?? cell.font, background);
      if (runWhy) {
        hidden.push(run.text);
        why ??= runWhy;
      } else visible += run.text;
    }
    const text = hidden.join(' ').trim();
    return why && text
      ? { visible, hidden: { text, reason: `hidden text (${why}, ${cell.address})` } }
      : { visible };
  }
  const why = fontHidden(cell.font, background);
  return why
    ? { visible: '', hidden: { text, reason: `hidden text (${why}, ${cell.address})` } }
    : { visible: text };
}

/** A font is unreadable when under 2 pt or the colour of what is behind it. */
export function fontHidden(
  font: Partial<ExcelJS.Font> | undefined,
  background: Rgb | undefined,
): string | undefined {
  if (typeof font?.size === 'number' && font.size < TINY_PT) {
    return `${font.size} pt, too small to read`;
  }
  const colour = colourOf(font?.color) ?? BLACK;
  if (!background) return undefined;
  if (colour.every((c, i) => Math.abs(c - background[i]!) <= CLOSE)) {
    return `${hex(colour)} font on a ${hex(background)} background`;
  }
  return undefined;
}

/** The colour behind a cell: its solid fill, the white sheet without one, else unknown. */
export function backgroundOf(fill: ExcelJS.Fill | undefined): Rgb | undefined {
  if (!fill || (fill.type === 'pattern' && fill.pattern === 'none')) return WHITE;
  if (fill.type === 'pattern' && fill.pattern === 'solid') return colourOf(fill.fgColor);
  return undefined;
}

function colourOf(color: Partial<ExcelJS.Color> | undefined): Rgb | undefined {
  if (!color) return undefined;
  const raw = color as { argb?: string; theme?: number; indexed?: number; tint?: number };
  let rgb: Rgb | undefined;
  if (typeof raw.argb === 'string' && /^([0-9a-f]{2})?[0-9a-f]{6}$/i.test(raw.argb)) {
    const h = raw.argb.slice(-6);
    rgb = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as Rgb;
  } else if (raw.theme === 0) rgb = WHITE;
  else if (raw.theme === 1) rgb = BLACK;
  else if (raw.indexed === 9 || raw.indexed === 1) rgb = WHITE;
  else if (raw.indexed === 8 || raw.indexed === 0) rgb = BLACK;
  if (!rgb) return undefined;
  const tint = raw.tint ?? 0;
  // Excel tints in HLS; on white and black (the only theme colours resolved) it is the
  // same as moving each channel toward black (negative) or white (positive).
  return rgb.map((c) => Math.round(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint)) as Rgb;
}

function hex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
