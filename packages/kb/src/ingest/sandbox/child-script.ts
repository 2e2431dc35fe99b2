import { fileURLToPath } from 'node:url';

/**
 * Where the parser process's code is, and how to start it. Built packages ship
 * `dist/parse-child.js` beside `dist/index.js`; from source (tests, `@parley/source`)
 * the `.ts` file runs through tsx, with the same export condition so workspace packages
 * resolve to `src/`.
 */
export function parseChildScript(): { modulePath: string; execArgv: string[] } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    return { modulePath: fileURLToPath(new URL('./parse-child.js', here)), execArgv: [] };
  }
  return {
    modulePath: fileURLToPath(new URL('./parse-child.ts', here)),
    execArgv: ['--import', 'tsx', '--conditions=@parley/source'],
  };
}
