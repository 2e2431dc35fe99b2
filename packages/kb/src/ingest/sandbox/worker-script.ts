import type { WorkerOptions } from 'node:worker_threads';

/**
 * Where the parse worker's code is. Built packages ship `dist/parse-worker.js` beside
 * `dist/index.js`; from source (tests, `@parley/source`) the `.ts` file runs through
 * tsx, with the same export condition so workspace packages resolve to `src/`.
 */
export function parseWorkerScript(): { script: string | URL; options: WorkerOptions } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { script: new URL('./parse-worker.js', here), options: {} };
  const source = new URL('./parse-worker.ts', here).href;
  return {
    script: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`,
    options: { eval: true, execArgv: ['--conditions=@parley/source'] },
  };
}
