import type { Currency } from './field-roles.js';

/** Where each currency is written at home: "Rp 185.000", "R$ 199,90", "$19.90", "19,90 €". */
const homeLocale: Record<Currency, string> = {
  IDR: 'id-ID',
  BRL: 'pt-BR',
  USD: 'en-US',
  EUR: 'es-ES',
};

/**
 * The amount a cell shows, whatever its separators: "185000", "185.000", "Rp 185.000",
 * "199,90", "R$ 1.299,90", "1,299.90". A single separator followed by exactly three
 * digits groups thousands; otherwise it is the decimal mark. Undefined when the cell is
 * not one amount.
 */
export function parseAmount(text: string): number | undefined {
  const digits = text.replace(/R\$|US\$|Rp\.?|IDR|BRL|USD|EUR|[$€\s\u00a0]/gi, '');
  if (!/^-?\d[\d.,]*$/.test(digits)) return undefined;
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = digits.split(group).join('').replace(decimal, '.');
  } else {
    const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
    if (!mark) normal = digits;
    else {
      const parts = digits.split(mark);
      const grouped = parts.length > 2 || parts[parts.length - 1]!.length === 3;
      normal = grouped ? parts.join('') : parts.join('.');
    }
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** An amount in a currency's own format, with a plain space: "Rp 185.000", "R$ 199,90". */
export function formatMoney(value: number, currency: Currency): string {
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(homeLocale[currency], {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  })
    .format(value)
    .replace(/[\u00a0\u202f]/g, ' ');
}
