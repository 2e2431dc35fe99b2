import type { KnowledgeCitation, MessageCitation } from '@parley/core';

// The knowledge contract lives in core beside `Assistant` (one for every package);
// re-exported here so assistant code keeps one import.
export type {
  KnowledgeCitation,
  KnowledgeHit,
  KnowledgeSearchOptions,
  KnowledgeSource,
} from '@parley/core';

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
