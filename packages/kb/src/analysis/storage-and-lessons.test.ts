import { describe, expect, it } from 'vitest';
import type { Language } from '../types.js';
import { analyzeText } from './analyzer.js';

/** The notions a text names in a language. */
const notions = (text: string, language: Language) =>
  analyzeText(text, language).filter((t) => t.startsWith('~'));

describe('cold storage, lessons and paying in full (ADR 0530)', () => {
  it('AI3: keeping goods cold or frozen names `~chill` in id/pt/es/en', () => {
    for (const [language, text] of [
      ['id', 'rotinya boleh dimasukin kulkas?'],
      ['pt', 'dá pra deixar na geladeira?'],
      ['pt', 'pode congelar o bolo?'],
      ['es', 'se puede guardar en la heladera?'],
      ['es', 'lo meto en la nevera?'],
      ['en', 'can it go in the freezer'],
    ] as const)
      expect(notions(text, language), text).toContain('~chill');
  });

  it('AI3: lessons a shop gives name `~lesson`; a Spanish office does not', () => {
    for (const [language, text] of [
      ['id', 'ada kursus bikin roti?'],
      ['pt', 'vocês dão aulas de maquiagem?'],
      ['es', 'hacen talleres de costura?'],
      ['en', 'any sewing workshops?'],
    ] as const)
      expect(notions(text, language), text).toContain('~lesson');
    expect(notions('donde queda su oficina?', 'es')).not.toContain('~lesson');
  });

  it('AI3: asking whether to pay all up front names `~deposit`; paying by a means does not', () => {
    for (const [language, text] of [
      ['en', 'do I have to pay everything upfront?'],
      ['id', 'harus bayar lunas di awal ga?'],
      ['pt', 'tenho que pagar o total adiantado?'],
      ['es', 'hay que pagar todo por adelantado?'],
      ['es', 'puedo pagar la mitad?'],
    ] as const)
      expect(notions(text, language), text).toContain('~deposit');
    for (const [language, text] of [
      ['en', 'can i pay by card'],
      ['es', 'pago con tarjeta?'],
      ['pt', 'pagar o frete na entrega'],
      ['id', 'bayar di tempat bisa?'],
    ] as const)
      expect(notions(text, language), text).not.toContain('~deposit');
  });
});
