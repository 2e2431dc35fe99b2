import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { fixture, priceListXlsx } from '../test-support/files.js';
import type { KnowledgeHit, KnowledgeSource } from '../types.js';
import { evaluateRetrieval, type RetrievalCase } from './evaluate-retrieval.js';

describe('evaluateRetrieval', () => {
  it('AI5: reports hit@1, hit@5 and MRR of an FAQ test set against a real knowledge base', async () => {
    const kb = createKnowledgeBase();
    await kb.ingest({ name: 'faq-id.csv', data: fixture('faq-id.csv') });
    await kb.ingest({ name: 'faq-pt.json', data: fixture('faq-pt.json') });
    await kb.ingest({ name: 'harga.xlsx', data: await priceListXlsx() });
    const cases: RetrievalCase[] = [
      {
        question: 'kak bisa COD ga?',
        expected: { question: 'Apakah bisa bayar di tempat (COD)?' },
      },
      { question: 'toko buka jam berapa?', expected: { question: 'Jam berapa toko buka?' } },
      { question: 'aceitam pix?', expected: { question: 'Quais são as formas de pagamento?' } },
      {
        question: 'berapa harga americano?',
        expected: { file: 'harga.xlsx', sheet: 'Minuman', row: 4 },
      },
      { question: 'vocês vendem bicicletas?', expected: { textIncludes: 'bicicleta' } },
    ];
    const report = await evaluateRetrieval(kb, cases);
    expect(report.total).toBe(5);
    expect(report.hitAt1).toBe(0.8);
    expect(report.hitAt5).toBe(0.8);
    expect(report.mrr).toBeCloseTo(0.8);
    expect(report.misses.map((m) => m.question)).toEqual(['vocês vendem bicicletas?']);
    expect(report.cases[3]).toMatchObject({ rank: 1, top: { citation: { row: 4 } } });
  });

  it('AI5: computes ranks from any KnowledgeSource', async () => {
    const hit = (id: string): KnowledgeHit => ({
      id,
      kind: 'passage',
      text: id,
      score: 1,
      signals: { lexical: 1 },
      language: 'en',
      citation: { documentId: id, file: `${id}.txt` },
    });
    const source: KnowledgeSource = { search: async () => ['a', 'b', 'c', 'd', 'e', 'f'].map(hit) };
    const report = await evaluateRetrieval(source, [
      { question: 'q1', expected: { documentId: 'a' } },
      { question: 'q2', expected: { documentId: 'c' } },
      { question: 'q3', expected: { file: 'f.txt' } },
      { question: 'q4', expected: { documentId: 'z' } },
    ]);
    expect(report.cases.map((c) => c.rank)).toEqual([1, 3, 6, undefined]);
    expect(report.hitAt1).toBe(0.25);
    expect(report.hitAt5).toBe(0.5);
    expect(report.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 6) / 4);
  });

  it('AI5: calibration puts minScore where 5% of the right answers fall below it', async () => {
    const scores = Array.from({ length: 40 }, (_, i) => 0.3 + i * 0.015);
    const source: KnowledgeSource = {
      async search(query) {
        const i = Number(query);
        return [
          {
            id: `h${i}`,
            kind: 'faq',
            text: `q${i}`,
            question: `q${i}`,
            score: scores[i]!,
            signals: { lexical: scores[i]! },
            language: 'en',
            citation: { documentId: 'faq', file: 'faq' },
          } satisfies KnowledgeHit,
        ];
      },
    };
    const cases = scores.map((_, i) => ({ question: String(i), expected: { question: `q${i}` } }));
    const report = await evaluateRetrieval(source, cases);
    expect(report.calibration).toEqual({ minScore: 0.33, minMargin: 0.02 });
    const few = await evaluateRetrieval(source, cases.slice(0, 10));
    expect(few.calibration).toBeUndefined();
  });
});
