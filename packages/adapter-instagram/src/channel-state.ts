import type { KeyValue } from '@parley/core';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Meta lets a business answer a comment privately within 7 days of it. */
export const PRIVATE_REPLY_WINDOW_MS = 7 * DAY_MS;

/** The latest comment of a person that may still get its one private reply. */
export interface PendingComment {
  commentId: string;
  postId: string;
  at: number;
}

/**
 * What the adapter remembers per channel, in the channel's private key-value space:
 * reply windows, comments awaiting their private reply, one-time claims, cursors.
 */
export interface ChannelState {
  noteDirectMessage(user: string, at: Date): Promise<void>;
  /** When the person last wrote a DM (epoch ms), if ever seen. */
  lastDirectMessage(user: string): Promise<number | undefined>;
  notePendingComment(user: string, comment: PendingComment): Promise<void>;
  pendingComment(user: string): Promise<PendingComment | undefined>;
  markPrivatelyReplied(commentId: string): Promise<void>;
  privatelyReplied(commentId: string): Promise<boolean>;
  /** True the first time `key` is claimed; kept `ttlMs` (default: a year). */
  claim(key: string, ttlMs?: number): Promise<boolean>;
  noteOwnComment(commentId: string): Promise<void>;
  isOwnComment(commentId: string): Promise<boolean>;
  /** 0, 1, 2, ... per `key`: picks the next reply of a list in turn. */
  nextTurn(key: string): Promise<number>;
  readonly kv: KeyValue;
}

export function channelState(kv: KeyValue): ChannelState {
  return {
    kv,
    async noteDirectMessage(user, at) {
      const key = `window:${user}`;
      const previous = await kv.get<number>(key);
      if (previous === undefined || at.getTime() > previous) await kv.set(key, at.getTime());
    },
    lastDirectMessage: (user) => kv.get<number>(`window:${user}`),
    async notePendingComment(user, comment) {
      if (await this.privatelyReplied(comment.commentId)) return;
      await kv.set(`comment:${user}`, comment, { ttlMs: PRIVATE_REPLY_WINDOW_MS });
    },
    pendingComment: (user) => kv.get<PendingComment>(`comment:${user}`),
    markPrivatelyReplied: (commentId) =>
      kv.set(`replied:${commentId}`, true, { ttlMs: PRIVATE_REPLY_WINDOW_MS + DAY_MS }),
    async privatelyReplied(commentId) {
      return (await kv.get(`replied:${commentId}`)) === true;
    },
    // Not atomic across processes: the desk serialises one commenter's turns in a
    // process; a store-level claim on the channel context would close the gap.
    async claim(key, ttlMs = 365 * DAY_MS) {
      const full = `claim:${key}`;
      if ((await kv.get(full)) !== undefined) return false;
      await kv.set(full, true, { ttlMs });
      return true;
    },
    noteOwnComment: (commentId) =>
      kv.set(`own:${commentId}`, true, { ttlMs: PRIVATE_REPLY_WINDOW_MS + DAY_MS }),
    async isOwnComment(commentId) {
      return (await kv.get(`own:${commentId}`)) === true;
    },
    async nextTurn(key) {
      const full = `turn:${key}`;
      const n = (await kv.get<number>(full)) ?? 0;
      await kv.set(full, n + 1);
      return n;
    },
  };
}
