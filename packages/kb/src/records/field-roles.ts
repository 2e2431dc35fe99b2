import { fold } from '../analysis/normalize.js';
import type { RecordField } from '../types.js';

/** What a spreadsheet column holds, read from its header in id/pt/en/es. */
export type FieldRole = 'name' | 'price' | 'stock' | 'code' | 'other';

/** A currency a header or cell names: the ones of the markets Parley serves first. */
export type Currency = 'IDR' | 'BRL' | 'USD' | 'EUR';

// Whole folded words of a header; the first role whose words match wins.
const roleWords: Array<[FieldRole, RegExp]> = [
  [
    'price',
    /\b(price|prices|harga|preco|precos|precio|precios|valor|cost|custo|costo|biaya|tarif|tarifa)\b/,
  ],
  [
    'stock',
    /\b(stock|stok|estoque|existencias?|inventario|inventory|qty|quantity|quantidade|cantidad|jumlah|sisa|persediaan|available|disponivel|disponible|tersedia)\b/,
  ],
  ['code', /\b(sku|kode|codigo|code|ref|referencia|reference|id)\b/],
  [
    'name',
    /\b(name|nama|nome|nombre|product|products|produk|produto|producto|item|barang|artigo|articulo|title|judul|titulo)\b/,
  ],
];

/** The role of one header ("Harga (Rp)" → price, "Stok" → stock). */
export function roleOf(header: string): FieldRole {
  const words = fold(header).replace(/[^\p{L}\p{N}$€]+/gu, ' ');
  for (const [role, pattern] of roleWords) if (pattern.test(words)) return role;
  return 'other';
}

/** The currency a header or a cell names ("Harga (Rp)", "R$ 199,90", "USD"), if any. */
export function currencyOf(text: string): Currency | undefined {
  if (/R\$|\bBRL\b|\breais?\b/i.test(text)) return 'BRL';
  if (/\bRp\.?|\bIDR\b|\brupiah\b/i.test(text)) return 'IDR';
  if (/€|\bEUR\b|\beuros?\b/i.test(text)) return 'EUR';
  if (/US\$|\$|\bUSD\b|\bdollars?\b/i.test(text)) return 'USD';
  return undefined;
}

/** The header without a currency or unit in brackets: "Harga (Rp)" → "Harga". */
export function plainHeader(header: string): string {
  return header.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim() || header.trim();
}

/**
 * The roles of a row's fields: each header's role, the first `name`-like column (or,
 * without one, the first text column that is neither price, stock nor code) as the name.
 */
export function fieldRoles(fields: RecordField[]): FieldRole[] {
  const roles = fields.map((f) => roleOf(f.name));
  const names = roles.flatMap((r, i) => (r === 'name' ? [i] : []));
  // Only one name: a second "name" column ("Nama Supplier") stays a plain field.
  for (const i of names.slice(1)) roles[i] = 'other';
  if (names.length === 0) {
    const first = fields.findIndex(
      (f, i) => roles[i] === 'other' && /\p{L}/u.test(f.value) && !/^[\d\s.,%$€-]+$/u.test(f.value),
    );
    if (first >= 0) roles[first] = 'name';
  }
  return roles;
}
