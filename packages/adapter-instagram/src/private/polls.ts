import type { TransportContext } from '../transport.js';
import type {
  InstagramPrivateClient,
  PrivateDirectItem,
  PrivateThread,
  PrivateUser,
} from './client.js';
import { advance, byTime, type Cursor, isNew } from './cursor.js';

/** Bounds one poll's paging, so a huge backlog cannot stall the loop. */
const MAX_INBOX_PAGES = 5;
const MAX_THREAD_PAGES = 5;

export interface PollContext {
  t: TransportContext;
  client: InstagramPrivateClient;
  self: PrivateUser;
  /** Start of history: nothing older than the channel's first login is imported. */
  origin: number;
}

async function loadCursor(p: PollContext, key: string): Promise<Cursor> {
  return (await p.t.state.kv.get<Cursor>(key)) ?? { since: p.origin, seen: [] };
}

/**
 * Reads the direct inbox (or message requests) newest first, down to the cursor,
 * and hands every new item from a customer to the engine, oldest first. The cursor
 * moves past each item once it is accepted, so a failure resumes where it stopped.
 */
export async function pollInbox(p: PollContext, requests: boolean): Promise<void> {
  const key = requests ? 'cursor:requests' : 'cursor:inbox';
  let cursor = await loadCursor(p, key);
  const fresh: Array<{ item: PrivateDirectItem; thread: PrivateThread }> = [];
  let pageCursor: string | undefined;
  let pages = 0;
  do {
    const page = await p.client.inbox({
      pending: requests,
      ...(pageCursor && { cursor: pageCursor }),
    });
    for (const thread of page.threads) {
      if (thread.lastActivityAt.getTime() < cursor.since) continue;
      let items = thread.items;
      let older = thread.olderCursor;
      for (let n = 0; ; n++) {
        for (const item of items) if (isNew(cursor, item.at, item.id)) fresh.push({ item, thread });
        // Older items are needed only while a whole page was new.
        const allNew = items.length > 0 && items.every((i) => isNew(cursor, i.at, i.id));
        if (!older || !allNew || n >= MAX_THREAD_PAGES) break;
        const next = await p.client.threadItems(thread.id, older);
        items = next.items;
        older = next.olderCursor;
      }
    }
    const last = page.threads.at(-1);
    pageCursor =
      last && last.lastActivityAt.getTime() >= cursor.since ? page.nextCursor : undefined;
  } while (pageCursor && ++pages < MAX_INBOX_PAGES);

  fresh.sort((a, b) => byTime(a.item, b.item));
  try {
    for (const { item, thread } of fresh) {
      if (item.userId !== p.self.id && item.content) {
        const sender = thread.users.find((u) => u.id === item.userId);
        const name = sender?.fullName ?? sender?.username;
        const outcome = await p.t.receiveMessage({
          externalId: item.id,
          from: { externalId: item.userId, ...(name !== undefined && { name }) },
          content: item.content,
          timestamp: item.at,
          ...(item.referral !== undefined && { referral: item.referral }),
        });
        if (outcome.status === 'failed') throw outcome.error;
      }
      cursor = advance(cursor, item.at, item.id);
    }
  } finally {
    await p.t.state.kv.set(key, cursor);
  }
}

export interface CommentWatch {
  /** Posts the rules watch: every recent one, or these ids/shortcodes. */
  posts: 'all' | string[];
  recentPosts: number;
}

/** Reads the newest comments of the watched posts and hands new ones to the rules. */
export async function pollComments(p: PollContext, watch: CommentWatch): Promise<void> {
  const recent = await p.client.recentMedia(watch.recentPosts);
  const watched = recent.filter(
    (m) => watch.posts === 'all' || [m.id, ...m.aliases].some((id) => watch.posts.includes(id)),
  );
  // Listed media ids that are not among the recent posts are still read directly.
  if (watch.posts !== 'all') {
    const known = new Set(recent.flatMap((m) => [m.id, ...m.aliases]));
    for (const id of watch.posts) {
      if (!known.has(id) && /^\d+_\d+$/.test(id))
        watched.push({ id, aliases: [], takenAt: new Date(0) });
    }
  }
  for (const media of watched) {
    const key = `cursor:comments:${media.id}`;
    let cursor = await loadCursor(p, key);
    const comments = (await p.client.comments(media.id))
      .filter((c) => isNew(cursor, c.at, c.id))
      .sort(byTime);
    try {
      for (const c of comments) {
        if (c.user.id !== p.self.id) {
          const outcome = await p.t.receiveComment({
            commentId: c.id,
            postId: media.id,
            postIds: [media.id, ...media.aliases],
            text: c.text,
            from: { id: c.user.id, username: c.user.username },
            at: c.at,
          });
          if (outcome?.status === 'failed') throw outcome.error;
        }
        cursor = advance(cursor, c.at, c.id);
      }
    } finally {
      await p.t.state.kv.set(key, cursor);
    }
  }
}
