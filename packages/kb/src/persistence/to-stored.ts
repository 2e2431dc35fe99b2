import type { Retriever } from '../retrieval/retriever.js';
import type { DocumentInfo } from '../types.js';
import { encodeVector, type StoredChunk, type StoredDocument } from './snapshot.js';

/** A document of the index as saved: its chunks without index structures. */
export function toStored(
  entry: { info: DocumentInfo; embedderId?: string; slots: number[] },
  retriever: Retriever,
): StoredDocument {
  const chunks = entry.slots.map((slot): StoredChunk => {
    const { id: _id, citation, vector, ...rest } = retriever.chunk(slot)!;
    const { documentId: _d, file: _f, ...place } = citation;
    const stored: StoredChunk = { ...rest, citation: place };
    if (vector && entry.embedderId) stored.vector = encodeVector(vector);
    return stored;
  });
  const stored: StoredDocument = {
    documentId: entry.info.documentId,
    file: entry.info.file,
    format: entry.info.format,
    addedAt: entry.info.addedAt,
    chunks,
  };
  if (entry.embedderId) stored.embedderId = entry.embedderId;
  if (entry.info.flagged) stored.flagged = entry.info.flagged;
  return stored;
}
