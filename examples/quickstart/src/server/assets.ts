import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '@parley/core';
import { renderShopPage } from '../web/shop-page.js';

const web = (name: string) => fileURLToPath(new URL(`../web/${name}`, import.meta.url));

/** A file of `src/web`, read once. */
function cached(load: () => Promise<string>): () => Promise<string> {
  let value: Promise<string> | undefined;
  return () => {
    value ??= load().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}

export const shopPage = cached(async () => renderShopPage());
export const consolePage = cached(() => readFile(web('console.html'), 'utf8'));
export const consoleCss = cached(() => readFile(web('console.css'), 'utf8'));

/**
 * The console's browser code, bundled from TypeScript with esbuild on first request:
 * the example runs from source with no build step, like the widget.
 */
export const consoleScript = cached(async () => {
  const esbuild = await import('esbuild');
  try {
    const result = await esbuild.build({
      entryPoints: [web('console/main.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: ['es2020'],
      minify: true,
      write: false,
      legalComments: 'none',
    });
    return result.outputFiles[0]!.text;
  } catch (cause) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'The console script does not build; see the esbuild errors above.',
      { cause },
    );
  }
});
