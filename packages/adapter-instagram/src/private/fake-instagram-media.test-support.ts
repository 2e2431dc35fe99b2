import type { ServerResponse } from 'node:http';
import {
  type FakeAccount,
  type FakeUser,
  sendJson as send,
  shape,
} from './fake-instagram-wire.test-support.js';

interface Media {
  pk: string;
  id: string;
  code: string;
  takenAt: number;
  comments: Array<{ pk: string; text: string; user: FakeUser; at: number; repliedTo?: string }>;
}

/** The fake's posts: the account's feed, comments on a post, and replies to them. */
export function fakeMedia(account: FakeAccount) {
  const { options, self, nextId } = account;
  const media: Media[] = [];
  const seconds = () => Math.floor(options.clock.now().getTime() / 1000);
  const notFound = (res: ServerResponse) =>
    send(res, 404, { message: 'Media not found or unavailable', status: 'fail' });

  function feed(res: ServerResponse) {
    const body = shape<{ items: unknown[]; num_results: number }>('user_feed');
    body.items = [...media]
      .sort((a, b) => b.takenAt - a.takenAt)
      .map((m) => ({
        ...shape('media'),
        pk: m.pk,
        id: m.id,
        code: m.code,
        taken_at: m.takenAt,
        comment_count: m.comments.length,
        user: self,
      }));
    body.num_results = body.items.length;
    send(res, 200, body);
  }

  function comments(res: ServerResponse, m: Media) {
    const body = shape<{ comments: unknown[]; comment_count: number }>('comments');
    body.comments = m.comments.map((c) => ({
      ...shape('comment'),
      pk: c.pk,
      user_id: c.user.pk,
      text: c.text,
      created_at: c.at,
      created_at_utc: c.at,
      user: { ...shape('user'), ...c.user },
    }));
    body.comment_count = m.comments.length;
    send(res, 200, body);
  }

  function reply(res: ServerResponse, m: Media, form: Record<string, unknown>) {
    const at = seconds();
    const c = {
      pk: `1790${nextId()}`,
      text: String(form.comment_text),
      user: self,
      at,
      repliedTo: String(form.replied_to_comment_id),
    };
    m.comments.push(c);
    const body = shape<{ comment: Record<string, unknown> }>('comment_posted');
    body.comment = {
      ...shape('comment'),
      pk: c.pk,
      text: c.text,
      user_id: self.pk,
      created_at: at,
      user: self,
    };
    send(res, 200, body);
  }

  /** Answers a feed or comment request; false when the path is not one. */
  function route(path: string, form: Record<string, unknown>, res: ServerResponse): boolean {
    if (path === `/api/v1/feed/user/${self.pk}/`) {
      feed(res);
      return true;
    }
    const match = /^\/api\/v1\/media\/([\d_]+)\/(comments|comment)\/$/.exec(path);
    if (!match) return false;
    const m = media.find((x) => x.id === match[1]);
    if (!m) notFound(res);
    else if (match[2] === 'comments') comments(res, m);
    else reply(res, m, form);
    return true;
  }

  return {
    route,
    addPost(pk: string, code: string) {
      const m: Media = { pk, id: `${pk}_${self.pk}`, code, takenAt: seconds(), comments: [] };
      media.push(m);
      return m.id;
    },
    customerComments(mediaId: string, user: FakeUser, text: string) {
      const m = media.find((x) => x.id === mediaId)!;
      const pk = `1780${nextId()}`;
      m.comments.push({ pk, text, user, at: seconds() });
      return pk;
    },
    commentReplies: () =>
      media.flatMap((m) =>
        m.comments
          .filter((c) => c.user.pk === self.pk)
          .map((c) => ({ mediaId: m.id, text: c.text, repliedTo: c.repliedTo })),
      ),
  };
}
