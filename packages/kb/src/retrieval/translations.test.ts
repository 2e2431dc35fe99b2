import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import type { Language } from '../types.js';
import type { IndexedChunk } from './indexed-chunk.js';
import { translationGroups, withTranslations } from './translations.js';

/** A shop FAQ of issue 20 (one entry per topic and language), with each row's topic. */
function shopFaq(folder: string) {
  return readFileSync(new URL(`../__fixtures__/${folder}/faq.tsv`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [topic, language, question, answer] = l.split('\t') as [
        string,
        Language,
        string,
        string,
      ];
      return { topic, language, question, answer };
    });
}

const chunk = (f: { question: string; answer: string; language: Language }): IndexedChunk =>
  ({
    id: f.question,
    citation: { source: 'faq' },
    language: f.language,
    kind: 'faq',
    text: `${f.question}\n${f.answer}`,
    question: f.question,
    answer: f.answer,
  }) as unknown as IndexedChunk;

describe('translations of an FAQ entry (ADR 0520)', () => {
  it('AI3: pairs the rows of one topic across languages, and nothing else', () => {
    for (const folder of ['shop-dev', 'shop-dev3', 'shop-dev6']) {
      const faq = shopFaq(folder);
      const links = translationGroups(faq.map((f, slot) => ({ slot, chunk: chunk(f) })));
      let right = 0;
      let wrong = 0;
      for (const [slot, others] of links)
        for (const other of others) faq[slot]!.topic === faq[other]!.topic ? right++ : wrong++;
      // Each topic is written in three languages: six directed links when all are found.
      const possible = faq.length * 2;
      expect(right / possible, folder).toBeGreaterThan(0.85);
      expect(wrong / (right + wrong), folder).toBeLessThan(0.03);
    }
  });

  it('AI3: never pairs two entries of the same language', () => {
    const faq = shopFaq('shop-dev').filter((f) => f.language === 'en');
    const links = translationGroups(faq.map((f, slot) => ({ slot, chunk: chunk(f) })));
    expect(links.size).toBe(0);
  });

  it('AI3: a group gains from its second and third members, all members alike', () => {
    // Slots 0/1/2 translate one another; 3 stands alone.
    const links = new Map([
      [0, [1, 2]],
      [1, [0]],
      [2, [0]],
    ]);
    const ranked = withTranslations(
      [
        [3, 0.6],
        [0, 0.5],
        [1, 0.4],
        [2, 0.2],
      ],
      links,
      0.5,
    );
    // The group's boost: 0.5 × mean(0.4, 0.2) = 0.15, for each of its members.
    expect(ranked.map(([slot]) => slot)).toEqual([0, 3, 1, 2]);
    expect(ranked[0]![1]).toBeCloseTo(0.65);
    expect(ranked[2]![1]).toBeCloseTo(0.55);
    expect(ranked[1]![1]).toBeCloseTo(0.6);
  });

  it('AI7: a question matched in every language of its entry is answered above one matched in one', async () => {
    const kb = createKnowledgeBase({ languages: ['id', 'pt', 'en', 'es'] });
    const faq = shopFaq('shop-dev6');
    await kb.addFaq(faq.map(({ question, answer, language }) => ({ question, answer, language })));
    const topicOf = new Map(faq.map((f) => [f.answer, f.topic]));
    const hits = await kb.search('can I pick it up from your store myself?', { limit: 4 });
    expect(topicOf.get(hits[0]!.answer!)).toBe('store-pickup');
    // The Portuguese and Indonesian rows of the entry hold fewer of the English words
    // (`signals.lexical`), and are raised by their translations' scores.
    const others = hits.filter(
      (h) => h.language !== 'en' && topicOf.get(h.answer!) === 'store-pickup',
    );
    expect(others.map((h) => h.language).sort()).toEqual(['id', 'pt']);
    for (const h of others) expect(h.score - h.signals.lexical!).toBeGreaterThan(0.1);
  });
});
