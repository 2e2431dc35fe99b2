import { join } from 'node:path';
import { createMemoryStore } from '@parley/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countLines, fillMessages, heapGrowth, tempDir } from '../test-support.js';
import { exportData } from './export-data.js';

const MB = 1024 * 1024;
const start = new Date('2026-01-01T00:00:00Z');
const noCsat = () => ({ csat: { responses: async () => [], averages: async () => ({}) as never } });

describe('IN7: export in bounded memory', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    temp = await tempDir();
  });
  afterAll(() => temp.cleanup());

  it('IN7: a million messages stream to CSV with under 150 MB of heap growth and every row written', async () => {
    const store = createMemoryStore();
    await fillMessages(store, { tenantId: 'big', count: 1_000_000, conversations: 20_000, start });
    await fillMessages(store, { tenantId: 'other', count: 1000, conversations: 10, start });
    const to = join(temp.dir, 'million.csv');
    let report: Awaited<ReturnType<typeof exportData>> | undefined;
    const growth = await heapGrowth(async (sample) => {
      report = await exportData(
        { store, tenant: noCsat },
        {
          format: 'csv',
          to,
          tenantId: 'big',
          tables: ['messages'],
          onProgress: ({ rows }) => {
            if (rows % 250_000 === 0) sample();
          },
        },
      );
    });
    expect(report?.rows).toEqual({ messages: 1_000_000 });
    expect(await countLines(to)).toBe(1_000_001);
    expect(growth).toBeLessThan(150 * MB);
  }, 300_000);

  it('IN7: a hundred thousand messages stream to XLSX in bounded memory and read back whole', async () => {
    const store = createMemoryStore();
    await fillMessages(store, { tenantId: 't', count: 100_000, conversations: 1000, start });
    const to = join(temp.dir, 'hundred-k.xlsx');
    const growth = await heapGrowth(async (sample) => {
      await exportData(
        { store, tenant: noCsat },
        {
          format: 'xlsx',
          to,
          tenantId: 't',
          tables: ['messages'],
          onProgress: ({ rows }) => {
            if (rows % 25_000 === 0) sample();
          },
        },
      );
    });
    expect(growth).toBeLessThan(150 * MB);
    let rows = 0;
    let last: unknown[] = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(to, {});
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows++;
        last = row.values as unknown[];
      }
    }
    expect(rows).toBe(100_001);
    expect(last[9]).toBe('Olá! Mensagem 99999, com "aspas", vírgulas e acentos.');
  }, 300_000);
});
