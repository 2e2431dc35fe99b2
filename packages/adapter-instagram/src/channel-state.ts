import type { KeyValue } from '@parley/core';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Meta lets a business answer a comment privately within 7 days of it. */
export const PRIVATE_REPLY_WINDOW_MS = 7 * DAY_MS;
/** A human agent's reply (Meta's `HUMAN_AGENT` tag) may go out 7 days after the customer's last message. */
export const HUMAN_AGENT_WINDOW_MS = 7 * DAY_MS;

/** The latest comment of a person that may still get its one private reply. */
export interface PendingComment {
  commentId: string;
  postId: string;
  at: number;
}

/**
 * What the adapter remembers per channel, in the channel's private key-value space:
 * reply windows, comments awaiting their private reply, own comments, cursors.
 * One-time claims (one DM per commenter) go through `ctx.claim`, atomic in the store.
 */
export interface ChannelState {
  noteDirectMessage(user: string, at: Date): Promise<void>;
  /** When the person last wrote a DM (epoch ms), if ever seen. */
  lastDirectMessage(user: string): Promise<number | undefined>;
  notePendingComment(user: string, comment: PendingComment): Promise<void>;
  pendingComment(user: string): Promise<PendingComment | undefined>;
  markPrivatelyReplied(commentId: string): Promise<void>;
  privatelyReplied(commentId: string): Promise<boolean>;
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
