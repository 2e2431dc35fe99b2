import { ParleyError } from '@parley/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../limits.js';
import { catalogPdf, priceListXlsx } from '../test-support/files.js';
import type { IngestAs } from '../types.js';
import { loadFile } from './load-file.js';

// Property fuzz of the loaders the parser process runs (P-36): any input either loads or
// is refused with a ParleyError — never another exception, never a hang. Run counts
// stay small so `npm test` stays fast; raise FC_RUNS for a longer local run.
const runs = Number(process.env.FC_RUNS ?? 40);
const ctx = { file: 'fuzz', limits: { ...defaultLimits, maxRows: 5000 }, progress() {} };

async function totally(data: string | Uint8Array, name: string, as: IngestAs = 'auto') {
  try {
    const loaded = await loadFile({ name, data }, as, { ...ctx, file: name });
    expect(Array.isArray(loaded.units)).toBe(true);
  } catch (error) {
    if (!ParleyError.isInstance(error)) throw error;
    expect(['FILE_INVALID', 'FILE_TOO_LARGE']).toContain(error.code);
  }
}

const csvField = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('"', '""', '"a,b"', ';', '\t', '|', '\r', '\n', '__proto__', 'constructor'),
);
const csvText = fc
  .array(fc.array(csvField, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 })
  .chain((rows) =>
    fc.constantFrom(',', ';', '\t').map((sep) => rows.map((r) => r.join(sep)).join('\n')),
  );

/** Valid bytes with a few of them overwritten: the shape real corruption takes. */
const mutated = (bytes: Uint8Array) =>
  fc
    .array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((edits) => {
      const copy = bytes.slice();
      for (const [at, value] of edits) copy[at] = value;
      return copy;
    });

describe('loader fuzz', () => {
  it('P-36: CSV text of any shape loads or is refused with a ParleyError', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, (text) => totally(text, 'f.csv', 'auto')),
      {
        numRuns: runs,
      },
    );
  });

  it('P-36: JSON values and broken JSON load or are refused; P-37: __proto__ keys pollute nothing', async () => {
    const hostile = fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'question', 'answer', 'q'),
      fc.jsonValue({ maxDepth: 3 }),
    );
    const text = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      hostile.map((v) => JSON.stringify(v).replace('"constructor"', '"__proto__"')),
      fc.string({ maxLength: 40 }).map((s) => `{"a": ${s}`),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        await totally(t, 'f.json');
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: runs },
    );
  });

  it('P-37: CSV headers and JSON keys named __proto__ leave Object.prototype unchanged', async () => {
    await totally('__proto__,constructor,polluted\nyes,yes,yes\n', 'p.csv');
    await totally('[{"__proto__": {"polluted": "yes"}, "question": "q", "answer": "a"}]', 'p.json');
    await totally('{"constructor": {"prototype": {"polluted": "yes"}}}', 'c.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('P-36: corrupted XLSX bytes load or are refused with a ParleyError', async () => {
    const xlsx = await priceListXlsx();
    await fc.assert(
      fc.asyncProperty(mutated(xlsx), (bytes) => totally(bytes, 'f.xlsx')),
      {
        numRuns: Math.ceil(runs / 2),
      },
    );
  });

  it('P-36: corrupted PDF bytes load or are refused with a ParleyError', async () => {
    const pdf = await catalogPdf();
    await fc.assert(
      fc.asyncProperty(mutated(pdf), (bytes) => totally(bytes, 'f.pdf')),
      {
        numRuns: Math.ceil(runs / 2),
      },
    );
  });
});
