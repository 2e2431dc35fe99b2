// bench/widget: the live-chat widget's size, minified and gzipped. The first script a
// page loads is set beside the widget before issue 19 (the "current 6.3 KB" it names)
// and beside the one-file widget of the last build before the split; the parts loaded
// on first use (`widget.js?part=NAME`) and the total are set beside that one file too.
// Every baseline is built from git in this run, with the same esbuild settings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
// The same settings the published widget is built with.
import {
  widgetBuildOptions,
  widgetParts,
} from '../../../packages/adapter-livechat/src/widget-build.js';
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
// The last one-file widget (issue 19's features, before the split into parts).
const BEFORE_SPLIT = 'fd6955c';

const src = join(root, 'packages/adapter-livechat/src/widget');
const first = await size(join(src, 'main.ts'));
const start = await sizeAt(ISSUE_19_START);
const whole = await sizeAt(BEFORE_SPLIT);
const gz = 'esbuild minified IIFE, gzip -9';
report({
  bench: 'widget.first_script.gzip_bytes_vs_issue_start',
  value: first.gz,
  unit: 'bytes',
  baseline: start.gz,
  note: `${gz}; the script a page loads; baseline: the widget at ${ISSUE_19_START} (before issue 19)`,
});
report({
  bench: 'widget.first_script.gzip_bytes',
  value: first.gz,
  unit: 'bytes',
  baseline: whole.gz,
  note: `${gz}; the script a page loads; baseline: the one-file widget at ${BEFORE_SPLIT}`,
});
report({
  bench: 'widget.first_script.min_bytes',
  value: first.min,
  unit: 'bytes',
  baseline: whole.min,
  note: `minified; baseline: the one-file widget at ${BEFORE_SPLIT}`,
});
let total = first.gz;
for (const [name, file] of Object.entries(widgetParts)) {
  const part = await size(join(src, file));
  // id and pt are alternatives: a visitor loads at most one language.
  if (name !== 'pt') total += part.gz;
  report({
    bench: `widget.part.${name}.gzip_bytes`,
    value: part.gz,
    unit: 'bytes',
    baseline: whole.gz,
    note: `${gz}; loaded on first use (widget.js?part=${name}); baseline: the one-file widget at ${BEFORE_SPLIT}`,
  });
}
report({
  bench: 'widget.total.gzip_bytes',
  value: total,
  unit: 'bytes',
  baseline: whole.gz,
  note: `${gz}; first script + every part one visitor can load (panel, extras, one language), each gzipped alone; baseline: the one-file widget at ${BEFORE_SPLIT}`,
});
