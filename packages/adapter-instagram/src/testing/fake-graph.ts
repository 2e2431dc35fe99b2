import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, systemClock } from '@parley/core';

const DAY_MS = 86_400_000;

export interface FakeGraphOptions {
  /** The Instagram account id messages are sent from. */
  accountId: string;
  accessToken: string;
  /** Time of the fake's window checks (pass the test's fake clock). */
  clock?: Clock;
  /**
   * `enforce` (default): like Meta, a DM needs the customer's message within 24 h (7
   * days with the `HUMAN_AGENT` tag) and a private reply a known comment under 7 days
   * old, once. `open`: every recipient has an open thread (conversations that predate
   * the test).
   */
  windows?: 'enforce' | 'open';
}

/** One Send API call the fake accepted. */
export interface SentMessage {
  to: string;
  /** Set when the call was a private reply to this comment. */
  commentId?: string;
  /** The message tag, when the call had one (`HUMAN_AGENT`). */
  tag?: string;
  message: Record<string, unknown>;
  messageId: string;
}

export interface GraphRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

/** A canned failure: the HTTP status and Meta's error body (and a Retry-After). */
export interface GraphFailure {
  status: number;
  error: { message: string; type?: string; code: number; error_subcode?: number };
  retryAfter?: string;
}

/**
 * A loopback stand-in for the parts of the Instagram Graph API Parley calls: the
 * Send API (`POST /{account}/messages`) and comment replies (`POST /{comment}/replies`).
 */
export interface FakeGraph {
  /** Version root to pass as `graphUrl`. */
  readonly url: string;
  readonly requests: GraphRequest[];
  readonly sent: SentMessage[];
  readonly commentReplies: Array<{ commentId: string; text: string; id: string }>;
  /** Handover calls (`take_thread_control`, `pass_thread_control`), in order. */
  readonly threadControls: Array<{ action: string; to: string; body: Record<string, unknown> }>;
  /** Messages sent to one recipient (by id or through a comment of theirs). */
  sentTo(userId: string): SentMessage[];
  /** Records that the customer wrote a DM at `at` (opens the 24 h window). */
  userWrote(userId: string, at: Date): void;
  /** Records a comment (so a private reply to it is allowed for 7 days). */
  userCommented(userId: string, commentId: string, at: Date): void;
  /**
   * The next `count` calls fail with `failure`. Sender actions (typing, seen) are
   * not counted: they run beside sends and would make the order a race.
   */
  failNext(failure: GraphFailure, count?: number): void;
  /** Calls that carried a message or a comment reply (not sender actions or reads). */
  deliveries(): GraphRequest[];
  /** What the mention lookup answers for a comment that @mentions the account. */
  setMentionedComment(commentId: string, comment: { text: string; username: string }): void;
  /** What the User Profile API answers for `userId` (unknown ids answer Meta's error). */
  setProfile(userId: string, profile: { name?: string; username?: string }): void;
  close(): Promise<void>;
}

