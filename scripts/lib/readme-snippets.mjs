// Extracts the marked code blocks of a README so the pack check can typecheck and run
// them against the installed tarballs. A fence's info string says what to do with it:
//
//   ```ts runnable               typecheck, then run to completion (exit code 0)
//   ```ts serve                  typecheck, run until it prints its first line, then stop
//   ```ts check                  typecheck only (needs credentials, a phone, the internet…)
//   ```ts check prelude=desk     … with the names from docs/snippets/desk.ts in scope
//
// Unmarked blocks are prose and left alone. See docs/contributing.md ("README snippets").
import { readFileSync } from 'node:fs';

const MODES = new Set(['runnable', 'serve', 'check']);

/**
 * @typedef {{ file: string, line: number, mode: 'runnable' | 'serve' | 'check', prelude?: string, code: string }} Snippet
 * @returns {Snippet[]}
 */
export function readmeSnippets(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const snippets = [];
  let open;
  lines.forEach((text, index) => {
    const fence = /^(`{3,})(.*)$/.exec(text);
    if (!open) {
      if (!fence) return;
      const [lang, ...words] = fence[2].trim().split(/\s+/);
      const mode = words.find((w) => MODES.has(w));
      const prelude = words.find((w) => w.startsWith('prelude='))?.slice('prelude='.length);
      open = { fence: fence[1], lang, mode, prelude, line: index + 1, body: [] };
      return;
    }
    if (fence && fence[1] === open.fence && fence[2].trim() === '') {
      if (open.mode) {
        if (open.lang !== 'ts') {
          throw new Error(`${file}:${open.line}: only ts blocks can be marked "${open.mode}"`);
        }
        snippets.push({
          file,
          line: open.line,
          mode: open.mode,
          ...(open.prelude && { prelude: open.prelude }),
          code: `${open.body.join('\n')}\n`,
        });
      }
      open = undefined;
      return;
    }
    open.body.push(text);
  });
  if (open) throw new Error(`${file}:${open.line}: code block never closed`);
  return snippets;
}

/** Names a prelude module exports (`export const|let|function|class NAME`, `export { a, b }`). */
export function exportedNames(source) {
  const names = new Set();
  for (const m of source.matchAll(
    /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|var|function|class)\s+([\w$]+)/gm,
  )) {
    names.add(m[1]);
  }
  for (const m of source.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[1].split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}
