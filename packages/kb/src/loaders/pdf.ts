import { getDocumentProxy } from 'unpdf';
import { assertWithin, fileError, throwIfAborted } from '../errors.js';
import { hiddenRuns } from './pdf-hidden-text.js';
import type { LoadContext, LoadedUnit } from './unit.js';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * Reads the text layer of a PDF, one unit per page with its page number. Text a reader
 * does not see (P-38) becomes a unit of its own marked `hidden`, kept out of answers
 * until the file is reviewed.
 */
export async function loadPdf(bytes: Uint8Array, ctx: LoadContext): Promise<LoadedUnit[]> {
  const pdf = await open(bytes, ctx.file);
  try {
    assertWithin(ctx.file, ctx.limits, 'maxPages', pdf.numPages, 'the number of pages');
    const units: LoadedUnit[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      throwIfAborted(ctx.signal);
      const { text, hidden } = await pageText(pdf, page, ctx.file);
      if (text.trim()) units.push({ kind: 'passage', text, page, atomic: false });
      for (const run of hidden) {
        units.push({ kind: 'passage', text: run.text, page, atomic: true, hidden: run.reason });
      }
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

async function pageText(
  pdf: PdfDocument,
  page: number,
  file: string,
): Promise<{ text: string; hidden: Array<{ text: string; reason: string }> }> {
  try {
    const proxy = await pdf.getPage(page);
    const content = await proxy.getTextContent();
    const hidden = await hiddenRuns(proxy);
    // Hidden runs are taken out of the page's text: they are matched to the text items
    // they were drawn as, ignoring white space.
    const pending = new Map<string, number>();
    for (const run of hidden)
      pending.set(squash(run.text), (pending.get(squash(run.text)) ?? 0) + 1);
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const key = squash(item.str);
      const left = key ? pending.get(key) : undefined;
      if (left) {
        pending.set(key, left - 1);
        continue;
      }
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    if ([...pending.values()].some((n) => n > 0)) {
      // Hidden text that could not be told apart from the rest: hold the whole page.
      return {
        text: '',
        hidden: [{ text, reason: 'page has hidden text mixed into its visible text' }],
      };
    }
    return { text, hidden };
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

const squash = (s: string) => s.replace(/\s+/g, '');
