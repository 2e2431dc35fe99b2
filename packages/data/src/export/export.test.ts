import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ParleyError, type Store } from '@parley/core';
import { createTestDesk, memoryChannel } from '@parley/core/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support.js';
import { exportData } from './export-data.js';

/** A desk with two channels, a solved conversation with a CSAT answer, and usage. */
async function busyDesk() {
  const ig = memoryChannel();
  const t = await createTestDesk({
    now: '2026-06-10T12:00:00Z',
    settings: { csat: {} },
    channels: [{ id: 'ig', adapter: ig, route: { assistant: 'bot' } }],
  });
  await t.customer('5521988776655', { name: 'Ana' }).send('Qual o prazo de entrega?');
  await t.clock.advance(60_000);
  await ig.customer('budi.ig', { name: 'Budi' }).send('=HYPERLINK("http://evil")');
  const ana = (await t.desk.inbox.list({ channelId: 'test' })).items[0]!;
  await t.desk.inbox.solve(ana.conversation.id);
  await t.customer('5521988776655').send('5');
  await t.desk.store.recordUsage({
    tenantId: 'default',
    assistantId: 'bot',
    conversationId: ana.conversation.id,
    model: 'gpt-4o-mini',
    inputTokens: 120,
    outputTokens: 30,
    cost: 0.0004,
    at: t.clock.now(),
  });
  return { t, ig, anaConversation: ana.conversation.id };
}

async function sheets(path: string): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out: Record<string, unknown[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    out[sheet.name] = rows;
  }
  return out;
}

