import { foldText } from '@parley/core';
import { collectMembers, type ListMember, type MemberInput, type RejectedRow } from './member.js';

import { fileError, type Table } from './read-table.js';

/** Which column holds which field, by header text; found by name when not given. */
export interface ColumnMap {
  phone?: string;
  address?: string;
  name?: string;
  email?: string;
  language?: string;
  timeZone?: string;
}

// Header names in English, Portuguese and Indonesian, compared folded.
const synonyms: Record<keyof ColumnMap, string[]> = {
  phone: [
    'phone',
    'phone number',
    'mobile',
    'whatsapp',
    'telefone',
    'celular',
    'numero',
    'número',
    'nomor',
    'no hp',
    'nomor hp',
    'hp',
    'telepon',
    'no wa',
    'nomor wa',
  ],
  address: ['contact id', 'channel id', 'visitor id'],
  name: ['name', 'nome', 'nama', 'full name', 'nama lengkap', 'nome completo'],
  email: ['email', 'e-mail'],
  language: ['language', 'lang', 'idioma', 'bahasa'],
  timeZone: ['time zone', 'timezone', 'fuso', 'fuso horario', 'zona waktu'],
};

const attributeKey = (header: string) =>
  foldText(header)
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * The header: among the first rows, the first naming a phone (or contact id) column, so
 * title rows above it are skipped; else the first row with anything in it.
 */
function headerRow(table: Table, columns: ColumnMap | undefined): number {
  const wanted = [
    ...synonyms.phone,
    ...synonyms.address,
    ...[columns?.phone, columns?.address]
      .filter((c): c is string => c !== undefined)
      .map((c) => foldText(c.trim())),
  ];
  const firstFilled = table.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  for (let i = Math.max(firstFilled, 0); i < Math.min(table.rows.length, 20); i++) {
    if (table.rows[i]!.some((c) => wanted.includes(foldText(c.trim())))) return i;
  }
  return firstFilled;
}

/**
 * Turns a table into members under the header row (see `headerRow`); every other
 * column becomes an attribute (`City` → `{{attributes.city}}`). Each bad row is
 * reported by its number with what is wrong; a number twice keeps its first row.
 */
export function rowsToMembers(
  file: string,
  table: Table,
  options: { columns?: ColumnMap; defaultCountry?: string },
): { members: Array<{ row: number; member: ListMember }>; rejected: RejectedRow[]; rows: number } {
  const first = headerRow(table, options.columns);
  if (first < 0)
    throw fileError(file, 'the file is empty', 'Add a header row and one contact per row.');
  const header = table.rows[first]!.map((h) => h.trim());
  const folded = header.map((h) => foldText(h));
  const columnOf = (field: keyof ColumnMap): number => {
    const given = options.columns?.[field];
    if (given !== undefined) {
      const i = folded.indexOf(foldText(given.trim()));
      if (i < 0)
        throw fileError(
          file,
          `there is no column "${given}" (columns.${field})`,
          `The columns are: ${header.join(', ')}.`,
        );
      return i;
    }
    return folded.findIndex((h) => synonyms[field].includes(h));
  };
  const cols = {
    phone: columnOf('phone'),
    address: columnOf('address'),
    name: columnOf('name'),
    email: columnOf('email'),
    language: columnOf('language'),
    timeZone: columnOf('timeZone'),
  };
  if (cols.phone < 0 && cols.address < 0) {
    throw fileError(
      file,
      `no phone column among ${header.join(', ')}`,
      'Name one "phone" (or telefone, celular, nomor, whatsapp), or pass `columns: { phone: "<header>" }`.',
    );
  }
  const known = new Set(Object.values(cols).filter((i) => i >= 0));
  const entries: Array<{ row: number; input: MemberInput; values: Record<string, string> }> = [];
  for (let r = first + 1; r < table.rows.length; r++) {
    const cells = table.rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const values = Object.fromEntries(
      header.map((h, i) => [h || `column ${i + 1}`, cells[i] ?? '']),
    );
    const cell = (i: number) => (i < 0 ? undefined : cells[i]);
    const attributes: Record<string, string> = {};
    header.forEach((h, i) => {
      const value = cells[i]?.trim();
      if (!known.has(i) && h !== '' && value) attributes[attributeKey(h)] = value;
    });
    const input: MemberInput = {
      ...(cell(cols.phone) !== undefined && { phone: cell(cols.phone) }),
      ...(cell(cols.address) !== undefined && { address: cell(cols.address) }),
      ...(cell(cols.name) !== undefined && { name: cell(cols.name) }),
      ...(cell(cols.email) !== undefined && { email: cell(cols.email) }),
      ...(cell(cols.language) !== undefined && { language: cell(cols.language) }),
      ...(cell(cols.timeZone) !== undefined && { timeZone: cell(cols.timeZone) }),
      attributes,
    };
    entries.push({ row: table.rowNumbers[r]!, input, values });
  }
  return { ...collectMembers(entries, options.defaultCountry), rows: entries.length };
}
