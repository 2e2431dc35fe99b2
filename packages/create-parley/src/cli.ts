// `npm create parley@latest [folder] [-- --template shop|whatsapp|agency] [--lang en|id|pt]`
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ownVersion, scaffold } from './scaffold.js';
import {
  isLanguage,
  isTemplate,
  type Language,
  languages,
  type TemplateName,
  templates,
} from './templates.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const usage = `Usage: npm create parley@latest [folder] -- [--template <name>] [--lang <${languages.join('|')}>]

Templates:
${Object.entries(templates)
  .map(([name, what]) => `  ${name.padEnd(9)} ${what}`)
  .join('\n')}`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      template: { type: 'string', short: 't' },
      lang: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const ask = process.stdin.isTTY
    ? createInterface({ input: process.stdin, output: process.stdout })
    : undefined;
  try {
    const folder =
      positionals[0] ?? (await ask?.question('Project folder (my-parley): '))?.trim() ?? '';
    const template =
      values.template ??
      (await ask?.question(`Template (${Object.keys(templates).join(', ')}) [shop]: `))?.trim() ??
      '';
    const picked: string = template || 'shop';
    if (!isTemplate(picked)) {
      console.error(`create-parley: no template "${picked}".\n\n${usage}`);
      return 2;
    }
    const lang: string =
      values.lang ??
      (picked === 'shop'
        ? ((await ask?.question(`Language (${languages.join(', ')}) [en]: `))?.trim() ?? '')
        : '') ??
      '';
    const language: string = lang || 'en';
    if (!isLanguage(language)) {
      console.error(
        `create-parley: no language "${language}"; use one of ${languages.join(', ')}.`,
      );
      return 2;
    }
    return await create(resolve(folder || 'my-parley'), picked, language);
  } finally {
    ask?.close();
  }
}

async function create(dir: string, template: TemplateName, language: Language): Promise<number> {
  const version = ownVersion(packageDir);
  await scaffold({
    dir,
    template,
    language,
    templatesDir: join(packageDir, 'templates'),
    parleyRange: `^${version}`,
  });
  const cd = resolve(dir) === process.cwd() ? '' : `  cd ${dir}\n`;
  console.log(
    `\nCreated a Parley ${template} project in ${dir}\n\nNext:\n${cd}  npm install\n  npm test\n  npm start\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
