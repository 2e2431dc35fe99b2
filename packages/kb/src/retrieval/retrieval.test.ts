import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeText } from '../analysis/analyzer.js';
import { createKnowledgeBase } from '../knowledge-base.js';
import { LexicalIndex } from './lexical-index.js';

const fieldsOf = (text: string, question = '') => ({
  text: analyzeText(text, 'en'),
  context: [],
  question: analyzeText(question, 'en'),
});

describe('retrieval', () => {
  it('AI3: ranks by BM25F, removes chunks from every posting and reuses their slots', () => {
    const index = new LexicalIndex({ text: 1, context: 0.5, question: 1.5 });
    const a = index.add(fieldsOf('red apples and green apples'));
    const b = index.add(fieldsOf('green pears'));
    const c = index.add(fieldsOf('a plain bowl', 'where are the apples?'));
    const query = analyzeQuery('apples', 'en', ['en']);
    expect(index.search(query, 10).map((h) => h.slot)).toEqual([c, a]);
    index.remove([a]);
    expect(index.size).toBe(2);
    expect(index.search(query, 10).map((h) => h.slot)).toEqual([c]);
    const d = index.add(fieldsOf('apples apples apples'));
    expect(d).toBe(a);
    expect(index.search(query, 10).map((h) => h.slot)).toContain(d);
    expect(index.search(analyzeQuery('pears', 'en', ['en']), 10).map((h) => h.slot)).toEqual([b]);
  });

  it('AI3: a long message is scored as a question of six tokens, not diluted by its other words', () => {
    const index = new LexicalIndex({ text: 1, context: 0.5, question: 1.5 });
    index.add(fieldsOf('Refunds reach your card within five days.', 'When do I get my refund?'));
    index.add(fieldsOf('We ship to every province.', 'Where do you ship?'));
    const [short] = index.search(analyzeQuery('refund card', 'en', ['en']), 5);
    const long = 'refund card yesterday evening cousin birthday parcel blue sweater grandmother';
    const tokens = analyzeQuery(long, 'en', ['en']);
    expect(tokens.length).toBe(10);
    const [hit] = index.search(tokens, 5);
    // Eight unknown words (each weighing more than a known one) leave under a tenth of
    // the short question's score when every token counts (0.088 here); with the ceiling
    // of six tokens the message keeps 10/6 of that (0.147).
    expect(hit!.normalized).toBeGreaterThan(short!.normalized * 0.12);
  });

  it('AI3: matches FAQ questions despite typos and word forms the stemmer misses', async () => {
    const kb = createKnowledgeBase({ languages: ['id', 'pt'] });
    await kb.addFaq([
      { question: 'Berapa lama pengiriman ke luar kota?', answer: 'Dua sampai empat hari kerja.' },
      { question: 'Apakah bisa bayar COD?', answer: 'Bisa untuk Jabodetabek.' },
      { question: 'Qual é o prazo de entrega?', answer: 'De 3 a 5 dias úteis.' },
    ]);
    const [typo] = await kb.search('brp lama pengirimn ke luar kota');
    expect(typo?.question).toBe('Berapa lama pengiriman ke luar kota?');
    const [accentless] = await kb.search('qual e o prazo de entrega');
    expect(accentless?.question).toBe('Qual é o prazo de entrega?');
    expect(accentless?.signals.lexical).toBeGreaterThan(0.9);
  });

  it('AI3: scores a fully matched question near 1 and an unrelated one near 0', async () => {
    const kb = createKnowledgeBase({ languages: ['en'] });
    await kb.addFaq([
      { question: 'Do you ship to Canada?', answer: 'Yes, in 7 days.' },
      { question: 'Can I pay with PayPal?', answer: 'Yes.' },
    ]);
    const [good] = await kb.search('do you ship to canada');
    expect(good!.score).toBeGreaterThan(0.8);
    const weak = await kb.search('canada goose jacket sizes');
    expect(weak[0]!.score).toBeLessThan(0.5);
    expect(await kb.search('zebra xylophone', { minScore: 0.1 })).toEqual([]);
  });

  it('AI3: filters by kind and caps the number of hits', async () => {
    const kb = createKnowledgeBase({ languages: ['en'] });
    await kb.addFaq([{ question: 'What are your opening hours?', answer: 'Nine to five.' }]);
    await kb.ingest({
      name: 'hours.txt',
      data: 'Opening hours: nine to five on weekdays.\n\nOn Saturday we open at ten.',
    });
    expect(
      (await kb.search('opening hours', { kinds: ['passage'] })).every((h) => h.kind === 'passage'),
    ).toBe(true);
    expect((await kb.search('opening hours', { kinds: ['faq'] })).map((h) => h.kind)).toEqual([
      'faq',
    ]);
    expect(await kb.search('opening hours', { limit: 1 })).toHaveLength(1);
  });

  it("AI3: prefers the passage in the customer's language when several match", async () => {
    const kb = createKnowledgeBase({ languages: ['en', 'pt'] });
    await kb.addFaq([
      { question: 'Do you take PayPal?', answer: 'Yes, PayPal works.', language: 'en' },
      { question: 'Vocês aceitam PayPal?', answer: 'Sim, aceitamos PayPal.', language: 'pt' },
    ]);
    const [pt] = await kb.search('e paypal, pode?');
    expect(pt).toMatchObject({ language: 'pt', answer: 'Sim, aceitamos PayPal.' });
    const [en] = await kb.search('and paypal, is that ok?');
    expect(en).toMatchObject({ language: 'en', answer: 'Yes, PayPal works.' });
  });

  it('AI3: honours an explicit query language', async () => {
    const kb = createKnowledgeBase({ languages: ['en', 'pt'] });
    await kb.addDocument({
      documentId: 'pt',
      text: 'As entregas são feitas de segunda a sexta.',
      language: 'pt',
    });
    // "entregas" read as English would not be stemmed to meet the Portuguese stem.
    const [hit] = await kb.search('entrega', { language: 'pt' });
    expect(hit?.citation.documentId).toBe('pt');
  });
});
