import { describe, expect, it } from 'vitest';
import type { Language } from '../types.js';
import { analyzeQuery, analyzeText, tokenRoles } from './analyzer.js';
import { fold, words } from './normalize.js';
import { phraseConcepts } from './phrases.js';

const notions = (text: string) => phraseConcepts(words(text).map(fold));
const all: Language[] = ['id', 'pt', 'en', 'es'];

describe('phrase notions', () => {
  it('AI3: "where is my order" names tracking in each language, chat spelling included', () => {
    for (const text of [
      'where is my order??',
      'cadê meu pedido',
      'onde está minha encomenda',
      '¿dónde está mi pedido?',
      'paketnya udah sampai mana ya kak',
      'pesanan saya dimana',
    ])
      expect(notions(text), text).toContain('~track');
    expect(notions('where can I buy a laptop')).not.toContain('~track');
  });

  it('AI3: paying on arrival is cash on delivery; paying for delivery is not', () => {
    for (const text of [
      'can i pay when it arrives',
      'bisa bayar di tempat?',
      'posso pagar na entrega',
      'pago contra entrega',
      'puedo pagar al recibir',
    ])
      expect(notions(text), text).toContain('~cash');
    expect(notions('do i have to pay for delivery')).toEqual(['~price']);
  });

  it('AI3: fit and exchange are told apart from an address change', () => {
    expect(notions('do the shoes run small')).toContain('~fit');
    expect(notions('veste pequeno?')).toContain('~fit');
    expect(notions('ukurannya pas?')).toContain('~fit');
    expect(notions('can i swap it for a bigger one')).toContain('~exchange');
    expect(notions('can i change my address to a different one')).not.toContain('~exchange');
  });

  it('AI3: delivery time, stock and installments meet across languages', () => {
    for (const text of ['how long until my parcel arrives', 'quanto tempo demora pra chegar'])
      expect(notions(text), text).toContain('~eta');
    expect(notions('berapa hari sampai jakarta')).toContain('~eta');
    expect(notions('how long is the warranty')).not.toContain('~eta');
    expect(notions('ta esgotado, quando chega mais?')).toEqual(['~restock']);
    expect(notions('masih ada stok?')).toEqual(['~stock']);
    expect(notions('dá pra dividir no cartão?')).toContain('~installment');
    expect(notions('tienen a meses?')).toContain('~installment');
  });

  it('AI3: an item that "came" broken or wrong has arrived so; "come back" has not', () => {
    for (const text of [
      'it came broken',
      'a mochila veio rasgada',
      'me vino roto',
      'barangnya datang rusak',
      'veio errado',
    ])
      expect(notions(text), text).toContain('~arrive');
    expect(notions('will it come back in stock')).not.toContain('~arrive');
    expect(notions('vino tinto')).toEqual([]);
  });

  it('AI3: receiving a different item is a wrong item; "when do I get my order" asks the delivery time (ADR 0360)', () => {
    for (const text of ['got a different item', 'recebi outro produto', 'dapat warna lain'])
      expect(notions(text), text).toContain('~wrong');
    expect(notions('when will i get my order')).toContain('~eta');
    expect(notions('when do i get my refund')).not.toContain('~eta');
    expect(notions('parcela em quantos vezes')).toContain('~installment');
  });

  it('AI3: a passage and a query that say the same thing meet on the notion', () => {
    const entry = analyzeText('Apakah bisa COD atau bayar di tempat?', 'id');
    const query = analyzeQuery('can i pay when it arrives', 'en', all).flat();
    expect(query).toContain('~cash');
    expect(entry).toContain('~cash');
  });

  it("AI3: a phrase's own words give way to its notion, only when the base knows it", () => {
    const tokens = (known?: (t: string) => boolean) =>
      analyzeQuery('do the shoes run small', 'en', ['en'], undefined, known);
    // "run" belongs to "run small": it should not meet "running shoes".
    expect(tokens().flat()).toContain('~fit');
    expect(tokens().flat()).not.toContain('run');
    // A base without the notion keeps the words.
    expect(tokens(() => false).flat()).toContain('run');
    expect(tokens(() => false).flat()).not.toContain('~fit');
    expect(tokenRoles('do the shoes run small', 'en', ['en'])).toEqual([
      'topic',
      'topic',
      'phrase',
    ]);
  });
});
