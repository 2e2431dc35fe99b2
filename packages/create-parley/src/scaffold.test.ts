import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { packageName, scaffold } from './scaffold.js';
import { templates } from './templates.js';

const templatesDir = fileURLToPath(new URL('../templates', import.meta.url));
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'create-parley-'));
  dirs.push(dir);
  return dir;
}

describe('create-parley', () => {
  it.each(Object.keys(templates))(
    'writes the %s template with its name, @parley range and language filled in',
    async (template) => {
      const dir = join(await tempDir(), 'Minha Loja');
      const files = await scaffold({
        dir,
        template: template as keyof typeof templates,
        language: 'pt',
        templatesDir,
        parleyRange: '^1.2.3',
      });
      expect(files).toEqual(
        expect.arrayContaining(['.gitignore', 'README.md', 'package.json', 'tsconfig.json']),
      );
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
      expect(manifest.name).toBe('minha-loja');
      const parley = Object.entries(manifest.dependencies).filter(([name]) =>
        name.startsWith('@parley/'),
      );
      expect(parley.length).toBeGreaterThan(0);
      expect(parley.every(([, range]) => range === '^1.2.3')).toBe(true);
      expect(manifest.scripts).toHaveProperty('start');
      expect(manifest.scripts).toHaveProperty('test');
      for (const file of files) {
        expect(await readFile(join(dir, file), 'utf8')).not.toMatch(/\{\{\w+\}\}/);
      }
    },
  );

  it('fills the shop FAQ language', async () => {
    const dir = join(await tempDir(), 'toko');
    await scaffold({ dir, template: 'shop', language: 'id', templatesDir, parleyRange: '^0.1.0' });
    expect(await readFile(join(dir, 'src', 'faq.ts'), 'utf8')).toContain(
      "export const language = 'id'",
    );
  });

  it('refuses a folder that already has files, and says so', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'keep.txt'), 'mine');
    await expect(
      scaffold({ dir, template: 'shop', language: 'en', templatesDir, parleyRange: '^0.1.0' }),
    ).rejects.toThrow(/already exists and is not empty; pick another folder name/);
  });

  it('makes an npm package name of any folder name', () => {
    expect(packageName('My Shop!')).toBe('my-shop');
    expect(packageName('...')).toBe('parley-app');
  });
});
