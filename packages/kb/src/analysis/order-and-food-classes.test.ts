import { describe, expect, it } from 'vitest';
import { notions } from '../test-support/notions.js';
import type { Language } from '../types.js';
import { words } from './normalize.js';
import { isOffTopic } from './off-topic.js';

/** Each (language, text) pair names the notion. */
function allName(notion: string, cases: ReadonlyArray<readonly [Language, string]>): void {
  for (const [language, text] of cases) expect(notions(text, language), text).toContain(notion);
}

describe('order timing, deposits, weekdays, sizes and food (ADR 0500)', () => {
  it('AI3: a number written against its unit is the number and the unit', () => {
    expect(words('bolo de 20cm')).toEqual(['bolo', 'de', '20', 'cm']);
    expect(words('powerbank 10000mAh 33W')).toEqual(['powerbank', '10000', 'mah', '33', 'w']);
    expect(words('Rp 185.000 or 7pm')).toEqual(['rp', '185000', 'or', '7', 'pm']);
    // Letters first is a model name, kept whole.
    expect(words('ip14 a52s')).toEqual(['ip14', 'a52s']);
  });

  it('AI3: weekdays name opening hours in id/pt/es/en', () => {
    allName('~hours', [
      ['id', 'buka hari senin?'],
      ['pt', 'abre na terça-feira?'],
      ['pt', 'fecha às segundas-feiras'],
      ['es', 'abren los lunes?'],
      ['en', 'are you open on mondays'],
    ]);
  });

  it('AI3: a part paid up front names `~deposit` in id/pt/es/en', () => {
    allName('~deposit', [
      ['id', 'harus dp dulu ga'],
      ['pt', 'precisa dar sinal?'],
      ['es', 'hay que dejar seña?'],
      ['en', 'how much is the deposit'],
    ]);
  });

  it('AI3: being in time for a date names `~advance` in id/pt/es/en', () => {
    allName('~advance', [
      ['id', 'pesen buat lusa masih keburu ga'],
      ['id', 'berapa hari sebelumnya harus pesan'],
      ['pt', 'dá tempo de encomendar pra sábado?'],
      ['pt', 'com quanto tempo de antecedência'],
      ['es', 'llego a tiempo si pido hoy?'],
      ['en', 'need a cake by tomorrow, is that too late?'],
      ['en', 'how far in advance should I order'],
    ]);
    expect(notions('my order is late', 'en')).not.toContain('~advance');
  });

  it('AI3: the shop named by its kind is the store in pt/es/en', () => {
    allName('~store', [
      ['pt', 'endereço da padaria'],
      ['es', 'donde queda la panadería'],
      ['en', 'where is the bakery'],
    ]);
  });

  it('AI3: picking an item up at the store names `~pickup` with the item between', () => {
    allName('~pickup', [
      ['pt', 'posso buscar o bolo na loja'],
      ['es', 'puedo recoger la torta en el local'],
    ]);
  });

  it('AI3: allergens, nuts and what halal rules out name their notions in id/pt/es/en', () => {
    allName('~allergy', [
      ['pt', 'contém alérgenos?'],
      ['en', 'allergen list please'],
    ]);
    allName('~nuts', [
      ['id', 'ada kacangnya ga'],
      ['pt', 'tem amendoim?'],
      ['es', 'tiene maní o nueces?'],
      ['en', 'does it contain peanuts'],
    ]);
    allName('~halal', [
      ['id', 'pake babi ga kak'],
      ['pt', 'os doces tem álcool? sou muçulmano'],
      ['es', 'lleva cerdo?'],
      ['en', 'is it halal'],
    ]);
  });

  it('AI3: cakes and weddings meet across languages as items; a squashed cake is damaged', () => {
    allName('~cake', [
      ['id', 'kue ultah'],
      ['pt', 'bolo de aniversário'],
      ['es', 'una torta de chocolate'],
      ['en', 'birthday cake'],
    ]);
    allName('~wedding', [
      ['id', 'kue nikahan'],
      ['pt', 'bolo de casamento'],
      ['es', 'pastel de boda'],
      ['en', 'wedding cake'],
    ]);
    allName('~damaged', [
      ['es', 'la torta llegó aplastada'],
      ['en', 'the box came squashed'],
      ['id', 'kuenya hancur'],
    ]);
  });

  it('AI3: a franchise is off topic unless the base names it', () => {
    for (const [language, text] of [
      ['id', 'bisa franchise ga'],
      ['pt', 'vocês vendem franquia?'],
      ['es', 'dan franquicias?'],
    ] as const) {
      const notion = notions(text, language).find((t) => isOffTopic([t]));
      expect(notion, text).toBe('~franchise');
    }
  });
});
