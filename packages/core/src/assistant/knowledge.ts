/**
 * The knowledge contract, beside `Assistant`: what an assistant searches. One contract
 * for everyone: `@parley/kb`'s knowledge base implements it (with its richer hits), the
 * assistant package reads it, and a vector database wrapper or a test double fits it.
 */
export interface KnowledgeSource<
  H extends KnowledgeHit = KnowledgeHit,
  O extends KnowledgeSearchOptions = KnowledgeSearchOptions,
> {
  search(query: string, options?: O): Promise<H[]>;
  /** The tenant the source belongs to (P-32): never searched for another tenant. */
  readonly tenantId?: string;
}

export interface KnowledgeSearchOptions {
  limit?: number;
  /** The query's language when known (`en`, `id`, `pt`, `es`). */
  language?: string;
  minScore?: number;
  /** The tenant asking (P-32): a base bound to another tenant answers nothing. */
  tenantId?: string;
  signal?: AbortSignal;
}

/** One retrieved passage: the fields assistants read. */
export interface KnowledgeHit {
  id: string;
  /** `faq` | `example` | `passage` (others are treated as passages). */
  kind: string;
  text: string;
  question?: string;
  /** An FAQ answer or example reply, ready to send. */
  answer?: string;
  /** Relevance in 0..1. */
  score: number;
  /**
   * Evidence behind `score`, when the source gives it. `topicCoverage` (0..1): share of
   * the query's topic words the passage holds (`@parley/kb`); the offline assistant does
   * not answer from a hit that holds too few of them. `offDomain` (0..1): how well the
   * query matches a built-in off-domain message (`@parley/kb`, ADR 0380).
   */
  signals?: { topicCoverage?: number; offDomain?: number };
  /** The hit's language, when the knowledge base says. */
  language?: string;
  citation: KnowledgeCitation;
}

/** Where a passage comes from: file, PDF page, sheet and row, headings, JSON path. */
export interface KnowledgeCitation {
  documentId?: string;
  file: string;
  page?: number;
  sheet?: string;
  row?: number;
  headingPath?: string[];
  path?: string;
}
