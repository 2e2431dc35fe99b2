import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A freshly initialised PGlite data directory (tar), so test files skip initdb. */
    pgliteTemplate: string;
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Most of opening an in-memory PGlite is initdb. It is run once per PGlite version and
 * the result kept under node_modules/.cache; every test file then loads that copy.
 */
export default async function setup(project: TestProject): Promise<void> {
  const modules = join(here, '..', '..', 'node_modules');
  const { version } = JSON.parse(
    readFileSync(join(modules, '@electric-sql', 'pglite', 'package.json'), 'utf8'),
  ) as { version: string };
  const dir = join(modules, '.cache', 'parley-store-postgres');
  const file = join(dir, `pglite-${version}-initdb.tar`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const db = await PGlite.create();
    const dump = await db.dumpDataDir('none');
    await db.close();
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  project.provide('pgliteTemplate', file);
}
