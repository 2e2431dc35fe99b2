import type { MessageCitation } from '@parley/core';
/**
 * The part of a knowledge base an assistant uses: `search`. Structural on purpose, so
 * `createKnowledgeBase()` from `@parley/kb`, a vector database wrapper or a test double
 * all fit without this package depending on one of them.
 */
export interface KnowledgeSource {
  search(query: string, options?: KnowledgeSearchOptions): Promise<KnowledgeHit[]>;
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

/** One retrieved passage; the fields `@parley/kb` returns that assistants read. */
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
  /** The hit's language, when the knowledge base says. */
  language?: string;
  citation: KnowledgeCitation;
}

export interface KnowledgeCitation {
  documentId?: string;
  file: string;
  page?: number;
  sheet?: string;
  row?: number;
  headingPath?: string[];
  path?: string;
}

/** `"prices.pdf, p. 3"`, `"catalogue.xlsx, Sheet1 row 12"`, `"faq.csv, row 4"`. */
export function describeCitation(c: KnowledgeCitation): string {
  const parts: string[] = [];
  if (c.page !== undefined) parts.push(`p. ${c.page}`);
  if (c.sheet !== undefined) parts.push(c.sheet);
  if (c.row !== undefined) parts.push(`row ${c.row}`);
  if (c.headingPath && c.headingPath.length > 0) parts.push(c.headingPath.join(' > '));
  if (c.path !== undefined) parts.push(c.path);
  return parts.length > 0 ? `${c.file}, ${parts.join(' ')}` : c.file;
}

/** The sources of an answer as the message carries them (AI3): `message.citations`. */
export function messageCitations(
  cited: ReadonlyArray<{ ref: string; hitId: string; score: number; citation: KnowledgeCitation }>,
): MessageCitation[] {
  return cited.map(({ ref, hitId, score, citation }) => ({ ref, hitId, score, ...citation }));
}
