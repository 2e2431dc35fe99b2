/**
 * esbuild settings of the browser widget, shared by `tsup.config.ts` (the published
 * `dist/widget*.js`) and `widgetScript()` (built on first use when running from source).
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

/**
 * The parts the widget loads on first use (`<script src="…/widget.js?part=NAME">`), by
 * entry file under `src/widget/`; published as `dist/widget-NAME.js`. Kept out of the
 * first script so a page that never opens a form or the emoji picker never loads them.
 */
export const widgetParts = {
  panel: 'panel.ts',
  extras: 'extras.ts',
  id: 'texts-id.ts',
  pt: 'texts-pt.ts',
} as const;

export type WidgetPart = keyof typeof widgetParts;
