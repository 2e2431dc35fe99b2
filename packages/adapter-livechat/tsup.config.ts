import { defineConfig } from 'tsup';
import { widgetBuildOptions, widgetParts } from './src/widget-build.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    // Only needed to build the widget from source; the package ships dist/widget.js.
    external: ['esbuild'],
    dts: false, // declarations come from one tsc run: scripts/build.mjs
    clean: false,
    target: 'node20',
  },
  {
    // The browser widget: IIFE files, no zod: `widget.js` is the `<script src>`, and each
    // part it loads on first use is `widget-NAME.js` (served at `widget.js?part=NAME`).
    entry: {
      widget: 'src/widget/main.ts',
      ...Object.fromEntries(
        Object.entries(widgetParts).map(([name, file]) => [`widget-${name}`, `src/widget/${file}`]),
      ),
    },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    platform: 'browser',
    target: 'es2020',
    minify: true,
    dts: false,
    clean: false,
    esbuildOptions(options) {
      options.legalComments = widgetBuildOptions.legalComments;
      options.charset = widgetBuildOptions.charset;
    },
  },
]);