describe('IN7: export', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    temp = await tempDir();
  });
  afterAll(() => temp.cleanup());

  it('IN7: an .xlsx export has a sheet each for conversations, messages, contacts, CSAT and usage', async () => {
    const { t, anaConversation } = await busyDesk();
    const to = join(temp.dir, 'all.xlsx');
    const report = await exportData(t.desk, { format: 'xlsx', to });
    const book = await sheets(to);
    expect(Object.keys(book)).toEqual(['Conversations', 'Messages', 'Contacts', 'CSAT', 'Usage']);
    expect(report.rows).toEqual({
      conversations: 2,
      messages: book.Messages!.length - 1,
      contacts: 2,
      csat: 1,
      usage: 1,
    });
    expect(book.Conversations![0]).toContain('last activity at');
    const texts = book.Messages!.slice(1).map((r) => r[8]);
    expect(texts).toContain('Qual o prazo de entrega?');
    expect(texts).toContain('echo: Qual o prazo de entrega?');
    expect(
      book
        .Contacts!.slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(['Ana', 'Budi']);
    expect(book.CSAT![1]!.slice(0, 3)).toEqual([anaConversation, 'test', 5]);
    expect(book.Usage![1]!.slice(4, 8)).toEqual(['gpt-4o-mini', 120, 30, 0.0004]);
  });

  it('IN7: filters by tenant, date range and channel; the range applies to each table', async () => {
    const { t } = await busyDesk();
    const messagesCsv = async (options: Record<string, unknown>) => {
      const to = join(temp.dir, `m-${Math.random()}.csv`);
      await exportData(t.desk, { format: 'csv', to, tables: ['messages'], bom: false, ...options });
      return (await readFile(to, 'utf8')).trim().split('\r\n').slice(1);
    };
    const all = await messagesCsv({});
    expect(all.length).toBeGreaterThan(3);
    expect((await messagesCsv({ channelId: 'ig' })).every((r) => r.includes(',ig,'))).toBe(true);
    expect(await messagesCsv({ channelId: 'ig' })).toHaveLength(2);
    // Only the first minute: Ana's first message and its answer.
    const early = await messagesCsv({ until: new Date('2026-06-10T12:01:00Z') });
    // Same instant on the fake clock: the order between the two is by id.
    expect(early.map((r) => r.split(',')[8]).sort()).toEqual([
      'Qual o prazo de entrega?',
      'echo: Qual o prazo de entrega?',
    ]);
    expect(await messagesCsv({ tenantId: 'someone-else' })).toEqual([]);
    const convs = join(temp.dir, 'c.csv');
    await exportData(t.desk, {
      format: 'csv',
      to: convs,
      tables: ['conversations'],
      since: new Date('2026-06-10T12:00:30Z'),
    });
    // Ana's conversation started before but was active after: it is in.
    expect((await readFile(convs, 'utf8')).trim().split('\r\n')).toHaveLength(3);
  });

  it('IN7: CSV quotes what needs quoting and never lets a cell run as a formula', async () => {
    const { t } = await busyDesk();
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportData(t.desk, { format: 'csv', to: out, tables: ['messages'], channelId: 'ig' });
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.startsWith('\uFEFFid,conversation id,channel')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain('"echo: =HYPERLINK(""http://evil"")"');
  });

  it('IN7: JSON and JSON lines keep whole records, binary media left out', async () => {
    const { t, anaConversation } = await busyDesk();
    await t.desk
      .send(
        { conversationId: anaConversation },
        {
          type: 'media',
          kind: 'image',
          data: new Uint8Array([1, 2, 3]),
          caption: 'catálogo',
        },
      )
      .catch(() => []);
    const jsonPath = join(temp.dir, 'all.json');
    await exportData(t.desk, { format: 'json', to: jsonPath });
    const doc = JSON.parse(await readFile(jsonPath, 'utf8'));
    expect(Object.keys(doc)).toEqual([
      'tenantId',
      'conversations',
      'messages',
      'contacts',
      'csat',
      'usage',
    ]);
    const media = doc.messages.find(
      (m: { content: { type: string } }) => m.content.type === 'media',
    );
    expect(media?.content).toEqual({
      type: 'media',
      kind: 'image',
      caption: 'catálogo',
      data: { omitted: 'binary', byteLength: 3 },
    });
    expect(doc.conversations[0].state).toBeUndefined();
    const linesPath = join(temp.dir, 'all.jsonl');
    const report = await exportData(t.desk, { format: 'jsonl', to: linesPath });
    const lines = (await readFile(linesPath, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(Object.values(report.rows).reduce((a, b) => a + b, 0));
    expect(new Set(lines.map((l) => l.table))).toEqual(
      new Set(['conversations', 'messages', 'contacts', 'csat', 'usage']),
    );
  });

  it('IN7: a long table continues on a second sheet past the sheet size', async () => {
    const { t } = await busyDesk();
    const to = join(temp.dir, 'split.xlsx');
    const report = await exportData(t.desk, {
      format: 'xlsx',
      to,
      tables: ['messages'],
      maxSheetRows: 3,
    });
    const book = await sheets(to);
    const names = Object.keys(book);
    expect(names[0]).toBe('Messages');
    expect(names[1]).toBe('Messages (2)');
    const dataRows = Object.values(book).reduce((n, rows) => n + rows.length - 1, 0);
    expect(dataRows).toBe(report.rows.messages);
    expect(Object.values(book).every((rows) => rows[0]![0] === 'id')).toBe(true);
  });

  it('IN7: bad options and stores that cannot be scanned are refused, saying what to do', async () => {
    const { t } = await busyDesk();
    const to = join(temp.dir, 'x.csv');
    await expect(exportData(t.desk, { format: 'csv', to })).rejects.toThrow(
      /CSV file holds one table/,
    );
    await expect(
      exportData(t.desk, {
        format: 'xlsx',
        to,
        since: new Date('2026-02-01'),
        until: new Date('2026-01-01'),
      }),
    ).rejects.toThrow(/`until` must be after `since`/);
    const bare = { store: { kv: t.desk.store.kv } as unknown as Store, tenant: t.desk.tenant };
    // The desk still works as a source (its store read only); a store without scans is refused.
    const refused = await exportData(bare, { format: 'jsonl', to }).catch((e) => e);
    expect(ParleyError.hasCode(refused, 'CONFIG_INVALID')).toBe(true);
    expect((refused as Error).message).toMatch(/lacks listContacts, scanConversations/);
  });
});
