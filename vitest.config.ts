import { defineConfig } from 'vitest/config';

// pdf.js exceptions a damaged PDF leaves in promises of pdf.js's own, which nobody can
// await: the loader fuzz (packages/kb/src/loaders/fuzz.test.ts) opens such files in the
// test process, while in production they are parsed in a child process that notes and
// ignores these (packages/kb/src/ingest/sandbox/parse-child.ts; test: "P-36: a PDF whose
// damage leaves pdf.js promises of its own rejected"). Any other unhandled error still
// fails the run.
const PDFJS_EXCEPTIONS = new Set([
  'XRefEntryException',
  'XRefParseException',
  'ParserEOFException',
  'FormatError',
  'InvalidPDFException',
  'UnknownErrorException',
  'MissingDataException',
]);

// One root config: `pnpm exec vitest run` runs every project. Packages are resolved from
// their `src/` through the `@parley/source` export condition, so no build is needed.
export default defineConfig({
  resolve: { conditions: ['@parley/source'] },
  test: {
    projects: ['packages/*', 'examples/*'],
    onUnhandledError(error) {
      const fromPdfjs =
        PDFJS_EXCEPTIONS.has(error.name ?? '') && /pdfjs\.mjs/.test(error.stack ?? '');
      if (fromPdfjs) return false;
    },
  },
});
