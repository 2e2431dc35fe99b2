import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '@parley/core';
import { pageHeaders } from '../http/respond.js';
import { consoleBuildOptions } from './web-build.js';

const cache = new Map<string, Promise<string>>();

function cached(name: string, load: () => Promise<string>): Promise<string> {
  let value = cache.get(name);
  if (!value) {
    value = load().catch((error: unknown) => {
      cache.delete(name);
      throw error;
    });
    cache.set(name, value);
  }
  return value;
}

// From source (workspace, tests) the files sit in src/web; published, in dist.
const here = dirname(fileURLToPath(import.meta.url));
const webDir = existsSync(join(here, '..', 'web', 'main.ts')) ? join(here, '..', 'web') : undefined;

async function script(): Promise<string> {
  if (!webDir) return readFile(join(here, 'console-app.js'), 'utf8');
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch (cause) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'Building the console from source needs esbuild: add it as a devDependency, or use the built package.',
      { cause },
    );
  }
  const result = await esbuild.build({
    ...consoleBuildOptions,
    target: [...consoleBuildOptions.target],
    entryPoints: [join(webDir, 'main.ts')],
    write: false,
  });
  return result.outputFiles[0]!.text;
}

// The stylesheet is kept in a few files by area and served as one.
const cssParts = ['base.css', 'list.css', 'chat.css', 'reports.css'];
const styles = async () =>
  webDir
    ? (await Promise.all(cssParts.map((f) => readFile(join(webDir, f), 'utf8')))).join('\n')
    : readFile(join(here, 'console.css'), 'utf8');

/** `/app.js` or `/app.css`: public files with no data in them, cached by the browser for an hour. */
export async function consoleAsset(path: '/app.js' | '/app.css'): Promise<Response> {
  const js = path === '/app.js';
  const body = await cached(path, js ? script : styles);
  return new Response(body, {
    headers: {
      'content-type': `${js ? 'text/javascript' : 'text/css'}; charset=utf-8`,
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': pageHeaders['x-content-type-options'],
    },
  });
}
