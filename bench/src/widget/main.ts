// bench/widget: the live-chat widget's size, minified and gzipped, beside the widget as
// it is on `main` (built from `git archive main` in this run) — the budget is "small".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
// The same settings the published widget is built with.
import { widgetBuildOptions } from '../../../packages/adapter-livechat/src/widget-build.js';
import { report } from '../report.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function size(entry: string): Promise<{ min: number; gz: number }> {
  const result = await esbuild.build({
    ...widgetBuildOptions,
    target: [...widgetBuildOptions.target],
    entryPoints: [entry],
    write: false,
  });
  const bytes = result.outputFiles[0]!.contents;
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

/** The widget as it is at a git ref, built in this run. */
async function sizeAt(ref: string): Promise<{ min: number; gz: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-widget-'));
  try {
    const tar = execFileSync('git', ['-C', root, 'archive', ref, 'packages/adapter-livechat/src']);
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return await size(join(dir, 'packages/adapter-livechat/src/widget/main.ts'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The widget before the console/widget issue (19) began: the "current 6.3 KB" it names.
const ISSUE_19_START = '2002978';

const now = await size(join(root, 'packages/adapter-livechat/src/widget/main.ts'));
const before = await sizeAt('main');
const note = 'esbuild minified IIFE, gzip -9; baseline: the widget on main, built in this run';
report({ bench: 'widget.gzip_bytes', value: now.gz, unit: 'bytes', baseline: before.gz, note });
report({ bench: 'widget.min_bytes', value: now.min, unit: 'bytes', baseline: before.min, note });
const start = await sizeAt(ISSUE_19_START);
report({
  bench: 'widget.gzip_bytes_vs_issue_start',
  value: now.gz,
  unit: 'bytes',
  baseline: start.gz,
  note: `gzip -9; baseline: the widget at ${ISSUE_19_START} (before issue 19), built in this run`,
});
