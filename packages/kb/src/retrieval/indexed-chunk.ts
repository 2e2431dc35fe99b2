import { fold, words } from '../analysis/normalize.js';
import type { ChunkContent } from '../loaders/unit.js';
import type { Citation, Language } from '../types.js';

/** A chunk as the retriever keeps it. */
export interface IndexedChunk extends ChunkContent {
  id: string;
  citation: Citation;
  language: Language;
  vector?: Float32Array;
}

/** The folded words of a chunk as written (question, alternatives, body, context). */
export function surfaceWords(chunk: IndexedChunk): string[] {
  const texts = [chunk.question, ...(chunk.alternatives ?? []), chunk.answer ?? chunk.text];
  if (chunk.context) texts.push(chunk.context);
  return texts.flatMap((t) => (t ? words(t).map(fold) : []));
}
