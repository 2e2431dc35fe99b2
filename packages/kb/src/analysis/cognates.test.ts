import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { englishSpelling, portugueseSpelling } from './cognates.js';

describe('Spanish cognates', () => {
  it('AI3: a Spanish word is respelled by the regular Spanish–Portuguese correspondences', () => {
    expect(portugueseSpelling('llega')).toBe('chega');
    expect(portugueseSpelling('dirección')).toBe('direcao');
    expect(portugueseSpelling('cuanto')).toBe('quanto');
    expect(portugueseSpelling('producto')).toBe('produto');
    expect(portugueseSpelling('nuevos')).toBe('novos');
    expect(portugueseSpelling('fiesta')).toBe('festa');
    expect(portugueseSpelling('cupón')).toBe('cupom');
    expect(portugueseSpelling('flete')).toBe('frete');
    expect(portugueseSpelling('año')).toBe('anho');
    expect(portugueseSpelling('pago')).toBeUndefined();
    expect(englishSpelling('cancelación')).toBe('cancelation');
    expect(englishSpelling('talla')).toBeUndefined();
  });

  it('AI3: a Spanish question meets a Portuguese entry on a word spelled apart', async () => {
    const kb = createKnowledgeBase({ languages: ['pt', 'en', 'es'] });
    await kb.addFaq([
      { question: 'Vocês têm bolsas de praia?', answer: 'Sim, de palha e de lona.' },
      { question: 'Vocês têm bolsas de festa?', answer: 'Sim, clutches bordadas.' },
    ]);
    // "fiesta" is "festa" (ie → e); "bolsas" alone would not tell the two apart.
    const [hit] = await kb.search('tienen bolsas de fiesta?', { language: 'es' });
    expect(hit?.question).toBe('Vocês têm bolsas de festa?');
    expect(hit?.signals.topicCoverage).toBe(1);
  });
});
