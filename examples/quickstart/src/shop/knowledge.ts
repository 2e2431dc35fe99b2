import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKnowledgeBase, type DocumentInfo, type KnowledgeBase } from '@parley/kb';

/** The sample files shipped with the example: a PDF catalogue, a price list, the FAQ (en, pt, id). */
export const sampleKnowledgeDir = fileURLToPath(new URL('../../knowledge/', import.meta.url));

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  documents: DocumentInfo[];
}

/**
 * Ingests every file of the given folders (the samples, plus `KNOWLEDGE_DIR` when the
 * visitor of the demo brings their own). A file the knowledge base refuses stops the
 * start with its message, which says what is wrong with it.
 */
export async function loadKnowledge(dirs: string[]): Promise<LoadedKnowledge> {
  const kb = createKnowledgeBase({ languages: ['en', 'pt', 'id'] });
  const documents: DocumentInfo[] = [];
  for (const dir of dirs) {
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      const data = new Uint8Array(await readFile(join(dir, name)));
      documents.push(await kb.ingest({ name, data }));
    }
  }
  return { kb, documents };
}
