import { describe, expect, it } from 'vitest';
import type { LoadedUnit } from '../loaders/unit.js';
import { chunkUnits } from './chunk.js';

const prose = (text: string, extra: Partial<LoadedUnit> = {}): LoadedUnit => ({
  kind: 'passage',
  text,
  atomic: false,
  ...extra,
});

describe('chunking', () => {
  it('AI3: packs paragraphs of one page into chunks that keep the page', () => {
    const units = [
      prose('First paragraph.', { page: 1 }),
      prose('Second paragraph.', { page: 1 }),
      prose('Other page.', { page: 2 }),
    ];
    expect(chunkUnits(units)).toEqual([
      { kind: 'passage', text: 'First paragraph.\nSecond paragraph.', citation: { page: 1 } },
      { kind: 'passage', text: 'Other page.', citation: { page: 2 } },
    ]);
  });

  it('AI3: splits long prose on sentences, overlapping the previous chunk', () => {
    const sentences = Array.from(
      { length: 40 },
      (_, i) => `Sentence number ${i} says something useful.`,
    );
    const chunks = chunkUnits([prose(sentences.join(' '), { headingPath: ['Guide', 'Returns'] })], {
      maxChars: 300,
      overlapChars: 90,
    });
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(300 + 50);
      expect(chunk.citation.headingPath).toEqual(['Guide', 'Returns']);
    }
    // The next chunk opens with the last sentence(s) of the previous one.
    const lastOfFirst = chunks[0]!.text.split('. ').at(-1)!;
    expect(chunks[1]!.text).toContain(lastOfFirst);
    expect(chunks[1]!.text.startsWith('Sentence number')).toBe(true);
    expect(chunks[0]!.text).not.toContain('\n');
    const all = chunks.map((c) => c.text).join(' ');
    for (const s of sentences) expect(all).toContain(s);
  });

  it('AI3: keeps records and FAQ pairs whole with their row and sheet', () => {
    const units: LoadedUnit[] = [
      {
        kind: 'passage',
        text: 'Product: Tea · Price: 10',
        sheet: 'Prices',
        row: 2,
        atomic: true,
        context: 'Prices',
      },
      { kind: 'faq', text: 'Q?\nA.', question: 'Q?', answer: 'A.', row: 1, atomic: true },
    ];
    expect(chunkUnits(units)).toEqual([
      {
        kind: 'passage',
        text: 'Product: Tea · Price: 10',
        context: 'Prices',
        citation: { sheet: 'Prices', row: 2 },
      },
      { kind: 'faq', text: 'Q?\nA.', question: 'Q?', answer: 'A.', citation: { row: 1 } },
    ]);
  });

  it('AI3: cuts a single endless word-run without losing text', () => {
    const text = 'word '.repeat(1000).trim();
    const chunks = chunkUnits([prose(text)], { maxChars: 200, overlapChars: 0 });
    expect(chunks.every((c) => c.text.length <= 200)).toBe(true);
    expect(
      chunks
        .map((c) => c.text)
        .join(' ')
        .split(' ').length,
    ).toBe(1000);
  });
});
