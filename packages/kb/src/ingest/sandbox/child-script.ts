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

/** What the parser process may see of the host's environment: where temp files go. */
const PASSED = ['PATH', 'TMPDIR', 'TMP', 'TEMP', 'SYSTEMROOT', 'SystemRoot', 'LANG', 'TZ'];

/**
 * The parser process's environment: none of the host's secrets (API keys, database
 * URLs) and no NODE_OPTIONS, so a parser bug that runs code reading a hostile file finds
 * nothing to steal, and the heap cap is the one set on the command line.
 */
export function parserEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const name of PASSED) if (env[name] !== undefined) out[name] = env[name];
  return out;
}
