import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  dts: false, // a command, not a library: nothing to import
  clean: true,
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
});
