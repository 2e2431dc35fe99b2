import { type KeyValue, type Page, ParleyError, parseOrThrow } from '@parley/core';
import { z } from 'zod';
import { idSchema } from '../campaign-schema.js';
import { type ColumnMap, rowsToMembers } from './import-rows.js';
import { collectMembers, type ListMember, type MemberInput, type RejectedRow } from './member.js';
import { detectFormat, readCsv, readXlsx, type TableFormat } from './read-table.js';

export interface ContactListInfo {
  id: string;
  tenantId: string;
  name?: string;
  /** Reads numbers without a country code as national numbers of this country. */
  defaultCountry?: string;
  createdAt: Date;
}

/** What `add` and `import` did: rows kept, and each row left out with its reason. */
export interface ImportReport {
  listId: string;
  /** Data rows read (blank rows are not counted). */
  rows: number;
  /** New members. */
  added: number;
  /** Members already in the list, updated with the row's values. */
  updated: number;
  rejected: RejectedRow[];
}

export interface ImportOptions {
  /** `csv` or `xlsx`; from the file name (or its bytes) when not given. */
  format?: TableFormat;
  /** Header of the column for each field, when the names are not recognised. */
  columns?: ColumnMap;
  /** Overrides the list's `defaultCountry` for this file. */
  defaultCountry?: string;
  /** Most data rows accepted (default 100 000). */
  maxRows?: number;
}

/** Contact lists of one tenant (OB2): made in code or imported from CSV / XLSX. */
export interface ContactLists {
  create(options: { id: string; name?: string; defaultCountry?: string }): Promise<ContactListInfo>;
  get(listId: string): Promise<ContactListInfo>;
  all(): Promise<ContactListInfo[]>;
  /** Deletes the list and its members; false when there was none. */
  delete(listId: string): Promise<boolean>;
  /** Adds (or updates) members; `rejected[].row` is the 1-based position in `members`. */
  add(listId: string, members: MemberInput[]): Promise<ImportReport>;
  /** Reads a CSV or XLSX file of contacts; bad rows are reported by row number, never fatal. */
  import(
    listId: string,
    file: { name: string; data: Uint8Array | string },
    options?: ImportOptions,
  ): Promise<ImportReport>;
  removeMember(listId: string, address: string): Promise<boolean>;
  /** Members in address order, paged (`limit` 1–1000, default 200). */
  members(listId: string, options?: { limit?: number; cursor?: string }): Promise<Page<ListMember>>;
}

type StoredInfo = Omit<ContactListInfo, 'createdAt'> & { createdAt: string };

const createSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).max(200).optional(),
    defaultCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, 'use a two-letter country code such as "BR" or "ID"')
      .optional(),
  })
  .strict();

export function contactLists(kv: KeyValue, tenantId: string, now: () => Date): ContactLists {
  const infoKey = (id: string) => `list/${tenantId}/${id}`;
  const memberPrefix = (id: string) => `member/${tenantId}/${id}/`;

  async function info(listId: string): Promise<ContactListInfo> {
    const stored = await kv.get<StoredInfo>(infoKey(listId));
    if (!stored) {
      throw new ParleyError(
        'NOT_FOUND',
        `No contact list "${listId}" in tenant "${tenantId}"; create it with lists.create({ id: "${listId}" }).`,
      );
    }
    return { ...stored, createdAt: new Date(stored.createdAt) };
  }

  async function save(listId: string, found: Array<{ row: number; member: ListMember }>) {
    let added = 0;
    let updated = 0;
    for (const { member } of found) {
      const key = memberPrefix(listId) + member.address;
      if ((await kv.get(key)) === undefined) added++;
      else updated++;
      await kv.set(key, member);
    }
    return { added, updated };
  }

  return {
    async create(options) {
      const o = parseOrThrow(createSchema, options, 'contact list', 'INPUT_INVALID');
      if (await kv.get(infoKey(o.id)))
        throw new ParleyError(
          'CONFLICT',
          `Contact list "${o.id}" already exists in tenant "${tenantId}".`,
        );
      const created: ContactListInfo = { ...o, tenantId, createdAt: now() };
      await kv.set(infoKey(o.id), { ...created, createdAt: created.createdAt.toISOString() });
      return created;
    },
    get: info,
    async all() {
      const rows = await kv.list<StoredInfo>(`list/${tenantId}/`);
      return rows.map(({ value }) => ({ ...value, createdAt: new Date(value.createdAt) }));
    },
    async delete(listId) {
      if (!(await kv.get(infoKey(listId)))) return false;
      for (const { key } of await kv.list(memberPrefix(listId))) await kv.delete(key);
      await kv.delete(infoKey(listId));
      return true;
    },
    async add(listId, inputs) {
      const list = await info(listId);
      const { members, rejected } = collectMembers(
        inputs.map((input, i) => ({
          row: i + 1,
          input,
          values: Object.fromEntries(
            Object.entries(input).map(([k, v]) => [
              k,
              typeof v === 'object' ? JSON.stringify(v) : String(v),
            ]),
          ),
        })),
        list.defaultCountry,
      );
      return { listId, rows: inputs.length, ...(await save(listId, members)), rejected };
    },
    async import(listId, file, options = {}) {
      const list = await info(listId);
      const maxRows = options.maxRows ?? 100_000;
      const format = options.format ?? detectFormat(file.name, file.data);
      const table =
        format === 'xlsx'
          ? await readXlsx(
              file.name,
              typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data,
              maxRows,
            )
          : readCsv(file.name, file.data, maxRows);
      const defaultCountry = options.defaultCountry ?? list.defaultCountry;
      const parsed = rowsToMembers(file.name, table, {
        ...(options.columns !== undefined && { columns: options.columns }),
        ...(defaultCountry !== undefined && { defaultCountry }),
      });
      const saved = await save(listId, parsed.members);
      return { listId, rows: parsed.rows, ...saved, rejected: parsed.rejected };
    },
    async removeMember(listId, address) {
      const key = memberPrefix(listId) + address;
      if ((await kv.get(key)) === undefined) return false;
      await kv.delete(key);
      return true;
    },
    async members(listId, options = {}) {
      await info(listId);
      const limit = options.limit ?? 200;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw new ParleyError('INPUT_INVALID', `members() limit must be 1–1000, got ${limit}.`);
      const prefix = memberPrefix(listId);
      const all = await kv.list<ListMember>(prefix);
      const start =
        options.cursor === undefined ? 0 : all.findIndex((e) => e.key > prefix + options.cursor);
      const page = start < 0 ? [] : all.slice(start, start + limit);
      const last = page.at(-1);
      return {
        items: page.map((e) => e.value),
        ...(last && start + limit < all.length && { nextCursor: last.value.address }),
      };
    },
  };
}
