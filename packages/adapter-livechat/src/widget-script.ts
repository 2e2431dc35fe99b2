import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '@parley/core';
import { type WidgetPart, widgetBuildOptions, widgetParts } from './widget-build.js';

let cached: Promise<Record<'main' | WidgetPart, string>> | undefined;

/**
 * The widget's JavaScript, to serve at the URL your page's `<script src>` points to.
 * Pass the request's URL (`req.url`): the widget asks the same URL with `?part=NAME`
 * for what it loads on first use (forms, emoji, other languages), and gets that part.
 * Without a `part` (or without an argument) it is the script the page loads.
 * From the published package the files are the prebuilt `dist/widget*.js`; from source
 * (the workspace, tests, examples) they are bundled with esbuild on the first call. Cached.
 */
export async function widgetScript(requestUrl?: string | URL): Promise<string> {
  const part = requestUrl ? new URL(requestUrl, 'http://x').searchParams.get('part') : null;
  if (part !== null && !Object.hasOwn(widgetParts, part)) {
    throw new ParleyError(
      'NOT_FOUND',
      `The live-chat widget has no part "${part.slice(0, 40)}" (parts: ${Object.keys(widgetParts).join(', ')}).`,
    );
  }
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return (await cached)[(part as WidgetPart | null) ?? 'main'];
}

async function load(): Promise<Record<'main' | WidgetPart, string>> {
  const here = dirname(fileURLToPath(import.meta.url));
  const names = Object.keys(widgetParts) as WidgetPart[];
  if (!existsSync(join(here, 'widget', 'main.ts'))) {
    const read = (file: string) => readFile(join(here, file), 'utf8');
    const [main, ...parts] = await Promise.all([
      read('widget.js'),
      ...names.map((n) => read(`widget-${n}.js`)),
    ]);
    return Object.fromEntries([['main', main], ...names.map((n, i) => [n, parts[i]])]);
  }
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
  const entries = { main: 'main.ts', ...widgetParts };
  const result = await esbuild.build({
    ...widgetBuildOptions,
    target: [...widgetBuildOptions.target],
    entryPoints: Object.fromEntries(
      Object.entries(entries).map(([n, file]) => [n, join(here, 'widget', file)]),
    ),
    outdir: join(here, 'widget-out'),
    write: false,
  });
  const text = (name: string) =>
    result.outputFiles.find((f) => f.path.endsWith(`${name}.js`))!.text;
  return Object.fromEntries(Object.keys(entries).map((n) => [n, text(n)])) as Record<
    'main' | WidgetPart,
    string
  >;
}
