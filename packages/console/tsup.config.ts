import { defineConfig } from 'tsup';
import { consoleBuildOptions } from './src/server/web-build.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    // Only needed to build the page script from source; the package ships dist/console-app.js.
    external: ['esbuild', 'exceljs'],
    dts: true,
    clean: false,
    target: 'node20',
    // The stylesheet ships beside the script; consoleAsset() reads dist/console.css.
    onSuccess:
      'cat src/web/base.css src/web/list.css src/web/chat.css src/web/reports.css > dist/console.css',
  },
  {
    // The console's browser code: one ESM file served by the handler.
    entry: { 'console-app': 'src/web/main.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    dts: false,
    clean: false,
    esbuildOptions(options) {
      options.legalComments = consoleBuildOptions.legalComments;
      options.charset = consoleBuildOptions.charset;
    },
  },
]);
