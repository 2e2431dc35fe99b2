import { defineConfig } from 'tsup';
import { widgetBuildOptions } from './src/widget-build.js';

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
    // The browser widget: one IIFE file, no zod, served as `<script src=".../widget.js">`.
    entry: { widget: 'src/widget/main.ts' },
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
