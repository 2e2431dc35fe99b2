// Finds the publishable workspace packages and the entry points their `exports` declare,
// so the release checks follow whatever packages/* holds instead of a hard-coded list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The workspace-only export condition that points at `src/` (never published). */
export const SOURCE_CONDITION = '@parley/source';

/**
 * @typedef {{ subpath: string, specifier: string, typed: boolean, module: boolean }} Entry
 * @typedef {{ dir: string, name: string, version: string, manifest: any, entries: Entry[] }} WorkspacePackage
 */

/** @returns {WorkspacePackage[]} every non-private package under `packages/`, sorted by name. */
export function publicPackages(root) {
  const base = join(root, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'package.json')))
    .map((d) => {
      const dir = join(base, d.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { dir, name: manifest.name, version: manifest.version, manifest };
    })
    .filter((p) => !p.manifest.private)
    .map((p) => ({ ...p, entries: entriesOf(p.name, p.manifest.exports) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One entry per `exports` key. `module`: a JavaScript module Node can import (has an
 * `import`/`default` target ending in .js); `typed`: it declares `types`. Plain asset
 * entries such as a browser bundle or `./package.json` are neither and are only resolved.
 */
export function entriesOf(name, exportsField) {
  // A command-only package (create-parley) has no exports: importing it would run it.
  if (exportsField === undefined) return [];
  const map =
    typeof exportsField === 'string' || !Object.keys(exportsField).some((k) => k.startsWith('.'))
      ? { '.': exportsField }
      : exportsField;
  return Object.entries(map)
    .filter(([subpath]) => !subpath.includes('*'))
    .map(([subpath, target]) => {
      const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
      if (typeof target === 'string') {
        return { subpath, specifier, typed: false, module: false };
      }
      const runtime = target.import ?? target.default;
      return {
        subpath,
        specifier,
        typed: typeof target.types === 'string',
        module: typeof runtime === 'string' && /\.[cm]?js$/.test(runtime),
      };
    });
}

/** `exports` as published: the same map without the workspace source condition. */
export function publishedExports(exportsField) {
  if (exportsField === null || typeof exportsField !== 'object') return exportsField;
  return Object.fromEntries(
    Object.entries(exportsField)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, value]) => [key, publishedExports(value)]),
  );
}
