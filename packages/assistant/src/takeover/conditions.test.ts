import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../language/detect.js';
import { scoreAnger } from './anger.js';
import { matchTakeover, takeoverOptionsSchema } from './conditions.js';
import { findHumanRequest } from './human-request.js';

const config = (options = {}) => takeoverOptionsSchema.parse(options);

describe('takeover conditions', () => {
  it.each([
    ['en', 'Can I talk to a person please?'],
    ['en', 'I want to speak with a real human'],
    ['en', 'connect me to an agent'],
    ['id', 'mau bicara dengan orang'],
    ['id', 'Kak, bisa ngomong sama admin?'],
    ['id', 'sambungkan saya ke CS'],
    ['pt', 'Quero falar com atendente'],
    ['pt', 'posso falar com uma pessoa de verdade?'],
    ['pt', 'me passa pra um atendente humano'],
    ['es', 'Quiero hablar con un agente'],
    ['es', '¿Puedo hablar con una persona?'],
    ['es', 'pásame con un asesor'],
  ])('AI2: a request for a human in %s is recognised: "%s"', (language, text) => {
    expect(findHumanRequest(text)?.language).toBe(language);
    expect(matchTakeover(text, config())?.code).toBe('human-request');
  });

  it.each([
    'How much does the blue runner cost?',
    'Berapa ongkir ke Bandung?',
    'Qual o prazo de entrega para Niterói?',
    '¿Tienen envío a Madrid?',
    'Is your sales agent program open?',
    'A pessoa que recebe precisa assinar?',
  ])('AI2: an ordinary question is not a takeover: "%s"', (text) => {
    expect(matchTakeover(text, config())).toBeUndefined();
  });

  it('AI2: host keywords match whole words without case or accents; regexes test the raw text', () => {
    const c = config({ keywords: ['reembolso', 'nota fiscal'], patterns: [/pedido\s*#?\d{5,}/i] });
    expect(matchTakeover('Quero meu REEMBOLSO já', c)).toMatchObject({ code: 'keyword' });
    expect(matchTakeover('preciso da Nota Fiscal', c)).toMatchObject({ code: 'keyword' });
    expect(matchTakeover('reembolsos são raros', c)).toBeUndefined();
    expect(matchTakeover('meu pedido #123456 não chegou', c)?.detail).toMatch(/matched/);
  });

  it('AI2: human requests can be turned off', () => {
    expect(matchTakeover('falar com atendente', config({ humanRequest: false }))).toBeUndefined();
  });

  it.each([
    ['This is RIDICULOUS, worst service ever!!!'],
    ['Vocês são uns golpistas, vou no Procon'],
    ['pelayanan parah, penipu semua'],
    ['Esto es una estafa, qué vergüenza'],
    ['WHERE IS MY ORDER, I AM FED UP'],
  ])('AI2: an angry customer is detected: "%s"', (text) => {
    expect(matchTakeover(text, config())?.code).toBe('angry');
  });

  it.each([
    ['This price is terrible'],
    ['Obrigado, tudo certo!'],
    ['Saya kecewa sedikit, tapi oke'],
    ['WOW thanks'],
  ])('AI2: mild or happy text is not angry: "%s"', (text) => {
    expect(matchTakeover(text, config())).toBeUndefined();
  });

  it('AI2: the anger threshold is configurable and anger can be turned off', () => {
    expect(scoreAnger('this is terrible').score).toBe(1);
    expect(matchTakeover('this is terrible', config({ angry: { threshold: 1 } }))?.code).toBe(
      'angry',
    );
    expect(matchTakeover('you idiots, scam!!!', config({ angry: false }))).toBeUndefined();
  });

  it('detects the customer language among en/id/pt/es, or says it cannot tell', () => {
    expect(detectLanguage('Qual é o prazo de entrega?')).toBe('pt');
    expect(detectLanguage('Berapa harga sepatu ini kak?')).toBe('id');
    expect(detectLanguage('How long does delivery take?')).toBe('en');
    expect(detectLanguage('¿Cuánto cuesta el envío?')).toBe('es');
    expect(detectLanguage('👍')).toBeUndefined();
    expect(detectLanguage('SKU-1234')).toBeUndefined();
  });

  it('rejects bad takeover options with the field named', () => {
    expect(() => config({ keywords: [''] })).toThrow(/keywords must not be empty/);
    expect(() => config({ patterns: ['refund'] })).toThrow(/RegExp/);
  });
});
