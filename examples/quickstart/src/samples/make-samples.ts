// Writes the sample knowledge files the quickstart ships: a PDF catalogue and an Excel
// price list, made with the libraries shops' tools use. Run once after changing
// products.ts and commit the files:  pnpm --filter @parley/example-quickstart samples
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { products, shopName } from './products.js';

// Fixed document dates keep the PDF byte-identical between runs (the xlsx zip still
// stamps its entries with the time of writing).
const madeAt = new Date('2026-01-05T09:00:00Z');
const dir = new URL('../../knowledge/', import.meta.url);

async function cataloguePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${shopName} - Catalogue 2026`);
  doc.setCreationDate(madeAt);
  doc.setModificationDate(madeAt);
  doc.setProducer('Parley quickstart samples');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages: Array<{ title: string; lines: string[] }> = [
    {
      title: `${shopName} - Catalogue 2026`,
      lines: [
        'Gear for hiking, trail running and travel, tested on the trails we love.',
        'Every product has a two-year warranty against manufacturing defects.',
      ],
    },
    ...products.map((p) => ({ title: p.name, lines: p.description })),
  ];
  // One product a page: the knowledge base cites pages, so each passage is one product.
  for (const { title, lines } of pages) {
    const page = doc.addPage([595, 842]);
    page.drawText(title, { x: 50, y: 780, size: 18, font: bold });
    lines.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 750 - i * 20, size: 11, font });
    });
  }
  return doc.save({ useObjectStreams: false });
}

async function priceListXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = shopName;
  workbook.created = madeAt;
  workbook.modified = madeAt;
  const sheet = workbook.addWorksheet('Prices');
  sheet.addRow([`${shopName} price list - January 2026`]);
  sheet.addRow(['SKU', 'Product', 'Price (USD)', 'Sizes', 'In stock']);
  for (const p of products) sheet.addRow([p.sku, p.name, p.price, p.sizes, p.stock]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

await writeFile(new URL('catalogue.pdf', dir), await cataloguePdf());
await writeFile(new URL('price-list.xlsx', dir), await priceListXlsx());
console.log('wrote knowledge/catalogue.pdf and knowledge/price-list.xlsx');
