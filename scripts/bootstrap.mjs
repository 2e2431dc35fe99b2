#!/usr/bin/env node
// Lets the README's two commands work on a machine with only Node and npm:
// `npm run quickstart` and `npm test` install the workspace with pnpm (fetched through
// npx when it is not installed) the first time, then run the example or the suite.
// `npm run example <folder> [script]` starts any example from the root the same way.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.split('@')[1];
const task = process.argv[2];
const tasks = {
  test: ['run', 'check'],
  quickstart: ['--filter', '@parley/example-quickstart', 'start'],
  example: exampleTask(process.argv[3], process.argv[4] ?? 'start'),
};

/** `example <folder> [script]`: that example's package script, run from its folder. */
function exampleTask(folder, script) {
  if (task !== 'example') return [];
  const examples = readdirSync(join(root, 'examples')).filter((d) =>
    existsSync(join(root, 'examples', d, 'package.json')),
  );
  if (!folder || !examples.includes(folder)) {
    console.error(
      `bootstrap: ${folder ? `no example "${folder}"` : 'which example?'} — npm run example <${examples.join(' | ')}> [script]`,
    );
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(join(root, 'examples', folder, 'package.json'), 'utf8'));
  if (!manifest.scripts?.[script]) {
    console.error(
      `bootstrap: examples/${folder} has no "${script}" script; it has: ${Object.keys(manifest.scripts ?? {}).join(', ')}`,
    );
    process.exit(2);
  }
  return ['--filter', manifest.name, 'run', script];
}
if (!tasks[task]) {
  console.error(`bootstrap: unknown task "${task}"; use one of ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pnpmVersion}`]];
}

function installIsCurrent() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(root, 'pnpm-lock.yaml')).mtimeMs;
}

const [pnpm, prefix] = pnpmCommand();
if (!installIsCurrent()) {
  const status = run(pnpm, [...prefix, 'install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status);
}
process.exit(run(pnpm, [...prefix, ...tasks[task]]));
