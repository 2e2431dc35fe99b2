import { ParleyError } from '../errors.js';
import type { Conversation } from '../model/records.js';
import type { InboxQuery } from './store.js';

/** Shared by every store so filters mean the same everywhere. */
export function matchesInbox(conv: Conversation, q: InboxQuery): boolean {
  if (q.view === 'unread' && conv.unreadCount <= 0) return false;
  if (q.view === 'solved' && conv.status !== 'solved') return false;
  if (q.status && !q.status.includes(conv.status)) return false;
  if (q.channelId !== undefined && conv.channelId !== q.channelId) return false;
  if (q.label !== undefined && !conv.labels.includes(q.label)) return false;
  if (q.handler !== undefined && conv.handler !== q.handler) return false;
  if (q.assigneeId !== undefined && conv.assigneeId !== q.assigneeId) return false;
  if (q.teamId !== undefined && conv.teamId !== q.teamId) return false;
  return true;
}

export function normaliseLimit(limit: number | undefined): number {
  if (limit === undefined) return 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    throw new ParleyError(
      'INPUT_INVALID',
      `Inbox limit must be an integer from 1 to 200, got ${limit}.`,
    );
  }
  return limit;
}

/** Cursors carry the last row's sort key: activity time and id. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.getTime(), id])).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
): { lastActivityAt: Date; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [t, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      number,
      string,
    ];
    if (typeof t !== 'number' || typeof id !== 'string') throw new Error('shape');
    return { lastActivityAt: new Date(t), id };
  } catch {
    throw new ParleyError(
      'INPUT_INVALID',
      'Inbox cursor is not one this store issued; pass `nextCursor` from the previous page unchanged.',
    );
  }
}
