import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Language, TemplateName } from './templates.js';

export interface ScaffoldOptions {
  /** Folder to create (must not exist, or be empty). */
  dir: string;
  template: TemplateName;
  language: Language;
  /** Where templates/ is (the package's own folder by default). */
  templatesDir: string;
  /** Range written for every @parley/* dependency, e.g. `^0.3.0`. */
  parleyRange: string;
}

/** npm leaves `.gitignore` out of tarballs, so templates keep it as `_gitignore`. */
const renamed: Record<string, string> = { _gitignore: '.gitignore' };

/**
 * Copies a template, filling `{{name}}`, `{{parley}}` (the @parley/* range) and
 * `{{lang}}`. Returns the files written, relative to `dir`.
 */
export async function scaffold(options: ScaffoldOptions): Promise<string[]> {
  const source = join(options.templatesDir, options.template);
  if (!existsSync(source))
    throw new Error(
      `create-parley: template "${options.template}" is missing from ${options.templatesDir}`,
    );
  if (
    existsSync(options.dir) &&
    (!statSync(options.dir).isDirectory() || readdirSync(options.dir).length > 0)
  ) {
    throw new Error(
      `create-parley: ${options.dir} already exists and is not empty; pick another folder name.`,
    );
  }
  const values: Record<string, string> = {
    name: packageName(basename(options.dir)),
    parley: options.parleyRange,
    lang: options.language,
  };
  const written: string[] = [];
  const copy = async (from: string, to: string) => {
    await mkdir(to, { recursive: true });
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const target = join(to, renamed[entry.name] ?? entry.name);
      if (entry.isDirectory()) {
        await copy(join(from, entry.name), target);
        continue;
      }
      const text = await readFile(join(from, entry.name), 'utf8');
      await writeFile(
        target,
        text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole),
      );
      written.push(relative(options.dir, target));
    }
  };
  await copy(source, options.dir);
  return written.sort();
}

/** A valid npm package name from a folder name (`My Shop!` → `my-shop`). */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '');
  return name || 'parley-app';
}

/** This package's version: the @parley/* packages are released with the same number. */
export function ownVersion(packageDir: string): string {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
}
