import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDesk, memoryChannel } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { createPgliteStore } from '@parley/store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportData } from './export/export-data.js';
import { dataManagement } from './retention/data-management.js';
import { tempDir } from './test-support.js';

describe('IN7, IN8: on the Postgres store (PGlite)', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    temp = await tempDir();
  });
  afterAll(() => temp.cleanup());

  it('IN7: exports and IN8: anonymises a tenant kept in Postgres', async () => {
    const clock = createFakeClock('2026-01-05T09:00:00Z');
    const store = await createPgliteStore({ clock });
    const web = memoryChannel();
    const data = dataManagement();
    const desk = createDesk({
      clock,
      store,
      plugins: [data],
      channels: [{ id: 'web', tenantId: 'loja', adapter: web }],
    });
    await desk.start();
    try {
      await web.customer('ana', { name: 'Ana' }).send('Meu CPF é 123.456.789-00');
      await clock.advance(40 * 86_400_000);
      await web.customer('budi', { name: 'Budi' }).send('Halo');
      const to = join(temp.dir, 'loja.jsonl');
      // The plug-in is a DataSource too: export reads through its scans.
      const report = await exportData(data, { format: 'jsonl', to, tenantId: 'loja' });
      expect(report.rows).toMatchObject({ conversations: 2, messages: 2, contacts: 2 });
      expect(await readFile(to, 'utf8')).toContain('123.456.789-00');

      await data.setPolicy('loja', { messages: { olderThanDays: 30, action: 'anonymise' } });
      const run = await data.run('loja');
      expect(run.messages).toMatchObject({ matched: 1, changed: 1, snippets: 1 });
      await exportData(desk, { format: 'jsonl', to, tenantId: 'loja' });
      const after = await readFile(to, 'utf8');
      expect(after).not.toContain('123.456.789-00');
      expect(after).toContain('Halo');
    } finally {
      await desk.stop();
      await store.close();
    }
  }, 60_000);
});
