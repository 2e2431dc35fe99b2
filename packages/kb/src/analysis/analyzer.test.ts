import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeText, contentWords, detectLanguage } from './analyzer.js';
import { words } from './normalize.js';

describe('analysers', () => {
  it('AI3: folds case and accents and stems each language with its stemmer', () => {
    const stemsOnly = (terms: string[]) => terms.filter((t) => !t.startsWith('~'));
    expect(stemsOnly(analyzeText('Devoluções e ENTREGAS', 'pt'))).toEqual([
      'devolu',
      'devoluco',
      'entreg',
    ]);
    expect(stemsOnly(analyzeText('Pembayaran dikirim', 'id'))).toEqual([
      'bayar',
      'bayaran',
      'kirim',
    ]);
    expect(stemsOnly(analyzeText('Deliveries shipped', 'en'))).toEqual(['deliveri', 'ship']);
    expect(stemsOnly(analyzeText('Envíos rápidos', 'es'))).toEqual(['envi', 'rap']);
  });

  it('AI3: shop notions meet across languages ("envío", "frete", "shipping")', () => {
    const es = new Set(analyzeText('envío', 'es'));
    expect(analyzeText('frete', 'pt').some((t) => es.has(t))).toBe(true);
    expect(analyzeText('shipping', 'en').some((t) => es.has(t))).toBe(true);
    expect(analyzeText('talla', 'es')).toContain('~size');
    expect(analyzeText('tamanho', 'pt')).toContain('~size');
  });

  it('AI3: shop notions cover chat paraphrases in each language (size, tracking, hours, branch, courier)', () => {
    const notion = (text: string, language: 'id' | 'pt' | 'en' | 'es') =>
      analyzeText(text, language).filter((t) => t.startsWith('~'));
    expect(notion('sepatunya kekecilan', 'id')).toContain('~size');
    expect(notion('status pesanan', 'id')).toContain('~track');
    expect(notion('atienden los sabados', 'es')).toEqual(['~hours', '~hours']);
    expect(notion('tem filial', 'pt')).toEqual(['~store']);
    expect(notion('pake jne', 'id')).toContain('~ship');
    expect(notion('hrg brp', 'id')).toEqual(notion('harga berapa', 'id'));
  });

  it('AI3: general customer-service notions meet across languages and chat forms', () => {
    const notion = (text: string, language: 'id' | 'pt' | 'en' | 'es') =>
      analyzeText(text, language).filter((t) => t.startsWith('~'));
    expect(notion('exp nya kapan', 'id')).toEqual(['~expiry']);
    expect(notion('cuando caduca', 'es')).toEqual(['~expiry']);
    expect(notion('qual a validade', 'pt')).toEqual(['~expiry']);
    expect(notion('tive alergia', 'pt')).toEqual(notion('allergic reaction', 'en').slice(0, 1));
    expect(notion('shipping fee', 'en')).toEqual(['~ship', '~price']);
    expect(notion('meses sin intereses', 'es')).toEqual(['~interest', '~installment']);
    expect(notion('a 6-month warranty', 'en')).toEqual(['~duration', '~warranty']);
    // Stock coming back is not stock now: a size exchange "while in stock" is not a restock.
    expect(notion('van a reponer la talla 39?', 'es')).toEqual(['~restock', '~size']);
    expect(notion('as long as the size is in stock', 'en')).toEqual([
      '~duration',
      '~size',
      '~stock',
    ]);
  });

  it('AI3: each checklist topic names one notion in id/pt/es/en, everyday and chat words alike (ADR 0360)', () => {
    type Lang = 'id' | 'pt' | 'en' | 'es';
    const has = (notion: string, cases: Array<[string, Lang]>) => {
      for (const [text, language] of cases)
        expect(analyzeText(text, language), `${text} (${language})`).toContain(notion);
    };
    has('~arrive', [
      ['kapan dateng', 'id'],
      ['udah smpe?', 'id'],
      ['blm nerima', 'id'],
      ['quando xega', 'pt'],
      ['ainda não recebi', 'pt'],
      ['cuando yega', 'es'],
      ['no lo recibí aun', 'es'],
      ['not rcvd yet', 'en'],
    ]);
    has('~ship', [
      ['já foi postado?', 'pt'],
      ['ya fue enviado?', 'es'],
      ['has it been dispatched', 'en'],
    ]);
    has('~stock', [
      ['sold out?', 'en'],
      ['está indisponível', 'pt'],
      ['stoknya abis?', 'id'],
    ]);
    has('~coupon', [
      ['ada disc?', 'id'],
      ['tienen descuentos?', 'es'],
    ]);
    has('~preorder', [
      ['bisa inden?', 'id'],
      ['hay preventa?', 'es'],
    ]);
    has('~size', [
      ['how do i measure my foot', 'en'],
      ['de que tamaño es', 'es'],
    ]);
    has('~damaged', [
      ['tali tasnya patah', 'id'],
      ['se rompió el cierre', 'es'],
      ['the bottle is cracked', 'en'],
    ]);
    has('~account', [
      ['como cadastrar', 'pt'],
      ['no puedo registrarme', 'es'],
    ]);
    has('~hours', [
      ['tá aberto hoje?', 'pt'],
      ['what time does it close', 'en'],
      ['cuándo está abierto', 'es'],
    ]);
    has('~contact', [
      ['manda o zap', 'pt'],
      ['tienen wsp?', 'es'],
      ['nomor wa nya', 'id'],
    ]);
    has('~store', [['cuál es su ubicación', 'es']]);
    has('~original', [
      ['is it legit', 'en'],
      ['bukan barang tiruan kan', 'id'],
      ['es pirata?', 'es'],
    ]);
    has('~material', [
      ['kandungannya apa aja', 'id'],
      ['quais os ingredientes', 'pt'],
    ]);
    has('~oily', [
      ['my face gets greasy', 'en'],
      ['kulit berminyak', 'id'],
      ['pele oleosa', 'pt'],
      ['piel grasa', 'es'],
    ]);
    has('~acne', [
      ['kulitku jerawatan', 'id'],
      ['tenho espinhas', 'pt'],
    ]);
  });

  it('AI3: words shared with other businesses or with every answer name no topic (ADR 0360)', () => {
    const notions = (text: string, language: 'id' | 'pt' | 'en' | 'es') =>
      analyzeText(text, language).filter((t) => t.startsWith('~'));
    // A phone repair is another business than a warranty (a notion of its own, `~repair`,
    // which a shop that repairs nothing never holds: ADR 0400); "we offer" is in answers
    // of every topic.
    expect(notions('bisa servis hp?', 'id')).not.toContain('~warranty');
    expect(notions('arreglan celulares?', 'es')).toEqual(['~repair', '~phone']);
    expect(notions('we offer free returns', 'en')).not.toContain('~coupon');
    expect(notions('we replace it', 'en')).not.toContain('~exchange');
    // "Contact" verbs take another business as readily as the shop: the object decides
    // (here a doctor, another business's subject, ADR 0410).
    expect(notions('cara hubungi dokter', 'id')).toEqual(['~medical']);
  });

  it('AI3: content words for question similarity leave out light words ("product", "barang")', () => {
    expect(contentWords('received a defective product', 'en')).toEqual(['received', 'defective']);
    expect(contentWords('barangnya rusak, mau retur', 'id')).toEqual([
      'barangnya',
      'rusak',
      'retur',
    ]);
  });

  it('AI3: chat shorthand is spelled out before analysis', () => {
    expect(analyzeText('brp ongkir', 'id')).toEqual(analyzeText('berapa ongkos kirim', 'id'));
    expect(analyzeQuery('qnto custa', 'pt', ['pt'])).toEqual(
      analyzeQuery('quanto custa', 'pt', ['pt']),
    );
    expect(analyzeQuery('hw much r u', 'en', ['en'])).toEqual(
      analyzeQuery('how much are you', 'en', ['en']),
    );
    expect(detectLanguage('brp ongkir', ['en', 'id', 'pt', 'es'])).toBe('id');
    expect(detectLanguage('qnto custa vcs', ['en', 'id', 'pt', 'es'])).toBe('pt');
  });

  it('AI3: an Indonesian word with "-nya", "-ku" or "-mu" names its bare word\'s notion and chat form', () => {
    expect(analyzeText('harganya', 'id')).toContain('~price');
    expect(analyzeText('stoknya', 'id')).toContain('~stock');
    expect(analyzeText('ongkirnya', 'id')).toEqual(
      expect.arrayContaining(['ongkos', 'kirim', '~ship']),
    );
    // Too short a rest stays the word itself ("kamu", "tanya").
    expect(analyzeText('kamu tanya', 'id').filter((t) => t.startsWith('~'))).toEqual([]);
  });

  it('AI3: drops stop words of the language, including chat fillers', () => {
    expect(analyzeText('qual é o prazo de entrega para o interior', 'pt')).toEqual([
      'praz',
      '~duration',
      'entreg',
      '~ship',
      'interior',
      // "prazo de entrega" is a phrase: the delivery time.
      '~eta',
    ]);
    expect(analyzeText('kak berapa harga kopi ini ya', 'id')).toEqual([
      'harga',
      '~price',
      'kopi',
      '~coffee',
    ]);
    expect(analyzeText('how much is the shipping to Bali please', 'en')).toEqual([
      '~price',
      'ship',
      '~ship',
      'bali',
    ]);
  });

  it('AI3: an accented word and its unaccented spelling meet', () => {
    const indexed = new Set(analyzeText('devolução', 'pt'));
    const [typed] = analyzeQuery('devolucao', 'pt', ['pt']);
    expect(typed!.some((t) => indexed.has(t))).toBe(true);
  });

  it('AI3: keeps prices whole', () => {
    expect(words('Harga Rp 22.000, ongkir 15,000 dan R$ 10,50')).toEqual([
      'harga',
      'rp',
      '22000',
      'ongkir',
      '15000',
      'dan',
      'r',
      '10',
      '50',
    ]);
  });

  it('AI3: tells the language of a customer message from its stop words', () => {
    const all = ['en', 'id', 'pt', 'es'] as const;
    expect(detectLanguage('berapa harga kopi susu yang besar?', all)).toBe('id');
    expect(detectLanguage('qual o prazo de entrega para o interior?', all)).toBe('pt');
    expect(detectLanguage('what is the delivery time for my order?', all)).toBe('en');
    expect(detectLanguage('¿cuánto cuesta el envío a Madrid?', all)).toBe('es');
    expect(detectLanguage('Americano 18000', all, 'id')).toBe('id');
  });

  it('AI3: query words carry their stems in every language of the base, once per word', () => {
    const tokens = analyzeQuery('entregas entregas', 'pt', ['pt', 'en']);
    expect(tokens).toEqual([['entreg', '~ship', 'entrega']]);
  });
});
