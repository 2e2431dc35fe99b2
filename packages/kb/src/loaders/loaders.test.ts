import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { catalogPdf, fixture, priceListXlsx } from '../test-support/files.js';

const top = async (kb: ReturnType<typeof createKnowledgeBase>, query: string) => {
  const [hit] = await kb.search(query, { limit: 3 });
  if (!hit) throw new Error(`no hit for "${query}"`);
  return hit;
};

describe('loaders', () => {
  it('AI3: answers "berapa harga kopi susu gula aren?" from the XLSX price list with sheet and row', async () => {
    const kb = createKnowledgeBase();
    const info = await kb.ingest({ name: 'harga.xlsx', data: await priceListXlsx() });
    expect(info).toMatchObject({ format: 'xlsx', documentId: 'harga.xlsx' });
    const hit = await top(kb, 'berapa harga kopi susu gula aren?');
    expect(hit.citation).toEqual({
      documentId: 'harga.xlsx',
      file: 'harga.xlsx',
      sheet: 'Minuman',
      row: 3,
    });
    expect(hit.text).toBe(
      'Produk: Kopi Susu Gula Aren · Harga (Rp): 22000 · Stok: 15 · Ukuran: Regular',
    );
  });

  it('AI3: a number keeps the format its cell shows (R$ 199,90, Rp 185.000, 15%)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Preços');
    sheet.addRow(['Produto', 'Preço', 'Desconto', 'Estoque']);
    sheet.addRow(['Mochila Urbana', 199.9, 0.15, 24]);
    sheet.addRow(['Tas Ransel Urban', 185000, 0, 7]);
    sheet.getCell('B2').numFmt = '"R$" #,##0.00';
    sheet.getCell('C2').numFmt = '0%';
    sheet.getCell('B3').numFmt = '"Rp" #,##0';
    const kb = createKnowledgeBase();
    await kb.ingest({
      name: 'precos.xlsx',
      data: new Uint8Array(await workbook.xlsx.writeBuffer()),
    });
    expect((await top(kb, 'mochila urbana')).text).toBe(
      'Produto: Mochila Urbana · Preço: R$ 199,90 · Desconto: 15% · Estoque: 24',
    );
    expect((await top(kb, 'tas ransel urban')).text).toContain('Preço: Rp 185.000');
  });

  it('AI3: reads a two-column FAQ CSV exported with ";" (Brazilian Excel), commas inside answers', async () => {
    const csv =
      'Pergunta;Resposta\r\nQual o prazo de entrega?;Entregamos em 3 a 5 dias úteis, no interior 7 a 10.\r\n' +
      'Vocês aceitam Pix?;Sim, Pix, boleto e cartão.\r\nQuanto custa o frete?;A partir de R$ 12,90, grátis acima de R$ 299,00.\r\n';
    const kb = createKnowledgeBase({ languages: ['pt'] });
    const info = await kb.ingest({ name: 'faq.csv', data: new TextEncoder().encode(csv) });
    expect(info.chunks).toBe(3);
    const hit = await top(kb, 'quanto custa o frete?');
    expect(hit).toMatchObject({
      kind: 'faq',
      question: 'Quanto custa o frete?',
      answer: 'A partir de R$ 12,90, grátis acima de R$ 299,00.',
    });
  });

  it('AI3: reads every sheet, skips title rows, and renders dates, formulas and rich text', async () => {
    const kb = createKnowledgeBase();
    await kb.ingest({ name: 'harga.xlsx', data: await priceListXlsx() });
    const croissant = await top(kb, 'croissant cokelat masih ada stok?');
    expect(croissant.citation).toMatchObject({ sheet: 'Makanan', row: 2 });
    expect(croissant.text).toContain('Diperbarui: 2026-01-05');
    const paket = await top(kb, 'paket nasi goreng berdua harganya');
    expect(paket.text).toBe('Produk: Paket Nasi Goreng Berdua · Harga (Rp): 64000');
    const titles = await kb.search('daftar harga januari', { limit: 1 });
    expect(titles[0]?.text).not.toContain('Daftar Harga');
  });

  it('AI3: answers "qual o prazo de entrega para o interior?" from page 2 of a PDF', async () => {
    const kb = createKnowledgeBase();
    const info = await kb.ingest({ name: 'catalogo.pdf', data: await catalogPdf() });
    expect(info).toMatchObject({ format: 'pdf', chunks: 3 });
    const hit = await top(kb, 'qual o prazo de entrega para o interior?');
    expect(hit.citation).toEqual({ documentId: 'catalogo.pdf', file: 'catalogo.pdf', page: 2 });
    expect(hit.text).toContain(
      'Para cidades do interior, o prazo de entrega é de 7 a 10 dias úteis.',
    );
    expect((await top(kb, 'em quantos dias recebo o reembolso?')).citation.page).toBe(3);
  });

  it('AI3: reads a Latin-1 CSV with ";" delimiters, accents intact, rows cited', async () => {
    const kb = createKnowledgeBase({ languages: ['pt'] });
    await kb.ingest({ name: 'fretes.csv', data: fixture('fretes-latin1.csv') });
    const hit = await top(kb, 'quanto custa o frete para Manaus?');
    expect(hit.citation).toMatchObject({ file: 'fretes.csv', row: 4 });
    expect(hit.text).toBe(
      'Cidade: Manaus · Região: Norte · Prazo de entrega: 9 dias úteis · Frete: R$ 40,00',
    );
    // Typed without accents, the customer still finds the accented city.
    expect((await top(kb, 'prazo para florianopolis')).text).toContain('Florianópolis');
  });

  it('AI3: flattens nested JSON with paths and cites each record', async () => {
    const kb = createKnowledgeBase();
    await kb.ingest({ name: 'toko.json', data: fixture('toko.json') });
    const hit = await top(kb, 'kaos polos warna hitam ada ukuran apa?');
    expect(hit.citation.path).toBe('produk[0]');
    expect(hit.text).toContain('varian[0].warna: hitam · varian[0].ukuran: S, M, L, XL');
    const store = await top(kb, 'alamat toko di mana?');
    expect(store.citation.path).toBe('toko');
    expect(store.text).toContain('alamat.jalan: Jl. Braga No. 12');
  });

  it('AI3: keeps Markdown headings as context and tables as records', async () => {
    const kb = createKnowledgeBase();
    await kb.ingest({ name: 'panduan.md', data: fixture('panduan.md') });
    const abroad = await top(kb, 'pengiriman ke singapura pakai apa?');
    expect(abroad.citation.headingPath).toEqual([
      'Panduan Belanja Senja Store',
      'Pengiriman',
      'Luar negeri',
    ]);
    expect(abroad.text).toContain('EMS Pos Indonesia');
    expect(abroad.text).not.toContain('**');
    const refund = await top(kb, 'refund gopay berapa lama?');
    expect(refund.text).toBe('Metode: GoPay / OVO · Lama refund: 1 hari kerja');
    expect(refund.citation.headingPath).toEqual([
      'Panduan Belanja Senja Store',
      'Pengembalian dana',
    ]);
  });

  it('AI3: reads a Portuguese FAQ from JSON and matches the customer question to the FAQ question', async () => {
    const kb = createKnowledgeBase();
    const info = await kb.ingest({ name: 'faq-pt.json', data: fixture('faq-pt.json') });
    expect(info.format).toBe('faq');
    const hit = await top(kb, 'qual o prazo de entrega?');
    expect(hit).toMatchObject({ kind: 'faq', question: 'Qual é o prazo de entrega?' });
    expect(hit.answer).toMatch(/^O prazo de entrega é de 3 a 5 dias úteis/);
    // An alternative phrasing listed in the FAQ matches like the question.
    expect((await top(kb, 'quero trocar o tamanho')).question).toBe(
      'Como faço para trocar ou devolver um produto?',
    );
  });

  it('AI3: reads an Indonesian FAQ from CSV with Pertanyaan/Jawaban columns', async () => {
    const kb = createKnowledgeBase();
    const info = await kb.ingest({ name: 'faq-id.csv', data: fixture('faq-id.csv') });
    expect(info).toMatchObject({ format: 'faq', chunks: 8 });
    const hit = await top(kb, 'kak, bisa bayar COD?');
    expect(hit).toMatchObject({
      kind: 'faq',
      question: 'Apakah bisa bayar di tempat (COD)?',
      citation: { row: 4 },
    });
    expect((await top(kb, 'ongkir ke sumatera berapa kak?')).answer).toContain('Rp 25.000');
  });

  it('AI3: reads an FAQ from XLSX when asked to, using the first two columns without a header', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('FAQ');
    sheet.addRow([
      'Do you ship to Singapore?',
      'Yes, international shipping to Singapore takes 5-7 days.',
    ]);
    sheet.addRow(['Can I pay with PayPal?', 'We accept PayPal and all major credit cards.']);
    const kb = createKnowledgeBase({ languages: ['en'] });
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await kb.ingest({ name: 'faq.xlsx', data }, { as: 'faq' })).format).toBe('faq');
    const hit = await top(kb, 'is paypal accepted?');
    expect(hit).toMatchObject({
      kind: 'faq',
      answer: 'We accept PayPal and all major credit cards.',
      citation: { sheet: 'FAQ', row: 2 },
    });
  });

  it('AI3: turns example conversations (JSON and transcript text) into question/reply examples', async () => {
    const kb = createKnowledgeBase();
    expect(
      (await kb.ingest({ name: 'percakapan.json', data: fixture('percakapan.json') })).format,
    ).toBe('conversations');
    const hit = await top(kb, 'hoodie ready warna apa?');
    expect(hit).toMatchObject({
      kind: 'example',
      answer: 'Halo kak! Hoodie Oversize ready warna abu-abu ukuran L dan XL ya.',
    });
    const transcript =
      'Customer: Do you have gift wrapping?\nAgent: Yes, gift wrapping costs $3 per item.\n\nCustomer: hi\nCustomer: is the store open on sunday?\nAgent: We open on Sundays from 10am to 4pm.';
    await kb.ingest({ name: 'chats.txt', data: transcript }, { as: 'conversations' });
    const sunday = await top(kb, 'are you open on sundays?');
    expect(sunday).toMatchObject({
      kind: 'example',
      question: 'hi\nis the store open on sunday?',
      citation: { file: 'chats.txt', row: 2 },
    });
  });

  it('AI3: detects the type from the content, not the name', async () => {
    const kb = createKnowledgeBase();
    expect((await kb.ingest({ name: 'prices', data: await priceListXlsx() })).format).toBe('xlsx');
    expect((await kb.ingest({ name: 'notes', data: await catalogPdf() })).format).toBe('pdf');
    expect((await kb.ingest({ name: 'upload', data: fixture('toko.json') })).format).toBe('json');
    expect((await kb.ingest({ name: 'upload', data: 'a;b;c\n1;2;3\n4;5;6' })).format).toBe('csv');
    expect((await kb.ingest({ name: 'readme', data: '# Title\n\nSome text.' })).format).toBe(
      'markdown',
    );
    expect(
      (await kb.ingest({ name: 'plain', data: 'Just a sentence, with a comma.' })).format,
    ).toBe('text');
  });

  it('AI3: adds text and records directly', async () => {
    const kb = createKnowledgeBase();
    await kb.addDocument({
      documentId: 'policy',
      title: 'Policy',
      text: '# Returns\n\nReturns are accepted within 14 days.',
    });
    await kb.addDocument({
      documentId: 'stock',
      records: [
        { product: 'Blue Mug', stock: 4 },
        { product: 'Red Mug', stock: 0 },
      ],
    });
    const hit = await top(kb, 'how many days do I have to return?');
    expect(hit.citation).toEqual({
      documentId: 'policy',
      file: 'Policy',
      headingPath: ['Returns'],
    });
    expect((await top(kb, 'red mug in stock?')).text).toBe('product: Red Mug · stock: 0');
  });
});
