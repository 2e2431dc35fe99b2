import type { MessageContent, Referral } from '@parley/core';

/** A saved login (JSON): device, cookies and authorization, as the client serialises it. */
export type PrivateSession = Record<string, unknown>;

export interface PrivateUser {
  id: string;
  username: string;
  fullName?: string;
}

/**
 * Where a login stands. `two-factor` and `checkpoint` wait for a code the account
 * owner receives (SMS, e-mail, authenticator); pass it to `submitCode`.
 */
export type PrivateAuthResult =
  | { status: 'logged-in'; user: PrivateUser }
  | { status: 'two-factor'; detail: string; method: 'sms' | 'totp' }
  | { status: 'checkpoint'; detail: string; contactPoint?: string };

/** One item of a direct thread, already translated to Parley content. */
export interface PrivateDirectItem {
  id: string;
  userId: string;
  at: Date;
  /** Undefined for items that carry nothing to answer (action logs, placeholders). */
  content?: MessageContent;
  referral?: Referral;
}

export interface PrivateThread {
  id: string;
  /** The other participants (the account itself excluded). */
  users: PrivateUser[];
  lastActivityAt: Date;
  /** Newest first, as Instagram returns them. */
  items: PrivateDirectItem[];
  /** Cursor of older items, when there are more. */
  olderCursor?: string;
}

export interface PrivateInboxPage {
  /** Most recently active first. */
  threads: PrivateThread[];
  /** Cursor of the next (older) page, when there is one. */
  nextCursor?: string;
}

export interface PrivateMedia {
  /** The media id the API uses (`<pk>_<owner>`). */
  id: string;
  /** Other ids of the same post: numeric pk, shortcode from its URL. */
  aliases: string[];
  takenAt: Date;
}

export interface PrivateComment {
  id: string;
  text: string;
  user: PrivateUser;
  at: Date;
}

/**
 * The calls the private transport needs. The default implementation
 * (`igPrivateClient()`) runs over `instagram-private-api`; tests and other libraries
 * can supply their own. Failures are ParleyErrors: `UNAUTHORIZED` with
 * `details.reason` `login-required` or `challenge`, `RATE_LIMITED`,
 * `CHANNEL_UNAVAILABLE` (network), `CHANNEL_SEND_FAILED` (anything else).
 */
export interface InstagramPrivateClient {
  /** Loads a saved session; resolves with its user, or undefined when it no longer works. */
  restore(session: PrivateSession): Promise<PrivateUser | undefined>;
  login(username: string, password: string): Promise<PrivateAuthResult>;
  /** Completes a two-factor login or a checkpoint with the code the owner received. */
  submitCode(code: string): Promise<PrivateAuthResult>;
  /** The session to save, so a restart needs no new login. */
  exportSession(): Promise<PrivateSession>;
  /** A page of the direct inbox (or of message requests when `pending`). */
  inbox(options: { cursor?: string; pending?: boolean }): Promise<PrivateInboxPage>;
  /** Older items of a thread, newest first. */
  threadItems(
    threadId: string,
    cursor: string,
  ): Promise<{ items: PrivateDirectItem[]; olderCursor?: string }>;
  /** Sends a DM to the user (their 1:1 thread is found or created). */
  sendText(userId: string, text: string): Promise<{ itemId?: string }>;
  /** The account's most recent posts, newest first. */
  recentMedia(count: number): Promise<PrivateMedia[]>;
  /** The newest comments of a post. */
  comments(mediaId: string): Promise<PrivateComment[]>;
  replyToComment(input: {
    mediaId: string;
    commentId: string;
    text: string;
  }): Promise<{ id: string }>;
}
