import type { KnowledgeLimits } from '../limits.js';
import type { FileFormat, HitKind, Language, RecordField } from '../types.js';

/** What a unit or chunk says, at every stage from loader to index. */
export interface ChunkContent {
  kind: HitKind;
  text: string;
  /** Indexed beside the text with a lower weight: sheet, title rows, headings, JSON path. */
  context?: string;
  question?: string;
  answer?: string;
  /** Other phrasings of the question, matched like it. */
  alternatives?: string[];
  /** A table row's cells by header (rows of a table with a header row). */
  record?: RecordField[];
}

/** One piece of a loaded file, before chunking. */
export interface LoadedUnit extends ChunkContent {
  page?: number;
  sheet?: string;
  row?: number;
  headingPath?: string[];
  path?: string;
  /** Records, FAQ pairs and examples stay whole; prose is split into chunks. */
  atomic: boolean;
  language?: Language;
  /** P-38: why a reader of the file does not see this text (white, tiny, invisible). */
  hidden?: string;
}

export interface LoadedFile {
  format: FileFormat;
  units: LoadedUnit[];
}

/** What every loader is given. */
export interface LoadContext {
  file: string;
  limits: KnowledgeLimits;
  signal?: AbortSignal;
  /** Reports `done` of `total` units of parsing (pages, rows). */
  progress(done: number, total: number): void;
}
