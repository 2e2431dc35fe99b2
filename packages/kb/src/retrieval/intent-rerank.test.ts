import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIntentNotion } from '../analysis/concepts.js';
import { createKnowledgeBase } from '../knowledge-base.js';
import type { Language } from '../types.js';
import { preferIntent } from './intent-rerank.js';

// The FAQ entries of the shop dev set (issue 20): one phrasing each, in id/pt/en.
const faqs = readFileSync(new URL('../__fixtures__/shop-dev/faq.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [topic, language, question, answer] = l.split('\t') as [string, string, string, string];
    return { topic, language: language as Language, question, answer };
  });
const topicOf = new Map(faqs.map((f) => [f.answer, f.topic]));
const languages: Language[] = ['id', 'pt', 'en', 'es'];

async function shop(phrasings: 'one' | 'several') {
  const kb = createKnowledgeBase({ languages });
  await kb.addFaq(
    faqs.map(({ question, answer, language }) => ({
      question,
      answer,
      language,
      // A second phrasing of each entry: the shape of BANKING77 and CLINC150.
      ...(phrasings === 'several' && { alternatives: [`${question} please`] }),
    })),
  );
  return kb;
}

describe('intent re-rank (notion beats product word)', () => {
  it('AI3: item notions are not intents', () => {
    expect(isIntentNotion('~damaged')).toBe(true);
    expect(isIntentNotion('~refund')).toBe(true);
    expect(isIntentNotion('~bag')).toBe(false);
    expect(isIntentNotion('~order')).toBe(false);
    expect(isIntentNotion('bag')).toBe(false);
  });

  it('AI3: an entry holding the intent passes one that shares only the item', async () => {
    const kb = await shop('one');
    const [first, second] = await kb.search('a mochila veio rasgada, e agora?');
    expect(topicOf.get(first?.answer ?? '')).toBe('damaged-item');
    // The backpack's price entry scored higher on words; the promoted entry takes the
    // first score and the margin to the one it passed is the gap between their scores.
    expect(first!.signals.lexical).toBeLessThan(second!.signals.lexical);
    expect(first!.score).toBeGreaterThan(second!.score);
    const [restock] = await kb.search('will you restock the navy one');
    expect(topicOf.get(restock?.answer ?? '')).toBe('restock');
  });

  it('AI3: a base whose entries have several phrasings keeps its ranking', async () => {
    const kb = await shop('several');
    const hits = await kb.search('a mochila veio rasgada, e agora?');
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) expect(h.score).toBe(h.signals.lexical);
  });

  it('AI3: a copy of the first entry in another language is no rival to promote', async () => {
    const kb = await shop('one');
    const hits = await kb.search('bulk order discount?', { language: 'en' });
    expect(topicOf.get(hits[0]?.answer ?? '')).toBe('reseller');
    expect(hits[0]!.language).toBe('en');
  });

  it('AI3: intent over item: an entry holding every intent passes one holding none, however far', () => {
    // Slot 0 (a product's price entry) holds none of the query's two intents; slot 2 holds both.
    const ranking: Array<[number, number]> = [
      [0, 0.8],
      [1, 0.7],
      [2, 0.4],
      [3, 0.3],
    ];
    const tokens = [['senja'], ['~stock'], ['~restock']];
    const holds: Record<number, number> = { 0: 0, 1: 0, 2: 1, 3: 0.5 };
    const out = preferIntent(
      ranking,
      tokens,
      (slot) => holds[slot]!,
      () => undefined,
    );
    expect(out.map(([slot]) => slot)).toEqual([2, 0, 1, 3]);
    // The promoted entry takes the first score; the ones it passed sit at most at its own.
    expect(out.map(([, score]) => score)).toEqual([0.8, 0.4, 0.4, 0.3]);
    // One intent alone is not enough to jump the band.
    const one = preferIntent(
      ranking,
      [['senja'], ['~stock']],
      (slot) => holds[slot]!,
      () => undefined,
    );
    expect(one).toEqual(ranking);
  });

  it('AI3: a restock question naming a product reaches the restock entry in id/pt/es/en', async () => {
    const kb = await shop('one');
    for (const q of [
      'sepatu senja habis ya, kapan restock?',
      'o tênis senja esgotou, quando volta ao estoque?',
      'las zapatillas senja están agotadas, cuándo vuelven?',
      'the senja running shoes are sold out, when will you restock them?',
    ]) {
      const [first] = await kb.search(q);
      expect(topicOf.get(first?.answer ?? ''), q).toBe('restock');
    }
  });
});
