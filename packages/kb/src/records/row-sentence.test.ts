import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../knowledge-base.js';
import { fieldRoles, roleOf } from './field-roles.js';
import { formatMoney, parseAmount } from './money.js';
import { rowSentence } from './row-sentence.js';

describe('a spreadsheet row as a sentence', () => {
  it('AI3: reads the role of a header in id/pt/en/es', () => {
    expect(['Harga (Rp)', 'Preço', 'Precio unitario', 'Price (USD)'].map(roleOf)).toEqual([
      'price',
      'price',
      'price',
      'price',
    ]);
    expect(['Stok', 'Estoque', 'Existencias', 'Qty'].map(roleOf)).toEqual([
      'stock',
      'stock',
      'stock',
      'stock',
    ]);
    expect(['Nama Produk', 'Produto', 'Nombre', 'Item'].map(roleOf)).toEqual([
      'name',
      'name',
      'name',
      'name',
    ]);
    expect(['SKU', 'Kode', 'Warna'].map(roleOf)).toEqual(['code', 'code', 'other']);
    // Without a name column, the first text cell names the row.
    expect(
      fieldRoles([
        { name: 'Modelo', value: 'Mochila Urbana' },
        { name: 'Valor', value: '199,90' },
      ]),
    ).toEqual(['name', 'price']);
  });

  it('AI3: reads amounts whatever their separators and writes them as the currency does', () => {
    expect(parseAmount('185000')).toBe(185000);
    expect(parseAmount('185.000')).toBe(185000);
    expect(parseAmount('Rp 185.000')).toBe(185000);
    expect(parseAmount('R$ 1.299,90')).toBe(1299.9);
    expect(parseAmount('199,90')).toBe(199.9);
    expect(parseAmount('1,299.90')).toBe(1299.9);
    expect(parseAmount('ask us')).toBeUndefined();
    expect(formatMoney(185000, 'IDR')).toBe('Rp 185.000');
    expect(formatMoney(199.9, 'BRL')).toBe('R$ 199,90');
    expect(formatMoney(19.9, 'USD')).toBe('$19.90');
  });

  it("AI3: a product row answers in the customer's language with the cell's currency format", () => {
    const idRow = [
      { name: 'Nama Produk', value: 'Tas Ransel Urban' },
      { name: 'Harga (Rp)', value: '185000' },
      { name: 'Stok', value: '24' },
    ];
    expect(rowSentence(idRow, 'id')).toBe('Tas Ransel Urban: Rp 185.000, stok 24');
    const ptRow = [
      { name: 'Produto', value: 'Mochila Urbana' },
      { name: 'Preço', value: 'R$ 199,90' },
      { name: 'Estoque', value: '24' },
      { name: 'Cor', value: 'preta' },
    ];
    expect(rowSentence(ptRow, 'pt')).toBe('Mochila Urbana: R$ 199,90, 24 em estoque, Cor: preta');
    expect(rowSentence(ptRow, 'en')).toBe('Mochila Urbana: R$ 199,90, 24 in stock, Cor: preta');
    // A second price column keeps its header.
    expect(rowSentence([...idRow, { name: 'Harga Grosir (Rp)', value: '150000' }], 'id')).toBe(
      'Tas Ransel Urban: Rp 185.000, stok 24, Harga Grosir: Rp 150.000',
    );
    expect(rowSentence([...idRow.slice(0, 2), { name: 'Stok', value: '0' }], 'id')).toBe(
      'Tas Ransel Urban: Rp 185.000, stok habis',
    );
    expect(
      rowSentence(
        [
          { name: 'Nombre', value: 'Mochila' },
          { name: 'Precio (€)', value: '49,5' },
          { name: 'Existencias', value: '3' },
        ],
        'es',
      ),
    ).toBe('Mochila: 49,50 €, 3 en stock');
  });

  it('AI3: a search hit on a CSV or XLSX row carries the row and its sentence', async () => {
    const kb = createKnowledgeBase({ languages: ['id', 'pt'] });
    await kb.ingest({
      name: 'produk.csv',
      data: 'Nama Produk;Harga (Rp);Stok\nTas Ransel Urban;185000;24\nDompet Kulit;95000;0\n',
    });
    const [tas] = await kb.search('berapa harga tas ransel urban?');
    expect(tas?.answer).toBe('Tas Ransel Urban: Rp 185.000, stok 24');
    expect(tas?.record).toEqual([
      { name: 'Nama Produk', value: 'Tas Ransel Urban' },
      { name: 'Harga (Rp)', value: '185000' },
      { name: 'Stok', value: '24' },
    ]);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Produtos');
    sheet.addRow(['Produto', 'Preço', 'Estoque']);
    sheet.addRow(['Mochila Urbana', 199.9, 24]).getCell(2).numFmt = '"R$" #,##0.00';
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    await kb.ingest({ name: 'produtos.xlsx', data });
    const [mochila] = await kb.search('quanto custa a mochila urbana?', { language: 'pt' });
    expect(mochila?.answer).toBe('Mochila Urbana: R$ 199,90, 24 em estoque');
    // The sentence follows the customer's language, not the sheet's.
    const [again] = await kb.search('mochila urbana', { language: 'id' });
    expect(again?.answer).toBe('Mochila Urbana: R$ 199,90, stok 24');
    // It survives a snapshot.
    const copy = createKnowledgeBase({ languages: ['id', 'pt'] });
    await copy.restore(await kb.snapshot());
    const [restored] = await copy.search('quanto custa a mochila urbana?', { language: 'pt' });
    expect(restored?.answer).toBe('Mochila Urbana: R$ 199,90, 24 em estoque');
  });
});
