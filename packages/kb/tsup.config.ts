import { defineConfig } from 'tsup';

export default defineConfig({
  // The parser process is its own file, started by `fork()` beside index.js.
  entry: { index: 'src/index.ts', 'parse-child': 'src/ingest/sandbox/parse-child.ts' },
  format: ['esm'],
  dts: false, // declarations come from one tsc run: scripts/build.mjs
  clean: true,
  target: 'node20',
});
