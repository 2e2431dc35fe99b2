#!/usr/bin/env node
// Cold-install figures: `npm install` of a project scaffolded by create-parley (shop
// template, @parley/* from the packed tarballs) beside a bare `npm i openai zod`, each with
// a fresh npm cache folder so neither reuses the other's downloads. One JSON line per
// figure, the baseline in the same run.
//
//   node scripts/install-figures.mjs [--tarballs <folder>] [--template shop]
// Without --tarballs it builds and packs first (scripts/build.mjs, pnpm pack).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { run } from './lib/run.mjs';
import { useTarballs } from './lib/scaffold-check.mjs';
import { publicPackages } from './lib/workspace-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { tarballs: { type: 'string' }, template: { type: 'string', default: 'shop' } },
});
const work = mkdtempSync(join(tmpdir(), 'parley-install-figures-'));

/** Bytes under a folder (files only; symlinks not followed). */
function size(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += size(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

async function coldInstall(dir, args) {
  const cache = join(work, `cache-${Math.random().toString(36).slice(2)}`);
  const t = performance.now();
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', '--cache', cache, ...args],
    {
      cwd: dir,
      timeoutMs: 1_200_000,
    },
  );
  const seconds = (performance.now() - t) / 1000;
  return { seconds, mb: size(join(dir, 'node_modules')) / 1e6 };
}

try {
  let tarballDir = values.tarballs;
  if (!tarballDir) {
    tarballDir = join(work, 'tarballs');
    mkdirSync(tarballDir);
    await run(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
    for (const p of publicPackages(root)) {
      await run('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: p.dir });
    }
  }
  const tarballs = {};
  for (const p of publicPackages(root)) {
    const file = readdirSync(tarballDir, { recursive: true }).find((f) =>
      String(f).endsWith(`${p.name.replace('@', '').replace('/', '-')}-${p.version}.tgz`),
    );
    if (file) tarballs[p.name] = join(tarballDir, String(file));
  }
  if (!tarballs['create-parley']) throw new Error(`no create-parley tarball in ${tarballDir}`);

  // The scaffold itself, run from its tarball in a scratch project.
  const runner = join(work, 'runner');
  mkdirSync(runner);
  writeFileSync(join(runner, 'package.json'), '{"private":true}\n');
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', tarballs['create-parley']],
    { cwd: runner },
  );
  const project = join(work, `my-${values.template}`);
  await run(
    process.execPath,
    [
      join(runner, 'node_modules', 'create-parley', 'dist', 'cli.js'),
      project,
      '--template',
      values.template,
    ],
    {
      cwd: work,
    },
  );
  useTarballs(project, tarballs);
  const parley = await coldInstall(project, []);

  const bare = join(work, 'bare');
  mkdirSync(bare);
  writeFileSync(join(bare, 'package.json'), '{"private":true,"type":"module"}\n');
  const baseline = await coldInstall(bare, ['openai', 'zod']);

  const line = (bench, value, unit, base) =>
    console.log(
      JSON.stringify({
        bench,
        value: +value.toFixed(1),
        unit,
        baseline: +base.toFixed(1),
        ratio: +(value / base).toFixed(2),
      }),
    );
  line(`install.create-parley-${values.template}.seconds`, parley.seconds, 's', baseline.seconds);
  line(`install.create-parley-${values.template}.node_modules`, parley.mb, 'MB', baseline.mb);
  console.error(
    `baseline: bare \`npm i openai zod\` in the same run; fresh npm cache for each (${work})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
