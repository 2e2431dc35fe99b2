#!/usr/bin/env node
// Release check: do the packages work once they leave the workspace?
//   1. build every package (scripts/build.mjs) and `pnpm pack` it;
//   2. publint and @arethetypeswrong/cli on every tarball;
//   3. `npm install` the tarballs into a fresh project under the OS temp dir;
//   4. import every `exports` entry from Node ESM; typecheck an import of every typed
//      entry with moduleResolution node16 and bundler;
//   5. typecheck the marked README snippets (docs/contributing.md, "README snippets") the
//      same two ways, then run the `runnable` and `serve` ones with Node;
//   6. scaffold each create-parley template from its tarball (scripts/lib/scaffold-check.mjs).
// Packages and entries are discovered from packages/*/package.json, never listed here.
//
//   node scripts/pack-check.mjs [--no-build] [--keep] [--skip-scaffold]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import {
  writeEntryChecks,
  writeManifest,
  writeSnippets,
  writeTsconfigs,
} from './lib/consumer-project.mjs';
import { readmeSnippets } from './lib/readme-snippets.mjs';
import { pool, run, runUntilReady } from './lib/run.mjs';
import { scaffoldCheck } from './lib/scaffold-check.mjs';
import { publicPackages } from './lib/workspace-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Peer range of @parley/* on each other until 1.0 (decision 0211). */
const PEER_RANGE = '>=0.0.0 <1.0.0';
const args = new Set(process.argv.slice(2));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();
const timings = [];
async function step(label, fn) {
  const t = Date.now();
  const result = await fn();
  const seconds = (Date.now() - t) / 1000;
  timings.push([label, seconds]);
  console.log(`pack-check: ${label} (${seconds.toFixed(1)}s)`);
  return result;
}
const versionOf = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

const packages = publicPackages(root);
const work = mkdtempSync(join(tmpdir(), 'parley-pack-check-'));
const tarballDir = join(work, 'tarballs');
const consumer = join(work, 'consumer');
mkdirSync(tarballDir, { recursive: true });
mkdirSync(consumer, { recursive: true });
const failures = [];

