import { describe, expect, it } from 'vitest';
import { notions } from '../test-support/notions.js';
import { isIntentNotion } from './concepts.js';
import { tradeNotions, tradeParts } from './trade-notions.js';

describe('goods and services of twenty trades (ADR 0640)', () => {
  it('AI3: an item meets its translation in the other languages', () => {
    for (const group of [
      [
        ['es', 'necesita florero?'],
        ['en', 'comes with a glass vase'],
        ['id', 'sudah termasuk vas kaca'],
      ],
      [
        ['pt', 'vocês fazem lavagem a seco?'],
        ['es', 'hacen tintorería?'],
        ['en', 'do you do dry cleaning'],
      ],
      [
        ['id', 'ada softlens bening?'],
        ['pt', 'vendem lentes de contato?'],
        ['en', 'contact lenses'],
      ],
    ] as const) {
      const [first, ...rest] = group.map(([language, text]) => notions(text, language));
      const shared = first!.filter((n) => rest.every((other) => other.includes(n)));
      expect(shared.length, group.map(([, t]) => t).join(' / ')).toBeGreaterThan(0);
    }
  });

  it('AI3: a trade notion names an item, never an intent, and no form names two notions', () => {
    const seen = new Map<string, string>();
    for (const [name, list] of Object.entries(tradeNotions))
      for (const form of list.split(' ')) {
        expect(seen.get(form), `${form} in ${name} and ${seen.get(form)}`).toBeUndefined();
        expect(form, name).toMatch(/^[a-z0-9]{3,}$/);
        seen.set(form, name);
      }
    // A key in two parts would lose one part's forms to the other's in the merge.
    const keys = tradeParts.flatMap((part) => Object.keys(part));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(tradeNotions)).toHaveLength(keys.length);
    expect(isIntentNotion('~vase')).toBe(false);
    expect(isIntentNotion('~refund')).toBe(true);
  });

  it('AI3: the notions of concepts.ts keep their words; a trade notion they mostly name joins them', () => {
    // "bunga" is the florist's flower, yet the instalment notion still reads "tanpa bunga".
    expect(notions('cicilan tanpa bunga', 'id')).toContain('~interest');
    expect(notions('a new fridge', 'en')).toContain('~chill');
    expect(notions('a tiny freezer', 'en')).toContain('~chill');
  });
});
