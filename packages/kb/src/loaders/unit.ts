import type { KnowledgeLimits } from '../limits.js';
import type { FileFormat, HitKind, Language } from '../types.js';

/** One piece of a loaded file, before chunking. */
export interface LoadedUnit {
  kind: HitKind;
  text: string;
  /** Indexed beside the text with a lower weight: sheet, title rows, JSON path. */
  context?: string;
  question?: string;
  answer?: string;
  alternatives?: string[];
  page?: number;
  sheet?: string;
  row?: number;
  headingPath?: string[];
  path?: string;
  /** Records, FAQ pairs and examples stay whole; prose is split into chunks. */
  atomic: boolean;
  language?: Language;
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
