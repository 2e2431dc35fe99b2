// Writes the files of a throwaway "consumer" project that depends on the packed tarballs:
// an ESM import of every entry point, a TypeScript file importing every typed entry,
// tsconfigs for `node16` and `bundler` resolution, and the README snippets as modules.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { exportedNames } from './readme-snippets.mjs';

const strict = {
  strict: true,
  noUncheckedIndexedAccess: true,
  // As in a real project: third-party declarations (Baileys, PGlite) do not check cleanly
  // in every configuration; attw checks that ours resolve.
  skipLibCheck: true,
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  types: ['node'],
};

/** Every `@parley/*` tarball, plus the toolchain the consumer checks with. */
export function writeManifest(dir, { tarballs, devDependencies }) {
  const dependencies = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
  );
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'parley-consumer', private: true, type: 'module', dependencies, devDependencies }, null, 2)}\n`,
  );
}

/** entries.mjs (Node) and entries.ts (TypeScript), over every entry of every package. */
export function writeEntryChecks(dir, packages) {
  const entries = packages.flatMap((p) => p.entries);
  const modules = entries.filter((e) => e.module);
  const assets = entries.filter((e) => !e.module);
  const js = [
    "import { existsSync } from 'node:fs';",
    "import { fileURLToPath } from 'node:url';",
    'const failures = [];',
    ...modules.map(
      (e) =>
        `try { const m = await import(${JSON.stringify(e.specifier)}); if (Object.keys(m).length === 0) failures.push(${JSON.stringify(`${e.specifier}: exports nothing`)}); } catch (error) { failures.push(${JSON.stringify(e.specifier)} + ': ' + error.message); }`,
    ),
    ...assets.map(
      (e) =>
        `try { if (!existsSync(fileURLToPath(import.meta.resolve(${JSON.stringify(e.specifier)})))) failures.push(${JSON.stringify(`${e.specifier}: resolves to a missing file`)}); } catch (error) { failures.push(${JSON.stringify(e.specifier)} + ': ' + error.message); }`,
    ),
    "if (failures.length > 0) { console.error(failures.join('\\n')); process.exit(1); }",
    `console.log('imported ${modules.length} modules, resolved ${assets.length} assets');`,
  ];
  writeFileSync(join(dir, 'entries.mjs'), `${js.join('\n')}\n`);
  const typed = entries.filter((e) => e.typed);
  const ts = typed.map((e, i) => `import * as entry${i} from ${JSON.stringify(e.specifier)};`);
  ts.push(`export const entries = [${typed.map((_, i) => `entry${i}`).join(', ')}];`);
  writeFileSync(join(dir, 'entries.ts'), `${ts.join('\n')}\n`);
  return { modules: modules.length, assets: assets.length, typed: typed.length };
}

/**
 * One module per snippet under snippets/; a snippet with `prelude=NAME` first imports the
 * names docs/snippets/NAME.ts exports. Returns [{ snippet, file }] (file: relative .ts path).
 */
export function writeSnippets(dir, snippets, preludeDir) {
  const out = join(dir, 'snippets');
  mkdirSync(join(out, 'preludes'), { recursive: true });
  const seen = new Map();
  return snippets.map((snippet) => {
    const pkg = basename(join(snippet.file, '..'));
    const base = `${pkg}-L${snippet.line}`;
    const header = [];
    if (snippet.prelude) {
      const source = join(preludeDir, `${snippet.prelude}.ts`);
      let text;
      try {
        text = readFileSync(source, 'utf8');
      } catch {
        throw new Error(
          `${snippet.file}:${snippet.line}: no prelude docs/snippets/${snippet.prelude}.ts`,
        );
      }
      if (!seen.has(snippet.prelude)) {
        copyFileSync(source, join(out, 'preludes', `${snippet.prelude}.ts`));
        seen.set(snippet.prelude, exportedNames(text));
      }
      header.push(
        `import { ${seen.get(snippet.prelude).join(', ')} } from './preludes/${snippet.prelude}.js';`,
      );
    }
    header.push(`// ${snippet.file}:${snippet.line} (${snippet.mode})`);
    writeFileSync(join(out, `${base}.ts`), `${header.join('\n')}\n${snippet.code}export {};\n`);
    return { snippet, file: `snippets/${base}.ts` };
  });
}

/** tsconfig.node16.json, tsconfig.bundler.json (typecheck) and tsconfig.emit.json (run). */
export function writeTsconfigs(dir) {
  const include = ['entries.ts', 'snippets/**/*.ts'];
  const write = (name, compilerOptions) =>
    writeFileSync(join(dir, name), `${JSON.stringify({ compilerOptions, include }, null, 2)}\n`);
  write('tsconfig.node16.json', {
    ...strict,
    module: 'node16',
    moduleResolution: 'node16',
    noEmit: true,
  });
  write('tsconfig.bundler.json', {
    ...strict,
    module: 'preserve',
    moduleResolution: 'bundler',
    noEmit: true,
  });
  write('tsconfig.emit.json', {
    ...strict,
    module: 'node16',
    moduleResolution: 'node16',
    outDir: 'out',
    rootDir: '.',
  });
}
