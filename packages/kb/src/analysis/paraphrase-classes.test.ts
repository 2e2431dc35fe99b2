import { describe, expect, it } from 'vitest';
import type { Language } from '../types.js';
import { analyzeQuery, analyzeText } from './analyzer.js';

/** The notions a query names (base in id/pt/en). */
const asked = (text: string, language: Language) =>
  analyzeQuery(text, language, ['id', 'pt', 'en'])
    .flat()
    .filter((t) => t.startsWith('~'));
/** The notions a text names (document side). */
const notions = (text: string, language: Language) =>
  analyzeText(text, language).filter((t) => t.startsWith('~'));

describe('chat paraphrase classes in four languages (ADR 0480)', () => {
  it('AI3: the day or the days to arrival, the arrival verb first, name `~eta`', () => {
    for (const [text, language] of [
      ['kalo order skrg nyampe medan kira2 brp hari', 'id'],
      ['besok udah sampe belum ya', 'id'],
      ['se eu comprar hoje chega em quantos dias no rio', 'pt'],
      ['chega amanhã?', 'pt'],
      ['si pido hoy llega en cuantos dias a quito', 'es'],
      ['llega mañana?', 'es'],
      ['will it arrive by friday', 'en'],
      ['how long to reach me in perth', 'en'],
    ] as const)
      expect(asked(text, language), text).toContain('~eta');
  });

  it('AI3: an item that does not work is damaged; a code, payment or app that does not is not', () => {
    for (const [text, language] of [
      ['kabelnya ga bisa ngecas', 'id'],
      ['hp nya ga nyala', 'id'],
      ['o fone não liga', 'pt'],
      ['parou de funcionar', 'pt'],
      ['el cargador no carga', 'es'],
      ['dejó de funcionar', 'es'],
      ["the charger won't charge my phone", 'en'],
      ['stopped working after a week', 'en'],
    ] as const)
      expect(asked(text, language), text).toContain('~damaged');
    for (const [text, language] of [
      ['coupon not working', 'en'],
      ['kode voucher ga bisa dipakai', 'id'],
      ['o cupom não funciona', 'pt'],
      ['la app no funciona', 'es'],
      ['can you charge it to my card', 'en'],
    ] as const)
      expect(asked(text, language), text).not.toContain('~damaged');
  });

  it("AI3: what is done with the customer's number, and who gets it, name `~privacy`", () => {
    for (const [text, language] of [
      ['what do you do with my phone number', 'en'],
      ['do you sell my number to third parties', 'en'],
      ['nomor hp aku dijual ga', 'id'],
      ['vcs vendem meu numero pra outras empresas?', 'pt'],
      ['q hacen con mi numero', 'es'],
      ['lo pasan a terceros?', 'es'],
    ] as const)
      expect(asked(text, language), text).toContain('~privacy');
  });

  it('AI3: stopping marketing messages names `~optout`, in documents and queries', () => {
    for (const [text, language] of [
      ['stop sending me promos', 'en'],
      ['how do i unsubscribe', 'en'],
      ['jangan kirimin promo lagi dong', 'id'],
      ['gimana biar ga dikirimin iklan', 'id'],
      ['quero parar de receber promoções', 'pt'],
      ['como dejo de recibir publicidad', 'es'],
      ['quiero darme de baja', 'es'],
    ] as const)
      expect(asked(text, language), text).toContain('~optout');
    expect(notions('Reply STOP to stop promotional messages.', 'en')).toContain('~optout');
    expect(notions('Ketik STOP untuk berhenti menerima promo.', 'id')).toContain('~optout');
    expect(asked('i did not receive the promo code', 'en')).not.toContain('~optout');
  });

  it('AI3: coming to the shop in person names the store, and its coming word no arrival', () => {
    for (const [text, language] of [
      ['tokonya dmn, mau dateng langsung', 'id'],
      ['boleh mampir ke toko?', 'id'],
      ['posso ir na loja pessoalmente?', 'pt'],
      ['puedo pasar por la tienda en persona', 'es'],
      ['can i come by in person', 'en'],
    ] as const)
      expect(asked(text, language), text).toContain('~store');
    expect(asked('tokonya dmn, mau dateng langsung', 'id')).not.toContain('~arrive');
  });

  it('AI3: buying ten or more, or many, names `~wholesale`', () => {
    for (const [text, language] of [
      ['kalau beli banyak ada potongan?', 'id'],
      ['si compro 40 cargadores me hacen descuento', 'es'],
      ['se eu comprar em quantidade tem desconto', 'pt'],
      ['if i buy 20 cases is there a discount', 'en'],
    ] as const)
      expect(asked(text, language), text).toContain('~wholesale');
    expect(asked('if i buy 2 cases is there a discount', 'en')).not.toContain('~wholesale');
  });
});
