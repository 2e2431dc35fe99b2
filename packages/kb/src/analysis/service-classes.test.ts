import { describe, expect, it } from 'vitest';
import { notions } from '../test-support/notions.js';
import type { Language } from '../types.js';
import { analyzeQuery, analyzeText } from './analyzer.js';

/** The notions a query names (query side, base in id/pt/en). */
const asked = (text: string, language: Language) =>
  analyzeQuery(text, language, ['id', 'pt', 'en'])
    .flat()
    .filter((t) => t.startsWith('~'));

/** Four-language phrasings (id, pt, es, en) of each class, from general usage. */
const fourLanguages: Record<string, readonly [string, string, string, string]> = {
  '~repair': [
    'bisa servis laptop',
    'vocês fazem conserto de notebook',
    'reparan consolas',
    'do you repair tablets',
  ],
  '~used': ['laptop bekas', 'notebook usado', 'mi tablet vieja', 'my old tablet'],
  '~unused': ['masih segel', 'ainda lacrado', 'sigue sellado', 'still unopened'],
};

/** Each phrasing of a class names its notion in its language. */
function eachNames(notion: string): void {
  const order: Language[] = ['id', 'pt', 'es', 'en'];
  fourLanguages[notion]!.forEach((text, i) => {
    expect(notions(text, order[i]!)).toContain(notion);
  });
}

describe('customer-service classes in four languages (ADR 0400)', () => {
  it('AI3: Spanish ways of paying meet the Portuguese and English payment methods', () => {
    expect(asked('que medios de pago tienen', 'es')).toContain('~method');
    expect(notions('quais meios de pagamento', 'pt')).toContain('~method');
    expect(notions('maneras de pagar', 'es')).toContain('~method');
    expect(notions('payment methods', 'en')).toContain('~method');
  });

  it('AI3: Spanish "cuánto sale" asks a price, not for a sale; English "sale" stays a discount', () => {
    expect(asked('cuanto sale la funda', 'es')).toContain('~price');
    expect(asked('cuanto sale la funda', 'es')).not.toContain('~coupon');
    expect(notions('is there a sale this week', 'en')).toContain('~coupon');
  });

  it('AI3: a mistake made by the customer names `~wrong` in each language', () => {
    expect(notions('me equivoqué de talla', 'es')).toContain('~wrong');
    expect(notions('errei o cep', 'pt')).toContain('~wrong');
    expect(notions('typo in my address', 'en')).toContain('~wrong');
  });

  it('AI3: a repair service is a notion of its own in id/pt/es/en', () => {
    eachNames('~repair');
  });

  it('AI3: used goods (trade-in) are a notion in id/pt/es/en', () => {
    eachNames('~used');
  });

  it('AI3: regret and a sealed, unopened item speak of a return', () => {
    expect(notions('me arrependi da compra', 'pt')).toContain('~return');
    expect(notions('me arrepentí', 'es')).toContain('~return');
    expect(notions('menyesal belinya', 'id')).toContain('~return');
    eachNames('~unused');
  });

  it('AI3: dead on arrival and factory faults name `~damaged`', () => {
    expect(notions('speakernya mati total', 'id')).toContain('~damaged');
    expect(notions('the mouse was dead', 'en')).toContain('~damaged');
    expect(notions('el mouse vino fallado', 'es')).toContain('~damaged');
  });

  it('AI3: personal data and sharing it name `~privacy`; Portuguese "data" is a date', () => {
    expect(notions('do you share my email', 'en')).toContain('~privacy');
    expect(notions('datanya ga disebar kan', 'id')).toContain('~privacy');
    expect(notions('vcs vendem meus dados', 'pt')).toContain('~privacy');
    expect(notions('qual a data de entrega', 'pt')).not.toContain('~privacy');
  });

  it('AI3: earphones and screen protectors meet across languages as items', () => {
    const earphones = ['earbuds', 'fone', 'audífonos', 'auriculares', 'tws'];
    for (const word of earphones) expect(notions(word, 'es')).toContain('~earphones');
    expect(notions('tg', 'id')).toContain('~protector');
    expect(notions('película', 'pt')).toContain('~protector');
    expect(notions('vidrio templado', 'es')).toContain('~protector');
  });

  it('AI3: buying in bulk (by the dozen, borongan) names `~wholesale`', () => {
    expect(notions('beli borongan', 'id')).toContain('~wholesale');
    expect(notions('por docena', 'es')).toContain('~wholesale');
    expect(notions('a dozen cases', 'en')).toContain('~wholesale');
  });

  it('AI3: everyday chat shorthand is spelled out in each language', () => {
    expect(analyzeText('msh ada skrg', 'id')).toEqual(analyzeText('masih ada sekarang', 'id'));
    expect(notions('qnt custa', 'pt')).toEqual(notions('quanto custa', 'pt'));
    expect(notions('el cel', 'es')).toEqual(notions('el celular', 'es'));
    expect(analyzeText('works w iphone', 'en')).toEqual(analyzeText('works with iphone', 'en'));
  });
});
