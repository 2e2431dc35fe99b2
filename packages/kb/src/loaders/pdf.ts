import { getDocumentProxy } from 'unpdf';
import { assertWithin, fileError, throwIfAborted } from '../errors.js';
import type { LoadContext, LoadedUnit } from './unit.js';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Reads the text layer of a PDF, one unit per page with its page number. */
export async function loadPdf(bytes: Uint8Array, ctx: LoadContext): Promise<LoadedUnit[]> {
  const pdf = await open(bytes, ctx.file);
  try {
    assertWithin(ctx.file, ctx.limits, 'maxPages', pdf.numPages, 'the number of pages');
    const units: LoadedUnit[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      throwIfAborted(ctx.signal);
      const text = await pageText(pdf, page, ctx.file);
      if (text.trim()) units.push({ kind: 'passage', text, page, atomic: false });
      ctx.progress(page, pdf.numPages);
    }
    if (units.length === 0) {
      throw fileError(
        'FILE_INVALID',
        ctx.file,
        'the PDF has no text layer (a scanned document or only images)',
        'Run it through OCR (e.g. "Save as searchable PDF") or upload the text another way.',
      );
    }
    return units;
  } finally {
    await pdf.destroy().catch(() => {});
  }
}

async function open(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  try {
    // pdf.js may take ownership of the buffer it is given: hand it a copy.
    return await getDocumentProxy(bytes.slice(), {
      verbosity: 0,
      isEvalSupported: false,
      stopAtErrors: true,
    });
  } catch (cause) {
    const name = (cause as { name?: string }).name;
    if (name === 'PasswordException') {
      throw fileError(
        'FILE_INVALID',
        file,
        'the PDF is encrypted with a password',
        'Remove the password (print to a new PDF, or "Save without security") and upload it again.',
        cause,
      );
    }
    throw fileError(
      'FILE_INVALID',
      file,
      `the PDF is damaged or truncated (${(cause as Error).message})`,
      'Open it in a PDF reader and save or export it again, then upload the new file.',
      cause,
    );
  }
}

async function pageText(pdf: PdfDocument, page: number, file: string): Promise<string> {
  try {
    const content = await (await pdf.getPage(page)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    return text;
  } catch (cause) {
    throw fileError(
      'FILE_INVALID',
      file,
      `page ${page} cannot be read (${(cause as Error).message})`,
      'Open it in a PDF reader and save or export it again, then upload the new file.',
      cause,
    );
  }
}
