#!/usr/bin/env node
// Builds every publishable package (or the ones given as folders): JavaScript with each
// package's tsup config, all at once, while ONE `tsc -p tsconfig.build.json` emits the
// declarations of the whole workspace; then each package's `.d.ts` tree is copied from
// its src/ layout into dist/. Eleven tsup dts passes each re-checked their own program
// (5m50s on the shared 2-core CI box); one tsc program costs about what one typecheck does.
// See docs/decisions/0210-one-tsc-for-declarations.md.
//
//   node scripts/build.mjs                  every package under packages/
//   node scripts/build.mjs packages/core    just these (types are still emitted for all)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackages } from './lib/workspace-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const typesOut = join(root, 'node_modules', '.cache', 'parley-types');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const wanted = process.argv.slice(2).map((p) => resolve(p));
const packages = publicPackages(root).filter(
  (p) =>
    existsSync(join(p.dir, 'tsup.config.ts')) && (wanted.length === 0 || wanted.includes(p.dir)),
);
if (packages.length === 0) {
  console.error(
    `build: no package with a tsup.config.ts matches ${wanted.join(', ') || 'packages/*'}`,
  );
  process.exit(2);
}

function run(cmd, args, cwd, label) {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`build: ${label} ok (${seconds}s)`);
        resolvePromise();
      } else {
        reject(new Error(`${label} failed (exit ${code}):\n${output}`));
      }
    });
  });
}

/** Runs the tasks with at most `limit` at a time (tsup is mostly esbuild: cheap). */
async function pool(tasks, limit) {
  const queue = [...tasks];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length > 0) await queue.shift()();
  });
  await Promise.all(workers);
}

function copyDeclarations(pkg) {
  const from = join(typesOut, basename(pkg.dir), 'src');
  if (!existsSync(from)) throw new Error(`build: tsc emitted no declarations for ${pkg.name}`);
  const dist = join(pkg.dir, 'dist');
  cpSync(from, dist, {
    recursive: true,
    filter: (src) => statSync(src).isDirectory() || src.endsWith('.d.ts'),
  });
  // Directories that held only tests or fixtures are left empty: drop them.
  const prune = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) prune(join(dir, entry.name));
    }
    if (dir !== dist && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  };
  prune(dist);
}

const started = Date.now();
rmSync(typesOut, { recursive: true, force: true });
const types = run(bin('tsc'), ['-p', 'tsconfig.build.json'], root, 'declarations (tsc)');
const js = pool(
  packages.map((p) => () => run(bin('tsup'), [], p.dir, `${p.name} (tsup)`)),
  Math.max(2, availableParallelism()),
);
try {
  await Promise.all([types, js]);
  for (const p of packages) copyDeclarations(p);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(
  `build: ${packages.length} packages in ${((Date.now() - started) / 1000).toFixed(1)}s (${packages.map((p) => relative(root, p.dir)).join(' ')})`,
);
