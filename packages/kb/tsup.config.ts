import { defineConfig } from 'tsup';

export default defineConfig({
  // The parse worker is its own file, loaded by `new Worker()` beside index.js.
  entry: { index: 'src/index.ts', 'parse-worker': 'src/ingest/sandbox/parse-worker.ts' },
  format: ['esm'],
  dts: false, // declarations come from one tsc run: scripts/build.mjs
  clean: true,
  target: 'node20',
});
