/**
 * esbuild settings of the console's browser code, shared by `tsup.config.ts` (the
 * published `dist/console-app.js`) and `consoleAsset()` (built on first use from source).
 */
export const consoleBuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
} as const;
