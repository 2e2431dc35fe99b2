import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '@parley/core';
import { widgetBuildOptions } from './widget-build.js';

let cached: Promise<string> | undefined;

/**
 * The widget's JavaScript, to serve at the URL your page's `<script src>` points to.
 * From the published package it is the prebuilt `dist/widget.js`; from source (the
 * workspace, tests, examples) it is bundled with esbuild on the first call. Cached.
 */
export function widgetScript(): Promise<string> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function load(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  const entry = join(here, 'widget', 'main.ts');
  if (!existsSync(entry)) return readFile(join(here, 'widget.js'), 'utf8');
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch (cause) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'Building the live-chat widget from source needs esbuild: add it as a devDependency, or use the built package (dist/widget.js).',
      { cause },
    );
  }
  const result = await esbuild.build({
    ...widgetBuildOptions,
    target: [...widgetBuildOptions.target],
    entryPoints: [entry],
    write: false,
  });
  return result.outputFiles[0]!.text;
}
