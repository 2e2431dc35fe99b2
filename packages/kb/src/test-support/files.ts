// Real files for the tests, made with the libraries people make them with.
import { readFileSync } from 'node:fs';
import type { KeyValue } from '@parley/core';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';

/** Bytes of a file in `src/__fixtures__`. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));
}

/** A PDF with one page per entry, each line drawn as real text (a text layer). */
export async function makePdf(
  pages: string[][],
  options: { encrypt?: boolean } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 780 - i * 22, size: i === 0 ? 16 : 11, font });
    });
  }
  if (options.encrypt) {
    // A standard security handler whose user password is not empty: readers must ask
    // for it. pdf-lib cannot encrypt, but the trailer entry is what readers check first.
    const ctx = doc.context;
    ctx.trailerInfo.Encrypt = ctx.register(
      ctx.obj({
        Filter: 'Standard',
        V: 1,
        R: 2,
        O: PDFHexString.of('11'.repeat(32)),
        U: PDFHexString.of('22'.repeat(32)),
        P: -44,
      }),
    );
    ctx.trailerInfo.ID = ctx.obj([
      PDFHexString.of('ab'.repeat(16)),
      PDFHexString.of('ab'.repeat(16)),
    ]);
  }
  return doc.save({ useObjectStreams: false });
}

/** The catalogue of a Brazilian shop: three pages. */
export function catalogPdf(options: { encrypt?: boolean } = {}): Promise<Uint8Array> {
  return makePdf(
    [
      [
        'Loja Flor de Lis - Catálogo 2026',
        'Somos uma loja de moda feminina de Curitiba.',
        'Atendemos pelo WhatsApp de segunda a sábado.',
      ],
      [
        'Entregas e prazos',
        'O prazo de entrega para capitais é de 3 a 5 dias úteis.',
        'Para cidades do interior, o prazo de entrega é de 7 a 10 dias úteis.',
        'Frete grátis em compras acima de R$ 200,00.',
      ],
      [
        'Trocas e devoluções',
        'Você pode pedir a troca em até 30 dias após o recebimento.',
        'O reembolso é feito em até 5 dias úteis após recebermos o produto.',
      ],
    ],
    options,
  );
}

/** A two-sheet price list with a title row above the header, as shops write them. */
export async function priceListXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const drinks = workbook.addWorksheet('Minuman');
  drinks.addRow(['Daftar Harga Kopi Senja - Januari 2026']);
  drinks.addRow(['Produk', 'Harga (Rp)', 'Stok', 'Ukuran']);
  drinks.addRow(['Kopi Susu Gula Aren', 22000, 15, 'Regular']);
  drinks.addRow(['Americano', 18000, 30, 'Regular']);
  drinks.addRow(['Cappuccino', 25000, 12, 'Large']);
  drinks.addRow(['Matcha Latte', 28000, 0, 'Regular']);
  drinks.addRow(['Es Teh Manis', 8000, 50, 'Large']);
  const food = workbook.addWorksheet('Makanan');
  food.addRow(['Produk', 'Harga (Rp)', 'Stok']);
  food.addRow(['Croissant Cokelat', 20000, 8]);
  food.addRow(['Roti Bakar Keju', 15000, 20]);
  food.addRow(['Nasi Goreng Kampung', 32000, 10]);
  food.getCell('D1').value = 'Diperbarui';
  food.getCell('D2').value = new Date(Date.UTC(2026, 0, 5));
  food.getCell('B5').value = { formula: 'B4*2', result: 64000 };
  food.getCell('A5').value = {
    richText: [{ text: 'Paket ' }, { text: 'Nasi Goreng Berdua', font: { bold: true } }],
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A big CSV price list, for progress and limits. */
export function bigCsv(rows: number): string {
  const lines = ['sku,name,price,stock'];
  for (let i = 1; i <= rows; i++) lines.push(`SKU-${i},Item number ${i},${1000 + i},${i % 17}`);
  return lines.join('\n');
}

/**
 * An .xlsx-shaped zip bomb: a sheet of zeros that deflates about 1000:1. With
 * `declaredSize`, the central directory and local header lie about the inflated size.
 */
export function zipBomb(inflatedBytes: number, declaredSize?: number): Uint8Array {
  const zip = zipSync(
    {
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(inflatedBytes),
    },
    { level: 9 },
  );
  if (declaredSize === undefined) return zip;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    // Local file header: uncompressed size at +22. Central directory header: at +24.
    const at = signature === 0x04034b50 ? i + 22 : signature === 0x02014b50 ? i + 24 : -1;
    if (at >= 0 && view.getUint32(at, true) === inflatedBytes)
      view.setUint32(at, declaredSize, true);
  }
  return zip;
}

/** A KeyValue in memory, the same contract a host's store gives. */
export function memoryKeyValue(): KeyValue & { keys(): string[] } {
  const data = new Map<string, string>();
  return {
    async get<T>(key: string) {
      const value = data.get(key);
      return value === undefined ? undefined : (JSON.parse(value) as T);
    },
    async set(key, value) {
      data.set(key, JSON.stringify(value));
    },
    async delete(key) {
      data.delete(key);
    },
    async list<T>(prefix: string) {
      return [...data.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((key) => ({ key, value: JSON.parse(data.get(key)!) as T }));
    },
    keys: () => [...data.keys()].sort(),
  };
}
