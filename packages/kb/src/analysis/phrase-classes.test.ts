import { describe, expect, it } from 'vitest';
import { notions } from '../test-support/notions.js';
import type { Language } from '../types.js';
import { analyzeQuery } from './analyzer.js';

/** The tokens of a query (base in id/pt/en), flattened. */
const terms = (text: string, language: Language) =>
  analyzeQuery(text, language, ['id', 'pt', 'en']).flat();
/** The notions a query names. */
const asked = (text: string, language: Language) =>
  terms(text, language).filter((t) => t.startsWith('~'));

describe('phrase-level service classes in four languages (ADR 0430)', () => {
  it('AI3: "changed my mind" is a return in id/pt/es/en', () => {
    for (const [text, language] of [
      ['i changed my mind about the case', 'en'],
      ['i do not want it anymore', 'en'],
      ['ordered it by mistake', 'en'],
      ['aku salah beli casingnya', 'id'],
      ['berubah pikiran kak', 'id'],
      ['ga jadi dipakai kak', 'id'],
      ['mudei de ideia sobre a capinha', 'pt'],
      ['comprei errado a capa', 'pt'],
      ['cambié de opinión sobre la funda', 'es'],
      ['ya no la quiero', 'es'],
    ] as const)
      expect(asked(text, language), text).toContain('~return');
    // The mistake is the customer's own: no wrong item was sent.
    expect(asked('aku salah beli casingnya', 'id')).not.toContain('~wrong');
    expect(asked('comprei errado a capa', 'pt')).not.toContain('~wrong');
    // Before it ships, "ga jadi beli" is a cancellation, not a return.
    expect(asked('ga jadi beli kak', 'id')).not.toContain('~return');
  });

  it('AI3: price idioms name the price in id/en (pt/es idioms hold quanto / cuánto)', () => {
    for (const [text, language] of [
      ['what is the tablet going for', 'en'],
      ['what are the cables selling for', 'en'],
      ["what's the damage for two cases", 'en'],
      ['casing ini berapaan', 'id'],
      ['kabelnya brp an', 'id'],
      ['dijual berapa tabletnya', 'id'],
      ['a capinha tá quanto', 'pt'],
      ['a cuánto la funda', 'es'],
    ] as const)
      expect(asked(text, language), text).toContain('~price');
    // "What's the damage" is a price, not a broken item.
    expect(asked("what's the damage for two cases", 'en')).not.toContain('~damaged');
  });

  it('AI3: store pickup in other words names `~pickup` in pt/es/en', () => {
    for (const [text, language] of [
      ['do you do click and collect', 'en'],
      ['can i pick my order up tomorrow', 'en'],
      ['posso buscar o pedido na loja', 'pt'],
      ['puedo pasar a buscar el pedido', 'es'],
      ['puedo buscarlo en la tienda', 'es'],
    ] as const)
      expect(asked(text, language), text).toContain('~pickup');
    expect(asked('bisa ambil sendiri', 'id')).toContain('~pickup');
  });

  it("AI3: the shop's own address is the store, not a delivery address, in id/pt/es/en", () => {
    for (const [text, language] of [
      ["what's your address", 'en'],
      ['where are you guys based', 'en'],
      ['alamat toko kakak dimana', 'id'],
      ['qual o endereço de vocês', 'pt'],
      ['cuál es la dirección de la tienda', 'es'],
    ] as const) {
      expect(asked(text, language), text).toContain('~store');
      expect(asked(text, language), text).not.toContain('~address');
    }
    // The customer's own address stays an address.
    expect(asked('can i change my address', 'en')).toContain('~address');
  });

  it("AI3: changing or correcting one's address is its own notion, no exchange, in id/pt/es/en", () => {
    for (const [text, language] of [
      ['quiero cambiar la dirección de envío', 'es'],
      ['puse mal la dirección, la pueden cambiar', 'es'],
      ['quero trocar o endereço', 'pt'],
      ['errei o cep, tem como corrigir', 'pt'],
      ['mau ganti alamat kak', 'id'],
      ['alamatku salah, bisa diubah?', 'id'],
      ['i typed the wrong address', 'en'],
      ['can you update my shipping address', 'en'],
    ] as const) {
      const notions = asked(text, language);
      expect(notions, text).toContain('~readdress');
      expect(notions, text).not.toContain('~exchange');
      expect(notions, text).not.toContain('~wrong');
    }
    expect(notions('Posso mudar o endereço de entrega?', 'pt')).toContain('~readdress');
    expect(notions('Bisakah saya mengubah alamat pengiriman?', 'id')).toContain('~readdress');
    expect(asked('quiero cambiar la talla', 'es')).toContain('~exchange');
    expect(asked('i got the wrong size', 'en')).toContain('~wrong');
  });

  it('AI3: an Indonesian passive "di-" form names the bare word\'s notion', () => {
    expect(notions('barangnya bisa diretur?', 'id')).toContain('~return');
    expect(notions('pesanan bisa dicancel ga', 'id')).toContain('~cancel');
    expect(asked('kalau rusak bisa diretur?', 'id')).toContain('~return');
    // Words that only begin with "di" keep what they are.
    expect(notions('disini ada toko?', 'id')).not.toContain('~return');
    expect(notions('ada diskon?', 'id')).toContain('~coupon');
  });
});
