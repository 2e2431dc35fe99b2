import { ParleyError } from '../errors.js';
import type { MessageSelector, TimeRange } from './store.js';

// Shared by every store so scan pages and selectors mean the same everywhere (IN7, IN8).

export function normaliseScanLimit(limit: number | undefined): number {
  if (limit === undefined) return 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new ParleyError(
      'INPUT_INVALID',
      `Scan limit must be an integer from 1 to 1000, got ${limit}.`,
    );
  }
  return limit;
}

/** A scan cursor: the last row's sort key, a time and a tie-breaker (an id or an ordinal). */
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

/** True when `at` lies in the range (`since` inclusive, `until` exclusive). */
export function inRange(at: Date, range: TimeRange): boolean {
  if (range.since !== undefined && at < range.since) return false;
  if (range.until !== undefined && at >= range.until) return false;
  return true;
}

/** Refuses a selector that would match every message of the tenant. */
export function checkSelector(selector: MessageSelector): void {
  if (selector.before === undefined && selector.conversationId === undefined) {
    throw new ParleyError(
      'INPUT_INVALID',
      'A message selector needs `before` (a date) or `conversationId`; it never means every message.',
    );
  }
}
