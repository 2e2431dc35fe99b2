/**
 * esbuild settings of the browser widget, shared by `tsup.config.ts` (the published
 * `dist/widget.js`) and `widgetScript()` (built on first use when running from source).
 */
export const widgetBuildOptions = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
} as const;
