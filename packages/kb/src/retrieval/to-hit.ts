import { rowSentence } from '../records/row-sentence.js';
import type { KnowledgeHit, Language } from '../types.js';
import type { IndexedChunk } from './indexed-chunk.js';

/** A search hit for a chunk, its answer in the customer's `language` when it is a row. */
export function toHit(
  chunk: IndexedChunk,
  score: number,
  signals: KnowledgeHit['signals'],
  language: Language,
): KnowledgeHit {
  const hit: KnowledgeHit = {
    id: chunk.id,
    kind: chunk.kind,
    text: chunk.text,
    score,
    signals,
    language: chunk.language,
    citation: chunk.citation,
  };
  if (chunk.question !== undefined) hit.question = chunk.question;
  if (chunk.answer !== undefined) hit.answer = chunk.answer;
  // A row reads as a sentence in the customer's language, not as "Harga (Rp): 185000".
  if (chunk.record && chunk.record.length > 0) {
    hit.record = chunk.record;
    hit.answer ??= rowSentence(chunk.record, language);
  }
  return hit;
}
