import { describe, expect, it } from 'vitest';
import { notions } from '../test-support/notions.js';
import { analyzeQuery } from './analyzer.js';

const queryNotions = (text: string, language: 'id' | 'pt' | 'es' | 'en') =>
  analyzeQuery(text, language, ['id', 'pt', 'en'])
    .flat()
    .filter((t) => t.startsWith('~'));

describe('occasions, hour counts and Indonesian schedules (ADR 0640)', () => {
  it('AI3: an occasion names its notion in id/pt/es/en, however it is spelled', () => {
    for (const [language, text, notion] of [
      ['en', 'do you do xmas gift baskets', '~christmas'],
      ['pt', 'tem cesta natalina?', '~christmas'],
      ['es', 'arman canastas navideñas?', '~christmas'],
      ['id', 'parsel lebaran udh ada?', '~eid'],
      ['id', 'buat hari raya bisa pesen?', '~eid'],
      ['en', 'anything special for eid', '~eid'],
      ['id', 'kue buat ulang tahun anakku', '~birthday'],
      ['pt', 'quero um bolo pro niver da minha mãe', '~birthday'],
      ['es', 'algo para un cumple?', '~birthday'],
      ['en', 'need flowers for a funeral tomorrow', '~funeral'],
      ['id', 'karangan bunga duka cita berapa?', '~funeral'],
      ['es', 'mandan arreglos para un velorio?', '~funeral'],
      ['pt', 'buquê pra formatura', '~graduation'],
      ['en', 'the flowers the bride holds', '~wedding'],
      ['id', 'buket pengantin', '~wedding'],
    ] as const)
      expect(notions(text, language), text).toContain(notion);
    // A Spanish girlfriend is no wedding.
    expect(notions('tienes novia?', 'es')).not.toContain('~wedding');
  });

  it('AI3: hours counted are a time span, not the opening hours', () => {
    for (const [language, text] of [
      ['en', 'replaced within 24 hours'],
      ['en', 'up to 6 hours before delivery'],
      ['id', 'diproses dalam 2 jam'],
      ['pt', 'fica pronto em 48 horas'],
      ['es', 'tarda unas horas'],
    ] as const) {
      expect(notions(text, language), text).not.toContain('~hours');
      expect(notions(text, language), text).toContain('~duration');
    }
    expect(queryNotions('berapa jam sampai?', 'id')).toContain('~duration');
    for (const [language, text] of [
      ['en', 'what time do you close'],
      ['en', 'opening hours'],
      ['id', 'jam buka toko'],
      ['pt', 'qual o horário?'],
      ['es', 'a qué hora abren'],
    ] as const)
      expect(queryNotions(text, language), text).toContain('~hours');
  });

  it('AI3: an Indonesian order for a later day is a schedule, not the wrong item', () => {
    expect(queryNotions('kak mau pesen skrg tp dikirimnya tgl 14 bs?', 'id')).not.toContain(
      '~wrong',
    );
    expect(queryNotions('pesan hari ini tapi dikirim besok bisa?', 'id')).not.toContain('~wrong');
    expect(queryNotions('aku pesen merah tp yg dikirim biru', 'id')).toContain('~wrong');
    expect(queryNotions('pesen M tapi datang XL', 'id')).toContain('~wrong');
  });
});
