// bench/data-export: a million messages exported to .xlsx (exceljs' streaming writer),
// in rows per second and heap growth, beside a CSV export of the same rows in this run.
// The suite checks a million rows to CSV and 100 000 to XLSX under a memory bound; the
// million-row XLSX lives here because it takes a minute or more.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, type Message } from '@parley/core';
import { newId } from '@parley/core/internal';
import { exportData } from '@parley/data';
import { report } from '../report.js';

const COUNT = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc!;
const store = createMemoryStore();
const start = Date.parse('2026-01-01T00:00:00Z');
for (let i = 0; i < COUNT; i++) {
  const at = start + i * 1000;
  const message: Message = {
    id: newId('msg', at),
    tenantId: 't',
    conversationId: `conv-${i % 20_000}`,
    channelId: 'wa',
    contactId: `contact-${i % 20_000}`,
    direction: i % 2 === 0 ? 'inbound' : 'outbound',
    author: i % 2 === 0 ? { kind: 'contact' } : { kind: 'assistant', id: 'bot' },
    content: { type: 'text', text: `Olá! Mensagem ${i}, com acentos e vírgulas.` },
    status: i % 2 === 0 ? 'received' : 'sent',
    createdAt: new Date(at),
  };
  await store.appendMessage(message);
}
const source = {
  store,
  tenant: () => ({ csat: { responses: async () => [], averages: async () => ({}) as never } }),
};
const dir = await mkdtemp(join(tmpdir(), 'parley-bench-'));

async function run(format: 'xlsx' | 'csv') {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const to = join(dir, `messages.${format}`);
  const t0 = performance.now();
  const result = await exportData(source, {
    format,
    to,
    tenantId: 't',
    tables: ['messages'],
    onProgress: ({ rows }) => {
      if (rows % 200_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (result.rows.messages !== COUNT) throw new Error(`exported ${result.rows.messages} rows`);
  return {
    rate: COUNT / seconds,
    growthMb: (peak - base) / 1024 / 1024,
    bytes: (await stat(to)).size,
  };
}

const csv = await run('csv');
const xlsx = await run('xlsx');
await rm(dir, { recursive: true, force: true });
report({
  bench: 'data-export.xlsx-rows',
  value: xlsx.rate,
  unit: 'rows/s',
  baseline: csv.rate,
  note: `${COUNT} messages to .xlsx (${Math.round(xlsx.bytes / 1e6)} MB); baseline: the same rows to CSV`,
});
report({
  bench: 'data-export.xlsx-heap',
  value: xlsx.growthMb,
  unit: 'MB',
  baseline: csv.growthMb,
  note: 'largest heap growth after GC during the export; baseline: the CSV export',
});
