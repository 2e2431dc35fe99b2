// The create-parley part of the pack check: scaffold every template with the command
// installed from its tarball, point the project's @parley/* dependencies at the packed
// tarballs (they are not on the registry yet), then `npm install`, `npm test`,
// `npm run typecheck` and start it the way its README says.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pool, run, runUntilReady } from './run.mjs';

/** Rewrites `@parley/*` ranges of a generated package.json to the local tarballs. */
export function useTarballs(projectDir, tarballs) {
  const file = join(projectDir, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      if (!tarballs[name]) continue;
      manifest[field][name] = `file:${tarballs[name]}`;
    }
  }
  // Transitive @parley/* peers resolve to the same tarballs, not the registry.
  manifest.overrides = Object.fromEntries(
    Object.entries(tarballs)
      .filter(([name]) => name.startsWith('@parley/') && !manifest.dependencies?.[name])
      .map(([name, path]) => [name, `file:${path}`]),
  );
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** How each template is started in the check: servers until ready, the rest to the end. */
const starts = {
  shop: { script: 'start', serve: true },
  agency: { script: 'start', serve: true },
  // `npm start` links a real phone over the internet; the offline demo runs the same bot.
  whatsapp: { script: 'demo', serve: false },
};

export async function scaffoldCheck({ root, work, tarballs, failures, consumer }) {
  const cli = join(consumer, 'node_modules', 'create-parley', 'dist', 'cli.js');
  const templates = readdirSync(join(root, 'packages', 'create-parley', 'templates'));
  // All templates at once: their npm installs are mostly network and disk.
  await pool(
    templates.map((template) => () => checkTemplate(template)),
    templates.length,
  );

  async function checkTemplate(template) {
    const dir = join(work, 'scaffold', `my-${template}`);
    const label = `create-parley --template ${template}`;
    try {
      await run(process.execPath, [cli, dir, '--template', template, '--lang', 'pt'], {
        cwd: work,
        label,
      });
      useTarballs(dir, tarballs);
      const t = Date.now();
      await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: dir,
        label: `${label}: npm install`,
      });
      const installed = (Date.now() - t) / 1000;
      await run('npm', ['test'], { cwd: dir, label: `${label}: npm test`, timeoutMs: 180_000 });
      await run('npm', ['run', 'typecheck'], { cwd: dir, label: `${label}: npm run typecheck` });
      const start = starts[template] ?? { script: 'start', serve: true };
      const env = { PORT: '0' };
      const started = start.serve
        ? await runUntilReady('npm', ['run', start.script], {
            cwd: dir,
            env,
            label: `${label}: npm run ${start.script}`,
            ready: /listening on http:\/\/\S+/,
          })
        : await run('npm', ['run', start.script], {
            cwd: dir,
            env,
            label: `${label}: npm run ${start.script}`,
          });
      const firstLine = started.output
        .split('\n')
        .find((l) => l.trim() && !l.startsWith('>'))
        ?.trim();
      console.log(
        `  ✓ ${template}: install ${installed.toFixed(0)}s, test, typecheck, ${start.script}: ${firstLine}`,
      );
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
}
