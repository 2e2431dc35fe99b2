import { z } from 'zod';
import type { KnowledgeHit, KnowledgeSearchOptions, KnowledgeSource } from './source.js';

/**
 * The knowledge an assistant answers from: one base, several, or a function choosing
 * them per tenant (one assistant object serving many tenants never searches another
 * tenant's base).
 */
export type KnowledgeOption =
  | KnowledgeSource
  | KnowledgeSource[]
  | ((scope: {
      tenantId: string;
      assistantId: string;
    }) => KnowledgeSource | KnowledgeSource[] | undefined);

const isSource = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as KnowledgeSource).search === 'function';

export const knowledgeOptionSchema = z.custom<KnowledgeOption>(
  (v) => typeof v === 'function' || isSource(v) || (Array.isArray(v) && v.every(isSource)),
  'expected a knowledge base with search() (createKnowledgeBase() from @parley/kb), an array of them, or a function of the tenant',
);

export function resolveKnowledge(
  option: KnowledgeOption | undefined,
  scope: { tenantId: string; assistantId: string },
): KnowledgeSource[] {
  if (!option) return [];
  const value = typeof option === 'function' ? option(scope) : option;
  if (!value) return [];
  // P-32: a base bound to another tenant is dropped here, and every search also
  // carries the tenant so the base itself refuses (sources wrapped by the host).
  return (Array.isArray(value) ? value : [value]).filter(
    (s) => s.tenantId === undefined || s.tenantId === scope.tenantId,
  );
}

/** Searches every source and merges the hits by score, best first. */
export async function searchAll(
  sources: KnowledgeSource[],
  query: string,
  options: KnowledgeSearchOptions & { limit: number; tenantId: string },
): Promise<KnowledgeHit[]> {
  if (sources.length === 0 || query.trim() === '') return [];
  const lists = await Promise.all(sources.map((s) => s.search(query, options)));
  return lists
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit);
}
