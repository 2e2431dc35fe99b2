// The plain BM25 baselines of `pnpm bench kb` (MiniSearch, each set with its own fields
// and analysis) answer through the same KnowledgeSource contract as @parley/kb.
import type { KnowledgeHit, KnowledgeSource } from '@parley/kb';
import type MiniSearch from 'minisearch';

/** What a baseline hit says about its document; the rest is filled in here. */
export type BaselineHit = Pick<KnowledgeHit, 'text' | 'question' | 'answer' | 'language'>;

/** `ms` holds `docs` under their index as id; `hit` tells what a found document answers. */
export function bm25Source<T>(
  ms: MiniSearch<T & { id: number }>,
  docs: readonly T[],
  hit: (doc: T) => BaselineHit,
  citation = 'faq',
): KnowledgeSource {
  return {
    async search(query, options) {
      return ms
        .search(query)
        .slice(0, options?.limit ?? 10)
        .map(
          (r): KnowledgeHit => ({
            id: String(r.id),
            kind: 'faq',
            score: r.score,
            signals: { lexical: r.score },
            citation: { documentId: citation, file: citation },
            ...hit(docs[r.id as number]!),
          }),
        );
    },
  };
}
