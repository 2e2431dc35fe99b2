// Runs every benchmark (or those named on the command line) one after another, each
// in its own process so one's heap never colours another's figures.
// Each benchmark is `src/<name>/main.ts` and prints JSON lines:
// {"bench": ..., "value": ..., "unit": ..., "baseline": ..., "ratio": ...}
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'main.ts')))
  .map((d) => d.name)
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${all.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length > 0 ? wanted : all) {
  console.error(`# ${name}`);
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--conditions=@parley/source', join(here, name, 'main.ts')],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
