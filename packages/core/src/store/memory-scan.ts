import type { Conversation, Message } from '../model/records.js';
import { decodeScanCursor } from './scan-query.js';
import type { SortedList } from './sorted-list.js';
import {
  ANONYMISED_CONTENT,
  type Page,
  type UsageFilter,
  type UsageRecord,
  type UsageTotals,
} from './store.js';

// Orderings, pages and sums the memory store's queries and scans are built from.

const sep = '\u0000';

/** Where a scan resumes: after the cursor's row, else at `since`, else at the start. */
export function startOf<T>(
  list: SortedList<T>,
  cursor: string | undefined,
  since: Date | undefined,
) {
  const after = decodeScanCursor<string>(cursor, 'string');
  if (after) return list.upperBound(after.at, after.tie);
  return since === undefined ? 0 : list.lowerBound(since.getTime());
}

/**
 * One page of a scan. `pick` maps a row to its output, `undefined` to skip it, or
 * `null` to end the scan (past the range). A next cursor is given only when another
 * matching row exists.
 */
export async function page<R, O>(
  rows: Iterable<R>,
  limit: number,
  pick: (row: R) => O | undefined | null,
  cursorOf: (item: O) => string,
): Promise<Page<O>> {
  const items: O[] = [];
  for (const row of rows) {
    const out = pick(row);
    if (out === null) break;
    if (out === undefined) continue;
    if (items.length === limit) return { items, nextCursor: cursorOf(items.at(-1)!) };
    items.push(out);
  }
  return { items };
}

export function isAnonymised(m: Message): boolean {
  return (
    m.content.type === 'unsupported' && m.content.description === ANONYMISED_CONTENT.description
  );
}

/** Newest activity first; ties broken by id (descending) so pages never overlap. */
export function compareActivity(
  a: Pick<Conversation, 'lastActivityAt' | 'id'>,
  b: Pick<Conversation, 'lastActivityAt' | 'id'>,
): number {
  const d = b.lastActivityAt.getTime() - a.lastActivityAt.getTime();
  if (d !== 0) return d;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function usageMatches(u: UsageRecord, f: UsageFilter): boolean {
  if (f.assistantId !== undefined && u.assistantId !== f.assistantId) return false;
  if (f.conversationId !== undefined && u.conversationId !== f.conversationId) return false;
  if (f.since !== undefined && u.at < f.since) return false;
  if (f.until !== undefined && u.at >= f.until) return false;
  return true;
}

export function sumUsage(records: UsageRecord[]): UsageTotals {
  const totals: UsageTotals = { inputTokens: 0, outputTokens: 0, cost: 0, calls: 0 };
  for (const r of records) {
    totals.inputTokens += r.inputTokens;
    totals.outputTokens += r.outputTokens;
    totals.cost += r.cost;
    totals.calls += 1;
  }
  return totals;
}

/** Index of the first message created at or after `time` (list in creation order). */
export function firstAtOrAfter(list: Message[], time: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.createdAt.getTime() < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An index key built with `join`, which yields one flat string; `a + sep + b` makes a
 * cons-string tree that V8 keeps beside its flattened copy once the key is hashed
 * (~250 bytes per conversation across the indexes).
 */
export function flatKey(...parts: string[]): string {
  return parts.join(sep);
}

/** Messages grouped by their conversation's flat key (tenant + conversation id). */
export function groupByConversation(list: readonly Message[]): Map<string, Message[]> {
  const groups = new Map<string, Message[]>();
  for (const m of list) {
    const key = flatKey(m.tenantId, m.conversationId);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(m);
  }
  return groups;
}
