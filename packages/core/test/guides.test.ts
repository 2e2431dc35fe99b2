import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The two guides in docs/guides/ show a whole channel adapter and a whole store. Their
// `ts file=NAME` blocks are written out as files, type-checked, and their own test
// blocks (which run channelConformance / storeConformance) are loaded here, so the
// guides cannot drift from what works.

const here = dirname(fileURLToPath(import.meta.url));
const docs = join(here, '../../../docs/guides');
const out = join(here, '../test-output/guides');
const src = join(here, '../src');

const entries: Record<string, string> = {
  '@parley/core': 'index.js',
  '@parley/core/internal': 'internal.js',
  '@parley/core/testing': 'testing/index.js',
};

/** The guide's file blocks, written under test-output; test blocks end in `.guide.ts`. */
function extract(guide: string): string[] {
  const markdown = readFileSync(join(docs, `${guide}.md`), 'utf8');
  const dir = join(out, guide);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [, name, body] of markdown.matchAll(/```ts file=(\S+)\n([\s\S]*?)```/g)) {
    // Imports of the published entries point at core's source, as in the workspace.
    const code = body!.replace(/from '(@parley\/core[^']*)'/g, (_whole, entry: string) => {
      const target = entries[entry];
      if (!target) throw new Error(`${guide}.md imports ${entry}, which core does not export`);
      return `from '${relative(dir, join(src, target))}'`;
    });
    const file = join(dir, name!.replace(/\.test\.ts$/, '.guide.ts'));
    writeFileSync(file, code);
    written.push(file);
  }
  return written;
}

const guides = {
  'write-a-store': extract('write-a-store'),
  'write-a-channel': extract('write-a-channel'),
};

describe('the guides', () => {
  it('each shows its code and a test that runs the conformance suite', () => {
    expect(guides['write-a-store'].map((f) => f.split('/').at(-1))).toEqual([
      'map-kv.ts',
      'map-store.ts',
      'map-store.guide.ts',
    ]);
    expect(guides['write-a-channel'].map((f) => f.split('/').at(-1))).toEqual([
      'sms-gateway.ts',
      'sms-gateway.guide.ts',
    ]);
  });

  it('their code type-checks (strict, as the workspace)', { timeout: 120_000 }, async () => {
    const config = join(out, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: relative(out, join(here, '../../../tsconfig.base.json')),
        compilerOptions: { noEmit: true },
        include: ['./**/*.ts'],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const run = promisify(execFile)(process.execPath, [tsc, '-p', config]).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout, failed: true }),
    );
    const result = await run;
    expect('failed' in result ? result.stdout : '').toBe('');
  });
});

// The guides' own test blocks: storeConformance on the map store, channelConformance on
// the SMS gateway channel (against a gateway on loopback).
await import(join(out, 'write-a-store/map-store.guide.ts'));
await import(join(out, 'write-a-channel/sms-gateway.guide.ts'));
