import { readFileSync } from 'node:fs';
import { getResolvedPDFJS } from 'unpdf';
import { describe, expect, it } from 'vitest';

/** The workspace lockfile: every package any Parley package installs. */
const lockfile = readFileSync(new URL('../../../../pnpm-lock.yaml', import.meta.url), 'utf8');

const newer = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! > y![i]!;
  return true;
};

describe('parser dependencies', () => {
  it('P-37: no SheetJS (xlsx) anywhere in the lockfile, and pdf.js is at least 4.2.67 (CVE-2024-4367)', async () => {
    // A package entry is `xlsx@<version>` at the start of a key, or `/xlsx@` in older formats.
    expect(lockfile).not.toMatch(/(^|\s|\/)'?xlsx@\d/m);
    expect(lockfile).toMatch(/unpdf@/); // the check reads the lockfile it thinks it reads
    const { version } = await getResolvedPDFJS();
    expect(newer(version, '4.2.67'), `pdf.js ${version}`).toBe(true);
  });
});
