import { z } from 'zod';
import type { ChunkDraft } from '../chunking/chunk.js';
import type { FileFormat, FlaggedPassage, HitKind, Language } from '../types.js';

/** A chunk as saved: no index structures, so restoring never re-parses the file. */
export interface StoredChunk extends Omit<ChunkDraft, 'language'> {
  language: Language;
  /** Little-endian float32 vector, base64. */
  vector?: string;
}

/** One document as saved in a snapshot or a `KeyValue` store. */
export interface StoredDocument {
  documentId: string;
  file: string;
  format: FileFormat;
  addedAt: string;
  /** The `Embedder.id` that made the vectors, when there are any. */
  embedderId?: string;
  chunks: StoredChunk[];
  /** Passages held out of the index until reviewed (P-38). */
  flagged?: FlaggedPassage[];
}

/** A whole knowledge base, JSON-serialisable. */
export interface KnowledgeSnapshot {
  format: 'parley-kb';
  version: 1;
  id: string;
  tenantId: string;
  documents: StoredDocument[];
}

const kinds = ['faq', 'example', 'passage'] as const satisfies readonly HitKind[];
const language = z.enum(['en', 'id', 'pt', 'es']);

const chunkSchema = z.object({
  kind: z.enum(kinds),
  text: z.string(),
  context: z.string().optional(),
  question: z.string().optional(),
  answer: z.string().optional(),
  alternatives: z.array(z.string()).optional(),
  record: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  citation: z.object({
    page: z.number().int().optional(),
    sheet: z.string().optional(),
    row: z.number().int().optional(),
    headingPath: z.array(z.string()).optional(),
    path: z.string().optional(),
  }),
  language,
  vector: z.string().optional(),
});

export const storedDocumentSchema = z.object({
  documentId: z.string().min(1),
  file: z.string(),
  format: z.enum(['pdf', 'xlsx', 'csv', 'json', 'markdown', 'text', 'faq', 'conversations']),
  addedAt: z.string(),
  embedderId: z.string().optional(),
  chunks: z.array(chunkSchema),
  flagged: z
    .array(z.object({ text: z.string(), reason: z.string(), citation: chunkSchema.shape.citation }))
    .optional(),
});

export const snapshotSchema = z.object({
  format: z.literal('parley-kb'),
  version: z.literal(1),
  id: z.string(),
  tenantId: z.string(),
  documents: z.array(storedDocumentSchema),
});

export function encodeVector(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
}

export function decodeVector(encoded: string): Float32Array {
  const bytes = Buffer.from(encoded, 'base64');
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}
