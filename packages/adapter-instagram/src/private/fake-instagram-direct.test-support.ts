import type { ServerResponse } from 'node:http';
import {
  type FakeAccount,
  type FakeUser,
  sendJson as send,
  shape,
} from './fake-instagram-wire.test-support.js';

interface Item {
  item_id: string;
  user_id: string;
  timestamp: string;
  text: string;
}
interface Thread {
  id: string;
  user: FakeUser;
  items: Item[];
  pending: boolean;
}

/** The fake's direct messages: inbox and request inbox with cursors, threads, broadcasts. */
export function fakeDirect(account: FakeAccount) {
  const { options, self, micros, nextId } = account;
  const inboxPage = options.inboxPageSize ?? 20;
  const threadPage = options.threadPageSize ?? 10;
  const threads: Thread[] = [];

  function threadJson(t: Thread, before?: string) {
    const all = [...t.items].reverse(); // newest first
    const start = before ? all.findIndex((i) => i.item_id === before) + 1 : 0;
    const page = all.slice(start, start + threadPage);
    const body = shape<Record<string, unknown>>('thread');
    const user = { ...shape<Record<string, unknown>>('user'), ...t.user };
    Object.assign(body, {
      thread_id: t.id,
      users: [user],
      viewer_id: self.pk,
      pending: t.pending,
      items: page.map((i) => ({ ...shape<Record<string, unknown>>('item_text'), ...i })),
      last_activity_at: t.items.at(-1)?.timestamp ?? '0',
      has_older: start + threadPage < all.length,
      oldest_cursor: page.at(-1)?.item_id ?? '',
      newest_cursor: all[0]?.item_id ?? '',
      thread_title: t.user.username,
    });
    return body;
  }

  function inbox(res: ServerResponse, pending: boolean, cursor: string | undefined) {
    const sorted = threads
      .filter((t) => t.pending === pending && t.items.length > 0)
      .sort((a, b) =>
        Number(BigInt(b.items.at(-1)!.timestamp) - BigInt(a.items.at(-1)!.timestamp)),
      );
    const start = cursor ? Number(cursor.replace('page:', '')) : 0;
    const page = sorted.slice(start, start + inboxPage);
    const body = shape<{ inbox: Record<string, unknown>; viewer: Record<string, unknown> }>(
      'inbox',
    );
    body.viewer = { pk: self.pk, username: self.username };
    Object.assign(body.inbox, {
      threads: page.map((t) => threadJson(t)),
      has_older: start + inboxPage < sorted.length,
      oldest_cursor: start + inboxPage < sorted.length ? `page:${start + inboxPage}` : null,
    });
    send(res, 200, body);
  }

  function threadOf(user: FakeUser, pending = false): Thread {
    let thread = threads.find((t) => t.user.pk === user.pk);
    if (!thread) {
      thread = { id: `3400${nextId()}`, user, items: [], pending };
      threads.push(thread);
    }
    return thread;
  }

  function broadcast(res: ServerResponse, form: Record<string, unknown>, kind: string) {
    const to = (JSON.parse(String(form.recipient_users)) as string[][])[0]?.[0] ?? '';
    const thread = threadOf({ pk: to, username: `user${to}`, full_name: '' });
    const text = kind === 'link' ? String(form.link_text) : String(form.text);
    const item = { item_id: `3000${nextId()}`, user_id: self.pk, timestamp: micros(), text };
    thread.items.push(item);
    const body = shape<{ payload: Record<string, unknown> }>('broadcast');
    Object.assign(body.payload, {
      client_context: form.client_context,
      item_id: item.item_id,
      timestamp: item.timestamp,
      thread_id: thread.id,
    });
    send(res, 200, body);
  }

  /** Answers a direct-message request; false when the path is not one. */
  function route(
    path: string,
    query: Record<string, string>,
    form: Record<string, unknown>,
    res: ServerResponse,
  ): boolean {
    if (path === '/api/v1/direct_v2/inbox/') inbox(res, false, query.cursor);
    else if (path === '/api/v1/direct_v2/pending_inbox/') inbox(res, true, query.cursor);
    else {
      const threadMatch = /^\/api\/v1\/direct_v2\/threads\/(\d+)\/$/.exec(path);
      const broadcastMatch = /^\/api\/v1\/direct_v2\/threads\/broadcast\/(text|link)\/$/.exec(path);
      if (threadMatch) {
        const thread = threads.find((t) => t.id === threadMatch[1]);
        if (!thread) send(res, 404, { message: 'Thread not found', status: 'fail' });
        else send(res, 200, { ...shape('thread_feed'), thread: threadJson(thread, query.cursor) });
      } else if (broadcastMatch) broadcast(res, form, broadcastMatch[1]!);
      else return false;
    }
    return true;
  }

  return {
    route,
    /**
     * A customer's DM: their thread (in requests when `pending`) gets a new item. An
     * `itemId` already used makes Instagram list the same item again.
     */
    customerWrites(
      user: FakeUser,
      text: string,
      opts: { pending?: boolean; itemId?: string } = {},
    ) {
      const thread = threadOf(user, opts.pending ?? false);
      const item = {
        item_id: opts.itemId ?? `3000${nextId()}`,
        user_id: user.pk,
        timestamp: micros(),
        text,
      };
      thread.items.push(item);
      return item.item_id;
    },
    /** Texts the account sent to `userPk`, oldest first. */
    sentTo: (userPk: string) =>
      threads
        .find((t) => t.user.pk === userPk)
        ?.items.filter((i) => i.user_id === self.pk)
        .map((i) => i.text) ?? [],
  };
}
