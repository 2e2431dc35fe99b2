import type { Language, RecordField } from '../types.js';
import { currencyOf, fieldRoles, plainHeader } from './field-roles.js';
import { formatMoney, parseAmount } from './money.js';

/** How stock reads in each language: "stok 24", "24 em estoque", "24 in stock". */
const stockWords: Record<Language, { count: (n: string) => string; none: string }> = {
  id: { count: (n) => `stok ${n}`, none: 'stok habis' },
  pt: { count: (n) => `${n} em estoque`, none: 'esgotado' },
  es: { count: (n) => `${n} en stock`, none: 'agotado' },
  en: { count: (n) => `${n} in stock`, none: 'out of stock' },
};

/** A price cell in its currency's format when the header or the cell names one. */
function priceText(field: RecordField): string {
  const currency = currencyOf(field.value) ?? currencyOf(field.name);
  const amount = parseAmount(field.value);
  if (!currency || amount === undefined) return field.value.trim();
  return formatMoney(amount, currency);
}

function stockText(field: RecordField, language: Language): string {
  const value = field.value.trim();
  const words = stockWords[language];
  const count = parseAmount(value);
  if (count === undefined || !Number.isInteger(count))
    return `${plainHeader(field.name)}: ${value}`;
  return count <= 0 ? words.none : words.count(String(count));
}

/**
 * A spreadsheet or CSV row as a sentence a customer can read, in their language:
 * "Mochila Urbana: R$ 199,90, 24 em estoque" (pt), "Tas Ransel: Rp 185.000, stok 24"
 * (id), instead of "Harga (Rp): 185000 · Stok: 24". The name leads; the price takes its
 * currency's format (from the cell, else from the header: "Harga (Rp)"); stock reads as
 * the language says it; other cells follow as "Header: value".
 */
export function rowSentence(fields: RecordField[], language: Language): string {
  const filled = fields.filter((f) => f.value.trim() !== '');
  const roles = fieldRoles(filled);
  let name: string | undefined;
  const parts: string[] = [];
  const rest: string[] = [];
  // Only the first price and stock go unlabelled: "Harga Grosir: Rp 150.000" after the
  // retail price, or two bare amounts would be ambiguous.
  const seen = new Set<string>();
  filled.forEach((field, i) => {
    const role = roles[i];
    const label = `${plainHeader(field.name)}: `;
    if (role === 'name' && name === undefined) name = field.value.trim();
    else if (role === 'price') parts.push((seen.has(role) ? label : '') + priceText(field));
    else if (role === 'stock' && !seen.has(role)) parts.push(stockText(field, language));
    else rest.push(`${label}${field.value.trim()}`);
    if (role) seen.add(role);
  });
  const body = [...parts, ...rest].join(', ');
  if (name === undefined) return body;
  return body === '' ? name : `${name}: ${body}`;
}
