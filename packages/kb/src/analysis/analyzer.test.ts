import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeText, detectLanguage } from './analyzer.js';
import { words } from './normalize.js';

describe('analysers', () => {
  it('AI3: folds case and accents and stems each language with its Snowball stemmer', () => {
    expect(analyzeText('Devoluções e ENTREGAS', 'pt')).toEqual(['devolu', 'devoluco', 'entreg']);
    expect(analyzeText('Pembayaran dikirim', 'id')).toEqual(['bayar', 'kirim']);
    expect(analyzeText('Deliveries shipped', 'en')).toEqual(['deliveri', 'ship']);
    expect(analyzeText('Envíos rápidos', 'es')).toEqual(['envi', 'rap']);
  });

  it('AI3: drops stop words of the language, including chat fillers', () => {
    expect(analyzeText('qual é o prazo de entrega para o interior', 'pt')).toEqual([
      'praz',
      'entreg',
      'interior',
    ]);
    expect(analyzeText('kak berapa harga kopi ini ya', 'id')).toEqual(['harga', 'kopi']);
    expect(analyzeText('how much is the shipping to Bali please', 'en')).toEqual(['ship', 'bali']);
  });

  it('AI3: an accented word and its unaccented spelling meet', () => {
    const indexed = new Set(analyzeText('devolução', 'pt'));
    const [typed] = analyzeQuery('devolucao', 'pt', ['pt']);
    expect(typed!.some((t) => indexed.has(t))).toBe(true);
  });

  it('AI3: keeps prices whole', () => {
    expect(words('Harga Rp 22.000, ongkir 15,000 dan R$ 10,50')).toEqual([
      'harga',
      'rp',
      '22000',
      'ongkir',
      '15000',
      'dan',
      'r',
      '10',
      '50',
    ]);
  });

  it('AI3: tells the language of a customer message from its stop words', () => {
    const all = ['en', 'id', 'pt', 'es'] as const;
    expect(detectLanguage('berapa harga kopi susu yang besar?', all)).toBe('id');
    expect(detectLanguage('qual o prazo de entrega para o interior?', all)).toBe('pt');
    expect(detectLanguage('what is the delivery time for my order?', all)).toBe('en');
    expect(detectLanguage('¿cuánto cuesta el envío a Madrid?', all)).toBe('es');
    expect(detectLanguage('Americano 18000', all, 'id')).toBe('id');
  });

  it('AI3: query words carry their stems in every language of the base, once per word', () => {
    const tokens = analyzeQuery('entregas entregas', 'pt', ['pt', 'en']);
    expect(tokens).toEqual([['entreg', 'entrega']]);
  });
});
