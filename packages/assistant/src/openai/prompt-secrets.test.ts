import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Credentials that must never sit in a prompt, a template or an example. */
const secretPatterns: Array<[string, RegExp]> = [
  ['OpenAI or Anthropic key', /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/],
  ['Stripe live key', /\b[sr]k_live_[A-Za-z0-9]{16,}/],
  ['AWS access key id', /\bAKIA[0-9A-Z]{16}\b/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}/],
  ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}/],
  ['Meta access token', /\bEAA[A-Za-z0-9]{60,}/],
  ['private key', /-----BEGIN (?:RSA |EC |OPENSSH |DSA |)PRIVATE KEY-----/],
  ['signed JWT', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
];

function findSecrets(text: string): string[] {
  return secretPatterns.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** Where prompts are written: the assistant's sources, starter templates, examples, guides. */
const promptPlaces = [
  'packages/assistant/src',
  'packages/create-parley/templates',
  'examples',
  'docs',
  'README.md',
];

function* files(path: string): Generator<string> {
  const stat = statSync(path);
  if (stat.isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === '__fixtures__') continue;
    yield* files(join(path, entry));
  }
}

describe('prompts hold no secrets', () => {
  it('P-29: the scanner finds each kind of credential it looks for', () => {
    // Built at run time, so this file holds none of them itself.
    const planted = [
      `sk-proj-${'a1B2'.repeat(8)}`,
      `AKIA${'ABCD2345'.repeat(2)}`,
      `ghp_${'x'.repeat(36)}`,
      `EAA${'G'.repeat(80)}`,
      `-----BEGIN ${'PRIVATE'} KEY-----`,
    ];
    for (const text of planted) expect(findSecrets(`instructions: ${text}`)).not.toEqual([]);
    expect(findSecrets('Use the key in OPENAI_API_KEY; never write it here.')).toEqual([]);
  });

  it('P-29: prompt builders, starter templates, examples and guides hold no key or token', () => {
    const found: string[] = [];
    for (const place of promptPlaces) {
      for (const file of files(join(root, place))) {
        if (!/\.(ts|tsx|js|mjs|json|md|txt|yaml|yml|env\.example)$/.test(file)) continue;
        if (file.endsWith('prompt-secrets.test.ts')) continue;
        for (const name of findSecrets(readFileSync(file, 'utf8')))
          found.push(`${relative(root, file)}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });
});
