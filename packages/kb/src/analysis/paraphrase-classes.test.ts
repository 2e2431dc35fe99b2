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

  it('AI3: not opened, not used names `~unused` in id/pt/es/en', () => {
    for (const [text, language] of [
      ["i haven't even opened it, can i return it", 'en'],
      ['still in the original box', 'en'],
      ['belum dibuka sama sekali kak', 'id'],
      ['masih segel, bisa retur?', 'id'],
      ['me arrependi, nem abri', 'pt'],
      ['está sem uso', 'pt'],
      ['no lo abrí, lo puedo devolver', 'es'],
      ['sin usar, puedo devolverlo?', 'es'],
    ] as const)
      expect(asked(text, language), text).toContain('~unused');
    // "Can't use" is no unused item.
    expect(asked('no puedo usar el cupon', 'es')).not.toContain('~unused');
    expect(asked('kabelnya tidak bisa dipakai', 'id')).not.toContain('~unused');
  });

  it('AI3: having it sent somewhere else names `~readdress`', () => {
    for (const [text, language] of [
      ['can you send my parcel to my office instead', 'en'],
      ['can it go to a different address', 'en'],
      ['bisa kirim ke alamat lain?', 'id'],
      ['pode entregar em outro endereço?', 'pt'],
      ['pueden enviarlo a otra dirección', 'es'],
      ['me lo pueden mandar a la oficina en vez de mi casa', 'es'],
    ] as const)
      expect(asked(text, language), text).toContain('~readdress');
  });

  it('AI3: fitting an accessory names `~install`; "aplicar" a coupon does not', () => {
    for (const [text, language] of [
      ['can you install the screen protector', 'en'],
      ['bisa pasangin anti gores?', 'id'],
      ['cuanto cobran por colocar un protector', 'es'],
      ['vocês colocam a película?', 'pt'],
    ] as const)
      expect(asked(text, language), text).toContain('~install');
    expect(asked('como aplicar o cupom', 'pt')).not.toContain('~install');
  });

  it("AI3: working with the customer's device names `~compat`, with a device word", () => {
    for (const [text, language] of [
      ['will this cable work with my iphone', 'en'],
      ['kabel lightning nya bisa buat ip 14 pro ga kak', 'id'],
      ['cocok untuk hp samsung?', 'id'],
      ['serve no meu celular?', 'pt'],
      ['funciona con mi iphone 13?', 'es'],
    ] as const)
      expect(asked(text, language), text).toContain('~compat');
    expect(asked('bisa buat akun dulu?', 'id')).not.toContain('~compat');
  });

  it('AI3: "got" forms and Indonesian particles carry no topic', () => {
    expect(terms('got any promo codes', 'en')).not.toContain('got');
    for (const particle of ['nya', 'nih', 'deh', 'mah', 'tuh'])
      expect(terms(`kabel ${particle} brp`, 'id')).not.toContain(particle);
  });
});
