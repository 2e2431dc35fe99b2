import Papa from 'papaparse';
import { fileError } from '../errors.js';

/** What the bytes of a file are, decided from the content first and the name second. */
export type DetectedType = 'pdf' | 'zip' | 'json' | 'csv' | 'markdown' | 'text';

const pdfMagic = '%PDF-';
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The lower-case extension of a name or a MIME type hint (`csv`, `xlsx`, ...). */
export function extensionOf(name: string, type?: string): string {
  const fromType = type?.toLowerCase() ?? '';
  if (fromType.includes('pdf')) return 'pdf';
  if (fromType.includes('spreadsheetml') || fromType === 'xlsx') return 'xlsx';
  if (fromType.includes('csv') || fromType.includes('tab-separated')) return 'csv';
  if (fromType.includes('json')) return 'json';
  if (fromType.includes('markdown')) return 'md';
  if (fromType.startsWith('text/plain')) return 'txt';
  if (fromType && !fromType.includes('/')) return fromType.replace(/^\./, '');
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Decides the binary family from magic bytes; `undefined` for text. */
export function detectBinary(file: string, bytes: Uint8Array): 'pdf' | 'zip' | undefined {
  const head = bytes.subarray(0, 1024);
  // PDF readers accept the header anywhere in the first kilobyte.
  if (Buffer.from(head).toString('latin1').includes(pdfMagic)) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) {
    return 'zip';
  }
  if (oleMagic.every((b, i) => bytes[i] === b)) {
    throw fileError(
      'FILE_INVALID',
      file,
      'it is a password-protected workbook or a legacy .xls/.doc file',
      'Remove the password, or save it as .xlsx (Excel: File > Save As > Excel Workbook), then upload it again.',
    );
  }
  const sample = bytes.subarray(0, 8192);
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && sample.includes(0)) {
    throw fileError(
      'FILE_INVALID',
      file,
      'it is a binary file of a kind the knowledge base does not read',
      'Upload PDF, Excel (.xlsx), CSV, plain text, Markdown or JSON.',
    );
  }
  return undefined;
}

/** Decides the text family of decoded content, with the extension as a tie-breaker. */
export function detectTextType(text: string, ext: string): Exclude<DetectedType, 'pdf' | 'zip'> {
  const trimmed = text.trimStart();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && parsesAsJson(trimmed)) return 'json';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext !== 'txt' && looksLikeTable(text)) return 'csv';
  if (/^#{1,6}\s+\S/m.test(text)) return 'markdown';
  return 'text';
}

function parsesAsJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

/** A table: the first lines split into the same number (two or more) of fields. */
function looksLikeTable(text: string): boolean {
  const sample = text.split(/\r?\n/, 21).filter((l) => l.trim() !== '');
  if (sample.length < 2) return false;
  const parsed = Papa.parse<string[]>(sample.join('\n'), {
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const widths = new Set(parsed.data.map((r) => r.length));
  const width = parsed.data[0]?.length ?? 0;
  return widths.size === 1 && width >= 2 && parsed.errors.length === 0;
}
