import { assertWithin, fileError } from '../errors.js';
import { decodeText } from '../ingest/decode.js';
import { detectBinary, detectTextType, extensionOf } from '../ingest/detect.js';
import type { IngestAs, KnowledgeFile } from '../types.js';
import { conversationsFromJson, conversationsFromText, exampleUnits } from './conversations.js';
import { loadCsv } from './csv.js';
import { faqPairsFromJson, faqUnits } from './faq.js';
import { loadJson, parseJson } from './json.js';
import { loadPdf } from './pdf.js';
import { loadMarkdown, loadText } from './text.js';
import type { LoadContext, LoadedFile, LoadedUnit } from './unit.js';
import { loadXlsx } from './xlsx.js';

function notFaq(file: string, what: string) {
  return fileError(
    'FILE_INVALID',
    file,
    `it is ${what}, not a question/answer list`,
    'Give FAQ lists as JSON [{"question","answer"}], or CSV/XLSX with Question and Answer columns.',
  );
}

function emptyFile(file: string) {
  return fileError(
    'FILE_INVALID',
    file,
    'the file is empty',
    'Upload the file again; it may not have been saved.',
  );
}

/** Reads any supported file into units, deciding its kind from the content. */
export async function loadFile(
  file: KnowledgeFile,
  as: IngestAs,
  ctx: LoadContext,
): Promise<LoadedFile> {
  const size = typeof file.data === 'string' ? Buffer.byteLength(file.data) : file.data.byteLength;
  assertWithin(ctx.file, ctx.limits, 'maxFileBytes', size, 'the file size in bytes');
  if (size === 0) throw emptyFile(ctx.file);
  const ext = extensionOf(file.name, file.type);
  if (typeof file.data !== 'string') {
    const binary = detectBinary(ctx.file, file.data);
    if (binary === 'pdf') {
      if (as === 'faq' || as === 'conversations') throw notFaq(ctx.file, 'a PDF');
      return { format: 'pdf', units: await loadPdf(file.data, ctx) };
    }
    if (binary === 'zip') {
      if (as === 'conversations') throw notFaq(ctx.file, 'a workbook');
      return tagged('xlsx', await loadXlsx(file.data, ctx, { asFaq: as === 'faq' }));
    }
  }
  const { text } = decodeText(file.data);
  if (text.trim() === '') throw emptyFile(ctx.file);
  const kind = detectTextType(text, ext);
  if (kind === 'json') return loadJsonFile(text, as, ctx);
  if (as === 'conversations') {
    const units = exampleUnits(conversationsFromText(text));
    if (units.length === 0) {
      throw fileError(
        'FILE_INVALID',
        ctx.file,
        'no customer message followed by a reply was found',
        'Write one turn per line as "Customer: ..." / "Agent: ...", a blank line between conversations.',
      );
    }
    return { format: 'conversations', units };
  }
  if (kind === 'csv') return tagged('csv', loadCsv(text, ctx, { asFaq: as === 'faq' }));
  if (as === 'faq') throw notFaq(ctx.file, 'plain text');
  const units = kind === 'markdown' ? loadMarkdown(text) : loadText(text);
  ctx.progress(1, 1);
  return { format: kind, units };
}

function loadJsonFile(text: string, as: IngestAs, ctx: LoadContext): LoadedFile {
  const value = parseJson(text, ctx.file);
  if (as === 'faq' || as === 'auto') {
    const pairs = faqPairsFromJson(value);
    if (pairs) return { format: 'faq', units: faqUnits(pairs) };
    if (as === 'faq') throw notFaq(ctx.file, 'JSON without question/answer records');
  }
  if (as === 'conversations' || as === 'auto') {
    const conversations = conversationsFromJson(value);
    if (conversations) return { format: 'conversations', units: exampleUnits(conversations) };
    if (as === 'conversations') {
      throw fileError(
        'FILE_INVALID',
        ctx.file,
        'no conversations were found in the JSON',
        'Give [{"messages": [{"role": "customer", "text": "..."}, {"role": "agent", "text": "..."}]}].',
      );
    }
  }
  return { format: 'json', units: loadJson(value, ctx) };
}

/** A table whose rows are all question/answer pairs is an FAQ. */
function tagged(format: 'xlsx' | 'csv', units: LoadedUnit[]): LoadedFile {
  return { format: units.every((u) => u.kind === 'faq') ? 'faq' : format, units };
}
