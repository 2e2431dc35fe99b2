import { ParleyError } from '@parley/core';

// Scan paging shared with the memory store's semantics (IN7, IN8): limits 1–1000
// (default 200) and opaque cursors carrying the last row's (time, tie-breaker).

/** A page size, checked: `what` names the query in the error ("Inbox", "Scan"). */
export function pageLimit(
  limit: number | undefined,
  fallback: number,
  max: number,
  what: string,
): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new ParleyError(
      'INPUT_INVALID',
      `${what} limit must be an integer from 1 to ${max}, got ${limit}.`,
    );
  }
  return limit;
}

export const scanLimit = (limit: number | undefined) => pageLimit(limit, 200, 1000, 'Scan');

export function encodeScanCursor(at: number, tie: string | number): string {
  return Buffer.from(JSON.stringify([at, tie])).toString('base64url');
}

export function decodeScanCursor<T extends string | number>(
  cursor: string | undefined,
  tie: 'string' | 'number',
): { at: number; tie: T } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [at, t] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      unknown,
      unknown,
    ];
    if (typeof at !== 'number' || typeof t !== tie) throw new Error('shape');
    return { at, tie: t as T };
  } catch {
    throw new ParleyError(
      'INPUT_INVALID',
      'Scan cursor is not one this store issued; pass `nextCursor` from the previous page unchanged.',
    );
  }
}

/** The messages a retention change touches; never "all of them". */
export interface MessageSelector {
  before?: Date;
  channelId?: string;
  conversationId?: string;
}

export function checkSelector(selector: MessageSelector): void {
  if (selector.before === undefined && selector.conversationId === undefined) {
    throw new ParleyError(
      'INPUT_INVALID',
      'A message selector needs `before` (a date) or `conversationId`; it never means every message.',
    );
  }
}

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
