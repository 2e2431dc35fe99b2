// Scan paging and selectors come from @parley/core/internal so every store means the same
// limits (1–1000, default 200), cursors and retention selectors as the memory store.
export type { MessageSelector } from '@parley/core';
export {
  checkSelector,
  decodeScanCursor,
  encodeScanCursor,
  normaliseLimit as inboxLimit,
  normaliseScanLimit as scanLimit,
} from '@parley/core/internal';

/** Builds `$n` placeholders and a WHERE list as a query grows. */
export function whereBuilder(first: unknown[]) {
  const params = [...first];
  const where: string[] = [];
  return {
    params,
    where,
    p(value: unknown) {
      params.push(value);
      return `$${params.length}`;
    },
    sql: () => where.join(' AND '),
  };
}
