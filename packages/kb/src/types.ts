import type { KnowledgeSource as CoreKnowledgeSource } from '@parley/core';
/** A language the analysers know: English, Indonesian, Portuguese, Spanish. */
export type Language = 'en' | 'id' | 'pt' | 'es';

/** Every language with an analyser, in the order used when nothing else decides. */
export const languages: readonly Language[] = ['en', 'id', 'pt', 'es'];

/** One cell of a spreadsheet or CSV row: its column's header and the text the cell shows. */
export interface RecordField {
  name: string;
  value: string;
}

/** Where a passage came from, precise enough to show the customer or an operator. */
export interface Citation {
  documentId: string;
  /** The uploaded file's name, or the document's title for text added directly. */
  file: string;
  /** 1-based PDF page. */
  page?: number;
  /** Excel sheet name. */
  sheet?: string;
  /** 1-based row in the sheet or CSV file (the header row counts). */
  row?: number;
  /** Markdown headings above the passage, outermost first. */
  headingPath?: string[];
  /** JSON path of the record, e.g. `products[3]`. */
  path?: string;
}

/**
 * `faq`: a question/answer pair (`question` and `answer` set). `example`: a customer
 * message and the reply given in an example conversation (`question`, `answer`).
 * `passage`: a piece of a document.
 */
export type HitKind = 'faq' | 'example' | 'passage';

/** One retrieved passage. */
export interface KnowledgeHit {
  /** Stable id of the chunk (`<documentId>#<n>`). */
  id: string;
  kind: HitKind;
  /** The passage as indexed (for an FAQ: question and answer). */
  text: string;
  /** The FAQ's or example's question. */
  question?: string;
  /**
   * The FAQ's answer or the example's reply, ready to send. For a spreadsheet or CSV
   * row: the row as a sentence in the query's language, prices in their currency's
   * format ("Mochila Urbana: R$ 199,90, 24 em estoque").
   */
  answer?: string;
  /** A spreadsheet or CSV row's cells by header, as the sheet shows them. */
  record?: RecordField[];
  /**
   * Relevance in 0..1; hits are sorted by it. Without an embedder it equals
   * `signals.lexical`; with one it is the reciprocal-rank fusion of the lexical and
   * vector rankings (1 = first in both).
   */
  score: number;
  /** The evidence behind `score`, for thresholds ("no answer" detection). */
  signals: {
    /**
     * 0..1, comparable across queries: about the share of the query's words (weighted
     * by rarity) found in the passage, raised by FAQ question similarity.
     */
    lexical: number;
    /** Cosine similarity of query and passage vectors, when an embedder ran. */
    vector?: number;
    /**
     * Share of the query's content words (its stop words aside) this passage holds,
     * unweighted: "do you sell laptops" against "Do you sell wholesale?" is 0.5. An
     * out-of-scope question usually leaves its subject uncovered.
     */
    coverage?: number;
    /**
     * Share of the query's topic words this passage holds: content words other than
     * light ones ("sell", "tem", "kak") and details (numbers, a place after "to"/"ke"/
     * "pra"). "do you sell laptops" against "Do you sell wholesale?" is 0: the entry
     * matched the request, not its subject. Absent when the query has no topic word.
     */
    topicCoverage?: number;
    /**
     * The entry classifier's probability of this FAQ entry (0..1), when the base has
     * several phrasings per entry and the classifier ran; `lexical` already blends it in.
     */
    classifier?: number;
    /**
     * The best score the query reaches among the built-in off-domain messages (the
     * out-of-scope class, ADR 0380), in a single-phrasing FAQ base without vectors.
     */
    offDomain?: number;
  };
  /** The passage's language (given at ingestion or detected). */
  language: Language;
  citation: Citation;
}

/** Options of one search. */
export interface SearchOptions {
  /** Maximum hits (default 5, at most 50). */
  limit?: number;
  /** The query's language; detected from the query among the base's languages when absent. */
  language?: Language;
  /** Only hits of these kinds. */
  kinds?: HitKind[];
  /** Hits below this score are dropped (default 0). */
  minScore?: number;
  /** The tenant asking (P-32): a base bound to another tenant returns no hits. */
  tenantId?: string;
  signal?: AbortSignal;
}

/** What an assistant needs from a knowledge base: core's contract, with this package's hits. */
export type KnowledgeSource = CoreKnowledgeSource<KnowledgeHit, SearchOptions>;

/** A file handed to `ingest`. */
export interface KnowledgeFile {
  /** File name as uploaded; used in citations and as the default document id. */
  name: string;
  /** Raw bytes, or already-decoded text. */
  data: Uint8Array | string;
  /** A MIME type or extension hint; the content decides when they disagree. */
  type?: string;
}

/** What a file is read as. `auto` decides from the content. */
export type IngestAs = 'auto' | 'document' | 'faq' | 'conversations';

/** Progress of one ingestion: `done` of `total` units (pages, rows, chunks, batches). */
export interface IngestProgress {
  documentId: string;
  file: string;
  phase: 'parse' | 'index' | 'embed';
  done: number;
  total: number;
}

export interface IngestOptions {
  /** Replaces the document with this id if present (default: the file name). */
  documentId?: string;
  as?: IngestAs;
  /** The document's language; detected per passage when absent. */
  language?: Language;
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
  /**
   * A person reviewed this file (P-38): passages that read as instructions are indexed
   * instead of being held back in `DocumentInfo.flagged`.
   */
  reviewed?: boolean;
}

/** A passage held out of answers until reviewed (P-38), with where it came from. */
export interface FlaggedPassage {
  text: string;
  reason: string;
  citation: Omit<Citation, 'documentId' | 'file'>;
}

/** The detected format of an ingested file. */
export type FileFormat =
  | 'pdf'
  | 'xlsx'
  | 'csv'
  | 'json'
  | 'markdown'
  | 'text'
  | 'faq'
  | 'conversations';

/** A document as listed by `documents()`. */
export interface DocumentInfo {
  documentId: string;
  file: string;
  format: FileFormat;
  chunks: number;
  /** Vectors computed for every chunk (false without embedder or when it failed). */
  embedded: boolean;
  addedAt: string;
  /** Passages held back because they read as instructions (P-38); re-ingest with `reviewed: true` once checked. */
  flagged?: FlaggedPassage[];
}

/** A question/answer pair for `addFaq`. */
export interface FaqPair {
  question: string;
  answer: string;
  /** More ways customers ask the same thing; each matches like the question. */
  alternatives?: string[];
  language?: Language;
}
