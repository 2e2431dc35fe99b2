import { detectLanguage } from '../analysis/analyzer.js';
import { chunkUnits } from '../chunking/chunk.js';
import { embedAll } from '../embedder/embed-all.js';
import { assertWithin, fileError } from '../errors.js';
import type { LoadedFile } from '../loaders/unit.js';
import type { ResolvedOptions } from '../options.js';
import { encodeVector, type StoredChunk, type StoredDocument } from '../persistence/snapshot.js';
import type { FlaggedPassage, IngestOptions, IngestProgress } from '../types.js';
import { suspicionOf } from './suspicious-text.js';

/**
 * Turns a loaded file into the document the index and the store keep: chunks with their
 * language (given, or told from the text) and, with an embedder, their vectors. An
 * embedder that fails leaves the document lexical-only rather than failing ingestion.
 */
export async function prepareDocument(input: {
  documentId: string;
  file: string;
  loaded: LoadedFile;
  ingest: IngestOptions;
  options: ResolvedOptions;
  progress: (phase: IngestProgress['phase'], done: number, total: number) => void;
}): Promise<StoredDocument> {
  const { documentId, file, loaded: loadedFile, ingest, options: o, progress } = input;
  const drafts = chunkUnits(loadedFile.units, o.chunking);
  if (drafts.length === 0) {
    throw fileError(
      'FILE_INVALID',
      file,
      'no text was found in it',
      'Check that the file has content and upload it again.',
    );
  }
  assertWithin(file, o.limits, 'maxChunks', drafts.length, 'the number of chunks it makes');
  const sample = drafts
    .slice(0, 200)
    .map((d) => d.text)
    .join('\n');
  const documentLanguage = ingest.language ?? detectLanguage(sample, o.languages);
  const chunks: StoredChunk[] = drafts.map((d) => ({
    ...d,
    language:
      d.language ??
      ingest.language ??
      detectLanguage(d.question ?? d.text, o.languages, documentLanguage),
  }));
  // P-38: passages hidden in the file (white or tiny PDF text) or that read as
  // instructions stay out of the index until reviewed.
  const flagged: FlaggedPassage[] = [];
  const kept = ingest.reviewed
    ? chunks
    : chunks.filter((c) => {
        const suspicion = suspicionOf(c.text);
        const reason =
          c.hidden && suspicion ? `${c.hidden}; ${suspicion}` : (c.hidden ?? suspicion);
        if (reason) flagged.push({ text: c.text, reason, citation: c.citation });
        return !reason;
      });
  const stored: StoredDocument = {
    documentId,
    file,
    format: loadedFile.format,
    addedAt: o.clock.now().toISOString(),
    chunks: kept,
    ...(flagged.length > 0 && { flagged }),
  };
  if (o.embedder) {
    try {
      const vectors = await embedAll(o.embedder, chunks.map(embeddingText), {
        signal: ingest.signal,
        onBatch: (done, total) => progress('embed', done, total),
      });
      vectors.forEach((v, i) => {
        chunks[i]!.vector = encodeVector(v);
      });
      stored.embedderId = o.embedder.id;
    } catch (error) {
      // Lexical search still works: index now, report the degraded document.
      o.logger.warn('kb: embedding failed; the document is searched lexically only', {
        documentId,
        error: (error as Error).message,
      });
      for (const c of chunks) delete c.vector;
    }
  }
  return stored;
}

/** What gets embedded: the passage with its context (an FAQ's text holds question and answer). */
function embeddingText(chunk: StoredChunk): string {
  return [chunk.context, chunk.text].filter(Boolean).join('\n');
}