export async function fakeGraphServer(options: FakeGraphOptions): Promise<FakeGraph> {
  const clock = options.clock ?? systemClock;
  const requests: GraphRequest[] = [];
  const sent: SentMessage[] = [];
  const commentReplies: FakeGraph['commentReplies'] = [];
  const threadControls: FakeGraph['threadControls'] = [];
  const lastWrote = new Map<string, number>();
  const comments = new Map<string, { user: string; at: number; replied: boolean }>();
  const failures: GraphFailure[] = [];
  const profiles = new Map<string, { name?: string; username?: string }>();
  const mentioned = new Map<string, { text: string; username: string }>();
  let seq = 0;

  const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const metaError = (
    res: ServerResponse,
    status: number,
    code: number,
    message: string,
    sub?: number,
  ) =>
    json(res, status, {
      error: {
        message,
        type: 'OAuthException',
        code,
        ...(sub !== undefined && { error_subcode: sub }),
        fbtrace_id: `trace${++seq}`,
      },
    });

  // What Meta answers for a DM outside the 24 h window or a used/expired comment.
  const windowClosed = (res: ServerResponse) =>
    metaError(res, 400, 10, '(#10) This message is sent outside of allowed window.', 2534022);

  async function readJson(req: IncomingMessage) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  }

  function sendMessage(res: ServerResponse, body: Record<string, unknown>) {
    const now = clock.now().getTime();
    const recipient = body.recipient as { id?: string; comment_id?: string } | undefined;
    if (body.sender_action !== undefined) return json(res, 200, { recipient_id: recipient?.id });
    const message = body.message as Record<string, unknown> | undefined;
    if (!recipient || !message)
      return metaError(res, 400, 100, '(#100) recipient and message are required');
    const text = message.text;
    if (typeof text === 'string' && text.length > 1000)
      return metaError(
        res,
        400,
        100,
        '(#100) Length of param message[text] must be less than or equal to 1000',
      );
    const quick = message.quick_replies as unknown[] | undefined;
    if (quick && quick.length > 13)
      return metaError(res, 400, 100, '(#100) Too many quick replies');
    const tag = body.tag as string | undefined;
    if ((tag !== undefined) !== (body.messaging_type === 'MESSAGE_TAG'))
      return metaError(res, 400, 100, '(#100) A message tag needs messaging_type MESSAGE_TAG');
    if (tag !== undefined && tag !== 'HUMAN_AGENT')
      return metaError(res, 400, 100, `(#100) Param tag must be one of {HUMAN_AGENT}`);
    let to: string;
    let commentId: string | undefined;
    if (recipient.comment_id !== undefined) {
      const comment = comments.get(recipient.comment_id);
      const open =
        options.windows === 'open' ||
        (comment && !comment.replied && now - comment.at < 7 * DAY_MS);
      if (!comment || !open) return windowClosed(res);
      comment.replied = true;
      to = comment.user;
      commentId = recipient.comment_id;
    } else if (recipient.id !== undefined) {
      const wrote = lastWrote.get(recipient.id);
      const window = tag === 'HUMAN_AGENT' ? 7 * DAY_MS : DAY_MS;
      const open = options.windows === 'open' || (wrote !== undefined && now - wrote < window);
      if (!open) return windowClosed(res);
      to = recipient.id;
    } else {
      return metaError(res, 400, 100, '(#100) recipient needs id or comment_id');
    }
    const messageId = `aWdfZAG1faXRlbToxOklH${++seq}`;
    sent.push({
      to,
      ...(commentId !== undefined && { commentId }),
      ...(tag !== undefined && { tag }),
      message,
      messageId,
    });
    json(res, 200, { recipient_id: to, message_id: messageId });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake.graph');
      const body = await readJson(req).catch(() => undefined);
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        authorization: req.headers.authorization,
        body,
      });
      const isDelivery = req.method === 'POST' && body?.sender_action === undefined;
      const failure = isDelivery ? failures.shift() : undefined;
      if (failure) {
        return json(
          res,
          failure.status,
          { error: { type: 'OAuthException', fbtrace_id: `trace${++seq}`, ...failure.error } },
          failure.retryAfter ? { 'retry-after': failure.retryAfter } : {},
        );
      }
      if (req.headers.authorization !== `Bearer ${options.accessToken}`) {
        return metaError(res, 401, 190, 'Invalid OAuth access token - Cannot parse access token');
      }
      const parts = url.pathname.split('/').filter(Boolean);
      // /{version}/{account}/messages and /{version}/{comment}/replies
      if (req.method === 'POST' && parts.length === 3 && parts[2] === 'messages') {
        if (parts[1] !== options.accountId)
          return metaError(
            res,
            400,
            100,
            `(#100) Unsupported post request. Object with ID '${parts[1]}' does not exist`,
          );
        return sendMessage(res, body ?? {});
      }
      if (
        req.method === 'POST' &&
        parts.length === 3 &&
        /^(take|pass)_thread_control$/.test(parts[2]!)
      ) {
        const recipient = (body?.recipient as { id?: string } | undefined)?.id;
        if (!recipient) return metaError(res, 400, 100, '(#100) recipient is required');
        threadControls.push({ action: parts[2]!.split('_')[0]!, to: recipient, body: body ?? {} });
        return json(res, 200, { success: true });
      }
      if (req.method === 'POST' && parts.length === 3 && parts[2] === 'replies') {
        const text = body?.message;
        if (typeof text !== 'string' || !text)
          return metaError(res, 400, 100, '(#100) message is required');
        const id = `1790${++seq}`;
        commentReplies.push({ commentId: parts[1]!, text, id });
        return json(res, 200, { id });
      }
      const fields = url.searchParams.get('fields') ?? '';
      if (
        req.method === 'GET' &&
        parts[1] === options.accountId &&
        fields.startsWith('mentioned_comment')
      ) {
        const commentId = /comment_id\(([^)]+)\)/.exec(fields)?.[1] ?? '';
        const comment = mentioned.get(commentId);
        if (!comment) return metaError(res, 400, 100, `(#100) No mention in comment ${commentId}`);
        return json(res, 200, { id: options.accountId, mentioned_comment: comment });
      }
      if (req.method === 'GET' && parts.length === 2) {
        const profile = profiles.get(parts[1]!);
        if (!profile)
          return metaError(
            res,
            400,
            100,
            `(#100) Unsupported get request. Object with ID '${parts[1]}' does not exist`,
          );
        return json(res, 200, { id: parts[1], ...profile });
      }
      return metaError(res, 404, 803, `Unknown path ${url.pathname}`);
    })().catch((e) => json(res, 500, { error: { message: String(e), code: 2 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v23.0`,
    requests,
    sent,
    commentReplies,
    threadControls,
    sentTo: (userId) => sent.filter((m) => m.to === userId),
    deliveries: () =>
      requests.filter((r) => r.method === 'POST' && r.body?.sender_action === undefined),
    setProfile: (userId, profile) => profiles.set(userId, profile),
    setMentionedComment: (commentId, comment) => mentioned.set(commentId, comment),
    userWrote: (userId, at) => lastWrote.set(userId, at.getTime()),
    userCommented: (userId, commentId, at) =>
      comments.set(commentId, { user: userId, at: at.getTime(), replied: false }),
    failNext(failure, count = 1) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