try {
  if (!args.has('--no-build')) {
    await step('build', () =>
      run(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root }),
    );
  }

  const tarballs = await step(`pack ${packages.length} packages`, async () => {
    // One folder per package: parallel packs cannot mistake each other's tarball.
    const made = await pool(
      packages.map((p) => async () => {
        const dest = join(tarballDir, p.name.replace('/', '+'));
        mkdirSync(dest, { recursive: true });
        await run('pnpm', ['pack', '--pack-destination', dest], { cwd: p.dir });
        const [file] = readdirSync(dest);
        if (!file) throw new Error(`pnpm pack made no tarball for ${p.name}`);
        return [p.name, join(dest, file)];
      }),
      4,
    );
    return Object.fromEntries(made);
  });

  // publint/attw (CPU) overlap the npm install (network): neither needs the other.
  const linted = step('publint and attw', async () => {
    const lint = async (p) => {
      const { output: packed } = await run('tar', [
        '-xzOf',
        tarballs[p.name],
        'package/package.json',
      ]);
      for (const [dep, range] of Object.entries(JSON.parse(packed).peerDependencies ?? {})) {
        if (dep.startsWith('@parley/') && range !== PEER_RANGE) {
          failures.push(
            `${p.name}: peer ${dep} is published as "${range}"; write "workspace:${PEER_RANGE}" (docs/decisions/0211-peer-ranges-of-the-fixed-group.md)`,
          );
        }
      }
      const tarball = readFileSync(tarballs[p.name]);
      const { messages } = await publint({
        pack: {
          tarball: tarball.buffer.slice(
            tarball.byteOffset,
            tarball.byteOffset + tarball.byteLength,
          ),
        },
        level: 'suggestion',
        strict: true,
      });
      for (const m of messages)
        failures.push(`publint ${p.name}: ${formatMessage(m, p.manifest) ?? m.code}`);
      if (p.entries.length === 0) return; // a command (create-parley): nothing to resolve
      const untyped = p.entries.filter((e) => !e.typed).map((e) => e.subpath);
      await run(
        bin('attw'),
        [
          tarballs[p.name],
          '--profile',
          'esm-only',
          '--format',
          'ascii',
          '--no-color',
          ...(untyped.length > 0 ? ['--exclude-entrypoints', ...untyped] : []),
        ],
        { cwd: root, label: `attw ${p.name}` },
      ).catch((error) => failures.push(error.message));
    };
    await pool(
      packages.map((p) => () => lint(p)),
      3,
    );
  });

  const installed = step('npm install of the tarballs', async () => {
    writeManifest(consumer, {
      tarballs,
      devDependencies: {
        typescript: versionOf('typescript'),
        '@types/node': versionOf('@types/node'),
        vitest: versionOf('vitest'),
        // What the README snippets import besides @parley/* (e.g. qrcode-terminal, hono).
        ...JSON.parse(readFileSync(join(root, 'docs', 'snippets', 'package.json'), 'utf8'))
          .dependencies,
      },
    });
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: consumer,
      label: 'npm install',
    });
  });
  await Promise.all([linted, installed]);

  const snippets = packages.flatMap((p) => {
    try {
      return readmeSnippets(join(p.dir, 'README.md'));
    } catch (error) {
      if (error.code === 'ENOENT') return [];
      throw error;
    }
  });
  const counts = writeEntryChecks(consumer, packages);
  const files = writeSnippets(consumer, snippets, join(root, 'docs', 'snippets'));
  writeTsconfigs(consumer);

  await step(`import ${counts.modules} entry points from Node ESM`, () =>
    run(process.execPath, ['entries.mjs'], { cwd: consumer, label: 'node entries.mjs' }).then(
      ({ output }) => {
        // A module that exits the process on import would end the run early, silently.
        if (!output.includes(`imported ${counts.modules} modules`)) {
          failures.push(`node entries.mjs stopped before the end:\n${output}`);
        }
      },
      (error) => failures.push(error.message),
    ),
  );
  const tsc = join(consumer, 'node_modules', '.bin', 'tsc');
  await Promise.all(
    ['node16', 'bundler', 'emit'].map((config) =>
      step(`typecheck ${counts.typed} entries and ${files.length} snippets (${config})`, () =>
        run(tsc, ['-p', `tsconfig.${config}.json`], {
          cwd: consumer,
          label: `tsc (${config})`,
        }).catch((error) => {
          // emit only writes the JavaScript the snippets run; its errors are the same.
          if (config !== 'emit') failures.push(error.message);
        }),
      ),
    ),
  );

  const runnable = files.filter((f) => f.snippet.mode !== 'check');
  await step(`run ${runnable.length} README snippets`, async () => {
    const runOne = async ({ snippet, file }) => {
      const js = join(consumer, 'out', file.replace(/\.ts$/, '.js'));
      const cwd = mkdtempSync(join(work, 'run-'));
      const label = `${relative(root, snippet.file)}:${snippet.line}`;
      const env = { PORT: '0', NODE_ENV: 'test' };
      const t = Date.now();
      const runner =
        snippet.mode === 'serve'
          ? runUntilReady(process.execPath, [js], { cwd, env, label })
          : run(process.execPath, [js], { cwd, env, label, timeoutMs: 120_000 });
      await runner.then(
        () =>
          console.log(`  ✓ ${label} (${snippet.mode}, ${((Date.now() - t) / 1000).toFixed(1)}s)`),
        (error) => failures.push(error.message),
      );
    };
    // Snippets mostly wait (servers, PGlite start-up): three at a time.
    await pool(
      runnable.map((f) => () => runOne(f)),
      3,
    );
  });

  if (!args.has('--skip-scaffold')) {
    await step('create-parley templates', () =>
      scaffoldCheck({ root, work, tarballs, failures, consumer }),
    );
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  if (!args.has('--keep') && failures.length === 0) rmSync(work, { recursive: true, force: true });
}

const total = (Date.now() - started) / 1000;
console.log(
  `pack-check: ${total.toFixed(1)}s in all (${timings.map(([l, s]) => `${l.split(' ')[0]} ${s.toFixed(0)}s`).join(', ')})`,
);
if (failures.length > 0) {
  console.error(`\npack-check: ${failures.length} problem(s); work dir kept at ${work}\n`);
  for (const f of failures) console.error(`✗ ${f}\n`);
  process.exit(1);
}
console.log(`pack-check: ${packages.length} packages install and work outside the workspace`);
