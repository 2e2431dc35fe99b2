import { describe, expect, it } from 'vitest';
import { notions } from '../test-support/notions.js';
import type { Language } from '../types.js';

describe('cold storage, lessons, paying in full, children, garment care and wrong items (ADR 0540)', () => {
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

  it('AI3: children a customer buys for name `~kids`; Spanish "son" (they are) does not', () => {
    for (const [language, text] of [
      ['en', 'anything for toddlers?'],
      ['id', 'ada baju buat balita?'],
      ['pt', 'tem roupa infantil?'],
      ['es', 'tienen algo para mi hija de 4?'],
    ] as const)
      expect(notions(text, language), text).toContain('~kids');
    expect(notions('son de algodón?', 'es')).not.toContain('~kids');
  });

  it('AI3: ironing, drying and bleaching name `~wash`; a help desk names `~contact`', () => {
    for (const [language, text] of [
      ['en', 'ok to iron it?'],
      ['id', 'boleh disetrika ga'],
      ['es', 'se puede meter en la secadora?'],
      ['pt', 'pode usar alvejante?'],
    ] as const)
      expect(notions(text, language), text).toContain('~wash');
    expect(notions('nomor cs nya berapa', 'id')).toContain('~contact');
    // The verb alone names nothing: "hubungi dokter" contacts another business (ADR 0410).
    expect(notions('cara hubungi dokter', 'id')).not.toContain('~contact');
  });

  it('AI3: an item not ordered, or other than ordered, names `~wrong`', () => {
    for (const [language, text] of [
      ['en', "they sent a lamp i didn't order"],
      ['en', 'i ordered blue but got green'],
      ['id', 'yg sampai beda sama yg aku pesan'],
      ['pt', 'veio uma peça que eu não pedi'],
      ['es', 'pedí dos y me llegó uno'],
    ] as const)
      expect(notions(text, language), text).toContain('~wrong');
    expect(notions('what should i order for a party', 'en')).not.toContain('~wrong');
  });

  it('AI3: goods named by unrelated words in each language meet one notion (ADR 0570)', () => {
    for (const [notion, cases] of [
      [
        '~tyre',
        [
          ['es', 'cambian neumáticos?'],
          ['pt', 'pneus aro 14'],
          ['id', 'ban tubeless ada?'],
        ],
      ],
      [
        '~helmet',
        [
          ['es', 'un casco integral'],
          ['pt', 'capacete fechado'],
          ['id', 'helm full face'],
        ],
      ],
      [
        '~spare',
        [
          ['es', 'tienen refacciones?'],
          ['pt', 'peças originais'],
          ['en', 'spare parts'],
        ],
      ],
      [
        '~bread',
        [
          ['es', 'hay pan dulce?'],
          ['pt', 'pão de queijo'],
          ['id', 'roti tawar'],
        ],
      ],
    ] as const)
      for (const [language, text] of cases)
        expect(notions(text, language as Language), text).toContain(notion);
    // A frying pan is no bread in English.
    expect(notions('non-stick frying pan', 'en')).not.toContain('~bread');
  });

  it('AI3: asking for work in other words names `~job`; asking for a salesperson does not', () => {
    for (const [language, text] of [
      ['es', 'están contratando personal?'],
      ['pt', 'vcs precisam de funcionários?'],
      ['id', 'toko lagi cari karyawan ga?'],
      ['en', 'are you hiring more staff'],
    ] as const)
      expect(notions(text, language), text).toContain('~job');
    expect(notions('necesito un vendedor que me atienda', 'es')).not.toContain('~job');
  });

  it('AI3: spoiled goods name `~fresh`, a missing item `~missing`, a code put in `~use` (ADR 0580)', () => {
    for (const [notion, language, text] of [
      ['~fresh', 'id', 'sayurnya udah layu pas nyampe'],
      ['~fresh', 'pt', 'o pão veio mofado'],
      ['~fresh', 'es', 'las manzanas llegaron podridas'],
      ['~fresh', 'en', 'the bread was mouldy'],
      ['~missing', 'pt', 'faltou o leite no meu pedido'],
      ['~missing', 'en', 'one bag is missing'],
      ['~use', 'pt', 'onde eu coloco o código promocional?'],
      ['~use', 'id', 'masukin kode voucher dimana'],
    ] as const)
      expect(notions(text, language), text).toContain(notion);
    expect(notions('llega pasado mañana?', 'es')).not.toContain('~fresh');
  });

  it('AI3: delivery the same day names `~sameday`; closing today does not', () => {
    for (const [language, text] of [
      ['pt', 'entrega hoje ainda?'],
      ['es', '¿me llega hoy mismo?'],
      ['id', 'bisa sampai hari ini ga'],
      ['en', 'do you do same day delivery'],
    ] as const)
      expect(notions(text, language), text).toContain('~sameday');
    expect(notions('what time do you close today', 'en')).not.toContain('~sameday');
  });

  it('AI3: choosing when an order comes names `~slot`; choosing a size does not', () => {
    for (const [language, text] of [
      ['en', 'can I pick a delivery slot'],
      ['pt', 'quero agendar a entrega pra sexta'],
      ['es', 'puedo elegir la hora de entrega?'],
      ['id', 'jadwal pengiriman bisa diatur?'],
    ] as const)
      expect(notions(text, language), text).toContain('~slot');
    expect(notions('escolher o tamanho', 'pt')).not.toContain('~slot');
  });

  it('AI3: melting, weighing, adding to an order and a neighbour taking it in name their notions', () => {
    for (const [notion, language, text] of [
      ['~chill', 'pt', 'o sorvete chega derretido?'],
      ['~chill', 'id', 'coklatnya ga meleleh kan'],
      ['~weight', 'id', 'dagingnya ditimbang dulu?'],
      ['~weight', 'es', 'venden por kilo?'],
      ['~add', 'es', 'quiero agregar leche a mi pedido'],
      ['~add', 'id', 'bisa tambahin 1 item lagi'],
      ['~proxy', 'pt', 'pode deixar com o porteiro?'],
      ['~proxy', 'en', 'leave it with my neighbour'],
    ] as const)
      expect(notions(text, language), text).toContain(notion);
  });
});
