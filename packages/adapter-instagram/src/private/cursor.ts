/**
 * A high-water mark over a time-ordered feed: the newest time handled, and the ids
 * handled at exactly that time (several items can share a timestamp).
 */
export interface Cursor {
  since: number;
  seen: string[];
}

export function isNew(cursor: Cursor, at: Date, id: string): boolean {
  const t = at.getTime();
  return t > cursor.since || (t === cursor.since && !cursor.seen.includes(id));
}

export function advance(cursor: Cursor, at: Date, id: string): Cursor {
  const t = at.getTime();
  if (t > cursor.since) return { since: t, seen: [id] };
  if (t === cursor.since && !cursor.seen.includes(id))
    return { since: t, seen: [...cursor.seen, id] };
  return cursor;
}

/** Oldest first, ties by id, so a feed is replayed in the order it happened. */
export function byTime<T extends { at: Date; id: string }>(a: T, b: T): number {
  return a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
