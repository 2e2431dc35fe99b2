import { ParleyError } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../knowledge-base.js';
import { bigCsv } from '../../test-support/files.js';
import { parserEnv } from './child-script.js';

async function refusal(promise: Promise<unknown>): Promise<ParleyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!ParleyError.isInstance(error)) throw new Error(`expected a ParleyError, got ${error}`);
  return error;
}

/** A workbook whose one sheet has `rows` distinct rows (compresses ~10:1, like real data). */
function tallSheet(rows: number): Uint8Array {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    body.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>item ${r * 7919}</t></is></c></row>`,
    );
  }
  const enc = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    '[Content_Types].xml': enc('<Types/>'),
    'xl/workbook.xml': enc('<workbook/>'),
    'xl/worksheets/sheet1.xml': enc(
      `<worksheet><sheetData>${body.join('')}</sheetData></worksheet>`,
    ),
  });
}

// Each test starts parser processes (through tsx from source): slower than a unit test.
describe('parse sandbox', { timeout: 120_000 }, () => {
  it('P-36: a parse past its wall-clock timeout is killed; the next upload parses in a fresh parser process', async () => {
    const clock = createFakeClock();
    const kb = createKnowledgeBase({
      clock,
      parser: { timeoutMs: 1000 },
      limits: { maxRows: 10_000_000, maxCells: 100_000_000, maxFileBytes: 200 * 1024 * 1024 },
    });
    let started!: () => void;
    const parsing = new Promise<void>((r) => {
      started = r;
    });
    const slow = kb.ingest(
      { name: 'huge.csv', data: bigCsv(150_000) },
      { onProgress: (p) => p.phase === 'parse' && started() },
    );
    await parsing;
    clock.advance(1000);
    const error = await refusal(slow);
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/"huge\.csv".*longer than 1000 ms.*parser\.timeoutMs/);
    const ok = await kb.ingest({ name: 'small.csv', data: bigCsv(3) });
    expect(ok.chunks).toBeGreaterThan(0);
  });

  it('P-36: a parse that needs more heap than maxMemoryMb fails that upload, not the process', async () => {
    const kb = createKnowledgeBase({
      parser: { maxMemoryMb: 32 },
      limits: { maxRows: 10_000_000, maxCells: 100_000_000, maxFileBytes: 200 * 1024 * 1024 },
    });
    const error = await refusal(kb.ingest({ name: 'wide.csv', data: bigCsv(600_000) }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/more than 32 MiB/);
    expect((await kb.ingest({ name: 'ok.csv', data: bigCsv(2) })).chunks).toBeGreaterThan(0);
  });

  it('P-36: a parse that grows past the heap cap gradually (after the size check) kills only its parser; the host process survives', async () => {
    const kb = createKnowledgeBase({
      parser: { maxMemoryMb: 32 },
      limits: { maxRows: 1e9, maxCells: 1e9, maxFileBytes: 200 * 1024 * 1024 },
    });
    // 3.9 MB of `{}`: it passes the size check (UTF-16 × 4 fits 32 MiB), but 1.3M parsed
    // objects need more than 32 MiB: the parser grows past its cap while it works.
    const data = `[${'{},'.repeat(1_300_000)}{}]`;
    expect(data.length * 2 * 4).toBeLessThan(32 * 1024 * 1024);
    const error = await refusal(kb.ingest({ name: 'grows.json', data }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/"grows\.json".*more than 32 MiB.*parser\.maxMemoryMb/);
    // This process is alive and the next upload parses in a fresh parser.
    expect((await kb.ingest({ name: 'ok.csv', data: bigCsv(2) })).chunks).toBeGreaterThan(0);
  });

  it('P-36: the event loop keeps turning while a 300k-row CSV parses in the parser process', async () => {
    const kb = createKnowledgeBase({ limits: { maxRows: 1_000_000, maxCells: 10_000_000 } });
    await kb.ingest({ name: 'warm.csv', data: bigCsv(2) });
    let turns = 0;
    let parsing = true;
    const spin = async () => {
      while (parsing) {
        await new Promise((r) => setImmediate(r));
        turns++;
      }
    };
    const spinner = spin();
    // Over maxRows: refused inside the parser process after reading every row.
    const small = createKnowledgeBase({ limits: { maxRows: 1000 } });
    await refusal(small.ingest({ name: 'rows.csv', data: bigCsv(300_000) }));
    parsing = false;
    await spinner;
    // Inline, the whole parse would be one macrotask; in the parser process the loop turned.
    expect(turns).toBeGreaterThan(10);
  });

  it('P-35: rows are counted while the sheet streams: a tall workbook is refused before it is loaded', async () => {
    const kb = createKnowledgeBase({ limits: { maxRows: 1000 } });
    const error = await refusal(kb.ingest({ name: 'tall.xlsx', data: tallSheet(20_000) }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/number of rows \(at least\) is \d+, over the limit of 1000/);
    const cells = createKnowledgeBase({ limits: { maxCells: 500 } });
    const wide = await refusal(cells.ingest({ name: 'cells.xlsx', data: tallSheet(600) }));
    expect(wide.message).toMatch(/number of cells \(at least\)/);
  });

  it('P-36: the parser process inherits none of the host environment but where temp files go', () => {
    const env = parserEnv({
      PATH: '/usr/bin',
      TMPDIR: '/var/tmp',
      OPENAI_API_KEY: 'sk-secret',
      DATABASE_URL: 'postgres://u:p@db/x',
      NODE_OPTIONS: '--max-old-space-size=8192',
    });
    expect(env).toEqual({ PATH: '/usr/bin', TMPDIR: '/var/tmp' });
  });
});
