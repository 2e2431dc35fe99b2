import { describe, expect, it } from 'vitest';
import { notions } from '../test-support/notions.js';
import type { Language } from '../types.js';
import { analyzeQuery } from './analyzer.js';

const queryNotions = (text: string, language: Language) =>
  analyzeQuery(text, language, ['id', 'pt', 'en'])
    .flat()
    .filter((t) => t.startsWith('~'));

type Case = readonly [Language, string];

function expectNotion(notion: string, cases: readonly Case[]) {
  for (const [language, text] of cases) expect(notions(text, language), text).toContain(notion);
}

function expectNoNotion(notion: string, cases: readonly Case[]) {
  for (const [language, text] of cases) expect(notions(text, language), text).not.toContain(notion);
}

describe('classes of the florist round (ADR 0650)', () => {
  it('AI3: Indonesian "bunga" is a flower, interest only beside an instalment', () => {
    expectNoNotion('~interest', [
      ['id', 'bunga mawar merah ada?'],
      ['id', 'kak bunganya masih segar ga?'],
      ['id', 'kirim papan bunga ke gedung'],
    ]);
    expectNotion('~interest', [
      ['id', 'cicilan 6 bulan tanpa bunga'],
      ['id', 'kalo dicicil kena bunga ga?'],
      ['id', 'bunga cicilannya berapa persen'],
      ['en', 'is it interest free'],
      ['pt', 'parcela sem juros?'],
      ['es', 'meses sin intereses'],
    ]);
  });

  it("AI3: a where-question about the shop names the shop's location, not an order's", () => {
    expectNotion('~location', [
      ['id', 'outletnya di mana sih?'],
      ['id', 'alamat tokonya apa ya'],
      ['pt', 'onde ficam as lojas?'],
      ['pt', 'qual o endereço da loja?'],
      ['es', '¿dónde está su tienda?'],
      ['en', 'where is your shop'],
    ]);
    expect(queryNotions('toko kalian dmn?', 'id')).toContain('~location');
    // Where an order is stays tracking; the customer's address is no shop's.
    expectNoNotion('~location', [
      ['en', 'where is my parcel'],
      ['pt', 'cadê meu pedido?'],
      ['id', 'ganti alamat pengiriman'],
    ]);
    expect(queryNotions('alamat toko', 'id')).not.toContain('~address');
  });

  it('AI3: sending a gift without the sender named is anonymous', () => {
    expectNotion('~anonymous', [
      ['en', 'can the card be anonymous'],
      ['en', "i don't want her to know it's from me"],
      ['en', 'send a present with no name on it'],
      ['id', 'bisa kirim tanpa nama pengirim?'],
      ['id', 'nama aku jgn ditulis ya'],
      ['pt', 'dá pra mandar sem o meu nome?'],
      ['es', 'quiero enviarlo sin que él sepa quién fue'],
    ]);
    expectNoNotion('~anonymous', [
      ['en', 'what name is on the order'],
      ['id', 'nama penerima harus lengkap?'],
      ['pt', 'qual o nome da loja?'],
    ]);
  });

  it('AI3: a message with a gift is a note, and its card no payment card', () => {
    expectNotion('~note', [
      ['en', 'can i include a short message'],
      ['en', 'is there a gift card option with text'],
      ['id', 'bisa tambah kartu ucapan?'],
      ['pt', 'vai um bilhete com recado?'],
      ['es', '¿puedo poner una dedicatoria?'],
    ]);
    const q = queryNotions('pode mandar um cartão com mensagem?', 'pt');
    expect(q).toContain('~note');
    expect(q).not.toContain('~card');
    // A payment card stays one.
    expect(queryNotions('aceitam cartão de crédito?', 'pt')).toContain('~card');
    expect(queryNotions('aceitam cartão de crédito?', 'pt')).not.toContain('~note');
  });

  it('AI3: how long goods last is freshness; making them last longer is care', () => {
    expectNotion('~fresh', [
      ['en', 'how long will the tulips last'],
      ['id', 'kuenya tahan berapa hari?'],
      ['pt', 'o buquê dura quantos dias?'],
      ['es', 'las rosas aguantan cuántos días?'],
    ]);
    expectNotion('~care', [
      ['en', 'how do i keep them fresh longer'],
      ['id', 'biar awet harus diapain?'],
      ['pt', 'o que faço pra durar mais?'],
      ['es', 'cómo cuido las orquídeas?'],
      ['id', 'cara merawat anggrek'],
    ]);
    // "how long" of a delivery or a refund is no shelf life.
    expectNoNotion('~fresh', [
      ['en', 'how long does delivery take'],
      ['pt', 'quanto tempo demora o reembolso?'],
    ]);
  });

  it('AI3: wilting and drooping are spoiled goods in four languages', () => {
    expectNotion('~fresh', [
      ['en', 'the tulips are drooping'],
      ['en', 'they came wilted'],
      ['es', 'las rosas llegaron marchitas'],
      ['pt', 'as flores murcharam em um dia'],
      ['id', 'bunganya udah layu'],
    ]);
  });

  it('AI3: chocolates and vases are named across languages', () => {
    expectNotion('~chocolate', [
      ['pt', 'vocês vendem bombons?'],
      ['id', 'bisa tambah coklat?'],
      ['es', 'una caja de bombones'],
      ['en', 'add some truffles'],
    ]);
    expectNotion('~vase', [
      ['es', '¿viene con florero?'],
      ['pt', 'precisa de vaso?'],
      ['id', 'sudah termasuk vas?'],
      ['en', 'does it come in a vase'],
    ]);
    // A Spanish "vaso" is a drinking glass; "vas" is "you go" in pt/es.
    expectNoNotion('~vase', [
      ['es', 'un vaso de agua'],
      ['es', '¿vas a enviarlo hoy?'],
      ['pt', 'tu vas ao centro?'],
    ]);
  });

  it('AI3: getting married, a bride, a grand opening are occasions', () => {
    expectNotion('~wedding', [
      ['en', 'we are getting married in may'],
      ['id', 'aku mau menikah bulan depan'],
      ['pt', 'vou casar em março'],
      ['es', 'quiero un ramo de novia blanco'],
    ]);
    expectNoNotion('~wedding', [['es', 'flores para mi novia']]);
    expectNotion('~inauguration', [
      ['en', 'flowers for a grand opening'],
      ['pt', 'arranjo para inauguração'],
      ['es', 'arreglo para la inauguración del local'],
      ['id', 'papan bunga peresmian kantor'],
    ]);
    expect(queryNotions('flowers for our grand opening', 'en')).not.toContain('~hours');
    expect(queryNotions('what are your opening hours', 'en')).toContain('~hours');
  });

  it('AI3: a delivery on a later day is a chosen slot; today is same-day', () => {
    expectNotion('~slot', [
      ['en', 'deliver it next friday'],
      ['id', 'kirimnya minggu depan bisa?'],
      ['pt', 'entregar na semana que vem'],
      ['es', 'para el mes que viene'],
      ['id', 'dikirim tanggal 20'],
    ]);
    expectNoNotion('~slot', [
      ['en', 'can it come today'],
      ['pt', 'qual o prazo de troca?'],
    ]);
    const today = queryNotions('can it arrive today?', 'en');
    expect(today).toContain('~sameday');
    expect(today).not.toContain('~arrive');
  });

  it('AI3: custom work and substitutes name their notions across languages', () => {
    expectNotion('~custom', [
      ['en', 'can you make a personalised one'],
      ['pt', 'fazem bolo personalizado?'],
      ['es', 'hacen arreglos personalizados?'],
      ['id', 'bisa bikin sesuai referensi?'],
    ]);
    expectNotion('~substitute', [
      ['en', 'will you substitute a similar item'],
      ['pt', 'vocês substituem por outro?'],
      ['es', '¿sustituyen productos?'],
      ['id', 'ada pengganti kalau habis?'],
    ]);
    // A substitute is no refund and no exchange of size.
    expectNoNotion('~substitute', [
      ['en', 'i want a refund'],
      ['pt', 'quero trocar o tamanho'],
    ]);
    // "options" asks what there is, not how to pay.
    expectNoNotion('~method', [['en', 'what gift options do you have']]);
    expectNotion('~pay', [['id', 'opsi pembayaran apa aja?']]);
  });
});
