import { z } from 'zod';

/** Bounds on what one file may cost. Every limit refuses the file with FILE_TOO_LARGE. */
export interface KnowledgeLimits {
  /** Bytes of the uploaded file (default 25 MiB). */
  maxFileBytes: number;
  /** PDF pages (default 1,000). */
  maxPages: number;
  /** Spreadsheet, CSV or JSON records (default 100,000). */
  maxRows: number;
  /** Spreadsheet cells or JSON values (default 2,000,000). */
  maxCells: number;
  /** Sum of the uncompressed sizes inside an XLSX archive (default 200 MiB). */
  maxDecompressedBytes: number;
  /** Files inside an XLSX archive (default 10,000). */
  maxZipEntries: number;
  /** Uncompressed/compressed size of one large archive entry (default 250). */
  maxCompressionRatio: number;
  /** Chunks one document may produce (default 200,000). */
  maxChunks: number;
}

export const defaultLimits: KnowledgeLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxPages: 1000,
  maxRows: 100_000,
  maxCells: 2_000_000,
  maxDecompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxCompressionRatio: 250,
  maxChunks: 200_000,
};

const positive = z.number().int().positive();

export const limitsSchema = z
  .object({
    maxFileBytes: positive,
    maxPages: positive,
    maxRows: positive,
    maxCells: positive,
    maxDecompressedBytes: positive,
    maxZipEntries: positive,
    maxCompressionRatio: z.number().positive(),
    maxChunks: positive,
  })
  .partial()
  .strict();
