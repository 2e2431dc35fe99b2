import { describe, expect, it } from 'vitest';
import type { Language } from '../types.js';
import { analyzeQuery, analyzeText, tokenRoles } from './analyzer.js';
import { nameNotion } from './proper-names.js';

const all: Language[] = ['id', 'pt', 'en', 'es'];

describe('proper names in questions', () => {
  it('AI3: a country asks about shipping abroad, a bank or e-wallet about payment methods', () => {
    for (const word of ['argentina', 'malaysia', 'canada', 'uk', 'alemanha', 'jepang'])
      expect(nameNotion(word), word).toBe('~abroad');
    for (const word of ['bca', 'gopay', 'pix', 'oxxo', 'paypal'])
      expect(nameNotion(word), word).toBe('~method');
    for (const word of ['dana', 'bandung', 'shoes']) expect(nameNotion(word), word).toBeUndefined();
  });

  it('AI3: the notion is one more topic token of the query, the name stays a word; passages keep the word only', () => {
    const tokens = analyzeQuery('kirim ke malaysia bisa?', 'id', all);
    expect(tokens.at(-1)).toEqual(['~abroad']);
    expect(tokens.flat()).toContain('malaysia');
    expect(tokenRoles('kirim ke malaysia bisa?', 'id', all).at(-1)).toBe('phrase');
    // A country outside a question about sending is not about shipping abroad.
    expect(analyzeQuery('whats the weather in japan', 'en', all).flat()).not.toContain('~abroad');
    // A question that names the notion already gets no second token.
    expect(analyzeQuery('pago internacional con paypal', 'es', all).flat()).toContain('~method');
    expect(
      analyzeQuery('do you ship abroad to canada', 'en', all)
        .flat()
        .filter((t) => t === '~abroad'),
    ).toHaveLength(1);
    // A base without the notion keeps only the word.
    expect(analyzeQuery('tem pix?', 'pt', all, undefined, () => false).flat()).not.toContain(
      '~method',
    );
    expect(analyzeText('Kami kirim ke seluruh Indonesia.', 'id')).not.toContain('~abroad');
  });
});
