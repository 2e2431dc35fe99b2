#!/usr/bin/env node
// No import cycle in packages/*/src, type imports included (issue 18). madge's own CLI
// prints every bare package import it does not follow as a "warning"; those are other
// packages, not problems, so this prints only what matters: the cycles, or that none
// was found.
import madge from 'madge';

const result = await madge('packages', {
  fileExtensions: ['ts'],
  tsConfig: 'tsconfig.base.json',
  excludeRegExp: [
    /\.test\.ts$/,
    /node_modules/,
    /\/dist\//,
    /\/test\//,
    /__fixtures__/,
    /\.config\.ts$/,
  ],
  detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
});
const cycles = result.circular();
const files = Object.keys(result.obj()).length;
if (cycles.length === 0) {
  console.log(`cycles: none in ${files} files`);
} else {
  console.error(`cycles: ${cycles.length} import cycle(s) in packages/*/src:`);
  for (const [i, cycle] of cycles.entries()) console.error(`${i + 1}) ${cycle.join(' > ')}`);
  process.exit(1);
}
