import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKnowledgeBase, type DocumentInfo, type KnowledgeBase } from '@parley/kb';

/** The sample files shipped with the example: a PDF catalogue, a price list, the FAQ (en, pt, id). */
export const sampleKnowledgeDir = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** One line of progress per file, so a slow PDF does not look like a hung start. */
export type KnowledgeProgress = (event: {
  file: string;
  index: number;
  total: number;
  /** Set once the file is read; absent when it is about to start. */
  document?: DocumentInfo;
  ms?: number;
}) => void;

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  documents: DocumentInfo[];
}

/**
 * Ingests every file of the given folders (the samples, plus `KNOWLEDGE_DIR` when the
 * visitor of the demo brings their own). A file the knowledge base refuses stops the
 * start with its message, which says what is wrong with it.
 */
export async function loadKnowledge(
  dirs: string[],
  onProgress: KnowledgeProgress = () => {},
): Promise<LoadedKnowledge> {
  const kb = createKnowledgeBase({ languages: ['en', 'pt', 'id'] });
  const documents: DocumentInfo[] = [];
  const files: { dir: string; name: string }[] = [];
  for (const dir of dirs) {
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    files.push(...names.map((name) => ({ dir, name })));
  }
  for (const [index, { dir, name }] of files.entries()) {
    const total = files.length;
    onProgress({ file: name, index, total });
    const started = performance.now();
    const data = new Uint8Array(await readFile(join(dir, name)));
    const document = await kb.ingest({ name, data });
    documents.push(document);
    onProgress({ file: name, index, total, document, ms: performance.now() - started });
  }
  return { kb, documents };
}
