import { assertWithin, fileError } from '../errors.js';
import type { KnowledgeLimits } from '../limits.js';
import type { KnowledgeFile } from '../types.js';
import { extensionOf } from './detect.js';

/** Extensions an upload may carry (P-34); a name without one is judged by content. */
const allowed = new Set(['pdf', 'xlsx', 'csv', 'tsv', 'txt', 'md', 'markdown', 'json']);
const textExtensions = new Set(['csv', 'tsv', 'txt', 'md', 'markdown', 'json']);

type Family = 'pdf' | 'xlsx' | 'text';

/** What the first bytes say the file is: PDF, a zip (XLSX) or text. */
function familyOf(head: Uint8Array): Family {
  if (Buffer.from(head.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) return 'xlsx';
  // Encrypted workbooks and legacy .xls are OLE files: the loader explains those.
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xlsx';
  return 'text';
}

/** Markup a browser would run if the text were ever served back: never knowledge. */
const activeMarkup = /<!doctype\s+html|<html[\s>]|<script[\s>]|<svg[\s>]|<iframe[\s>]/i;

/**
 * P-34: the type gate every upload passes before any parser sees it. The extension
 * must be on the allow-list and agree with the magic bytes (a renamed `.exe` is not a
 * PDF, a workbook named `.csv` is refused with the name to use), and text that is
 * really HTML is refused. Size and emptiness are checked by the loaders' limits.
 */
export function assertAcceptedFile(file: KnowledgeFile, limits: KnowledgeLimits): void {
  // Before the bytes are handed to the parser process: the cheapest refusal comes first.
  const size = typeof file.data === 'string' ? file.data.length : file.data.byteLength;
  assertWithin(file.name, limits, 'maxFileBytes', size, 'the file size in bytes');
  const ext = extensionOf(file.name, file.type);
  if (ext !== '' && !allowed.has(ext)) {
    throw fileError(
      'FILE_INVALID',
      file.name,
      `".${ext}" files are not accepted`,
      'Upload PDF, Excel (.xlsx), CSV, plain text, Markdown or JSON.',
    );
  }
  const head =
    typeof file.data === 'string'
      ? new TextEncoder().encode(file.data.slice(0, 1024))
      : file.data.subarray(0, 1024);
  const family = familyOf(head);
  const expected: Family | undefined =
    ext === '' ? undefined : ext === 'pdf' ? 'pdf' : ext === 'xlsx' ? 'xlsx' : 'text';
  if (expected !== undefined && expected !== family) {
    throw fileError(
      'FILE_INVALID',
      file.name,
      `its content is ${family === 'text' ? 'not a' : `a ${family.toUpperCase()}`} ${family === 'text' ? `${expected.toUpperCase()} file` : 'file'} although its name ends in .${ext}`,
      family === 'text'
        ? 'Upload the original file; renamed or damaged files are refused.'
        : `Rename it to .${family} and upload it again.`,
    );
  }
  if (
    (family === 'text' || textExtensions.has(ext)) &&
    activeMarkup.test(Buffer.from(head).toString('utf8'))
  ) {
    throw fileError(
      'FILE_INVALID',
      file.name,
      'it is an HTML page or contains script markup',
      'Save the page as plain text or PDF and upload that.',
    );
  }
}
