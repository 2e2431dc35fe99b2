import { readFileSync } from 'node:fs';
import { createKnowledgeBase, type KnowledgeBase } from '@parley/kb';

export const fixture = (name: string) =>
  readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url));

/** The shop of the fixtures: a bilingual FAQ (CSV) and a catalogue (Markdown), real files. */
export async function shopKnowledge(tenantId = 'default'): Promise<KnowledgeBase> {
  const kb = createKnowledgeBase({ tenantId });
  await kb.ingest({ name: 'faq-loja.csv', data: fixture('faq-loja.csv') });
  await kb.ingest({ name: 'catalogo.md', data: fixture('catalogo.md') });
  return kb;
}
