import { createDecipheriv, generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '@parley/core';

/** Recorded shapes of the private API's answers; the fake fills in the values. */
const shapes = JSON.parse(
  readFileSync(new URL('../__fixtures__/private/responses.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, unknown>>;
const shape = <T extends object = Record<string, unknown>>(name: string): T =>
  structuredClone(shapes[name]) as T;

export interface FakeUser {
  pk: string;
  username: string;
  full_name: string;
}

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
interface Media {
  pk: string;
  id: string;
  code: string;
  takenAt: number;
  comments: Array<{ pk: string; text: string; user: FakeUser; at: number; repliedTo?: string }>;
}

export interface FakeInstagramOptions {
  clock: Clock;
  username: string;
  password: string;
  /** Login asks for an SMS two-factor code first. */
  twoFactorCode?: string;
  /** Login hits a checkpoint answered by this security code. */
  checkpointCode?: string;
  /** Threads per inbox page and items per thread page (the app uses 20 and 10). */
  inboxPageSize?: number;
  threadPageSize?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  form: Record<string, unknown>;
}

/**
 * A loopback stand-in for the endpoints of Instagram's private (mobile) API that
 * `instagram-private-api` calls for Parley: login (password decrypted like the real
 * one), two-factor, checkpoints, direct inbox and threads with cursors, broadcasts,
 * the user feed and media comments.
 */
export async function createFakeInstagram(options: FakeInstagramOptions) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const jwk = privateKey.export({ format: 'jwk' }) as { n: string; d: string };
  const self: FakeUser = {
    pk: '51000000001',
    username: options.username,
    full_name: 'Batik Nusantara',
  };
  const inboxPage = options.inboxPageSize ?? 20;
  const threadPage = options.threadPageSize ?? 10;
  const sessions = new Set<string>();
  const threads: Thread[] = [];
  const media: Media[] = [];
  const requests: RecordedRequest[] = [];
  const failures: Array<{ status: number; body: unknown }> = [];
  let checkpointPending = false;
  let checkpointNext = false;
  let loginCount = 0;
  let seq = 1000;

  const micros = () => `${options.clock.now().getTime()}000`;
  const nextId = () => String(++seq);

  function authorization() {
    const sessionid = randomBytes(8).toString('hex');
    sessions.add(sessionid);
    const payload = Buffer.from(JSON.stringify({ ds_user_id: self.pk, sessionid })).toString(
      'base64',
    );
    return `Bearer IGT:2:${payload}`;
  }
  function sessionOf(req: IncomingMessage): string | undefined {
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer IGT:2:')) return undefined;
    try {
      const parsed = JSON.parse(Buffer.from(header.slice(13), 'base64').toString()) as {
        sessionid?: string;
      };
      return parsed.sessionid && sessions.has(parsed.sessionid) ? parsed.sessionid : undefined;
    } catch {
      return undefined;
    }
  }

  /** The app's password envelope: RSA(PKCS#1 v1.5) wraps an AES-256-GCM key. */
  function decryptPassword(enc: string): string {
    const [, , time, b64] = enc.split(':');
    const buf = Buffer.from(b64!, 'base64');
    const size = buf.readInt16LE(14);
    const rsa = buf.subarray(16, 16 + size);
    const tag = buf.subarray(16 + size, 32 + size);
    const aes = buf.subarray(32 + size);
    // Node refuses PKCS#1 v1.5 private decryption, so the fake does the RSA math itself.
    const big = (b64url: string) => BigInt(`0x${Buffer.from(b64url, 'base64url').toString('hex')}`);
    const n = big(jwk.n);
    let base = BigInt(`0x${rsa.toString('hex')}`) % n;
    let exp = big(jwk.d);
    let m = 1n;
    while (exp > 0n) {
      if (exp & 1n) m = (m * base) % n;
      base = (base * base) % n;
      exp >>= 1n;
    }
    const keyBytes = Buffer.from(jwk.n, 'base64url').length;
    const padded = Buffer.from(m.toString(16).padStart(keyBytes * 2, '0'), 'hex');
    const key = padded.subarray(padded.indexOf(0, 2) + 1);
    const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(2, 14));
    decipher.setAAD(Buffer.from(time!));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(aes), decipher.final()]).toString('utf8');
  }

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const loggedIn = (res: ServerResponse, body: Record<string, unknown>) => {
    loginCount++;
    send(res, 200, body, { 'ig-set-authorization': authorization() });
  };
  const loginUser = () => {
    const body = shape<{ logged_in_user: Record<string, unknown> }>('login_ok');
    Object.assign(body.logged_in_user, self);
    return body;
  };
  const challenge = () => {
    const body = shape<{ challenge: { url: string; api_path: string } }>('challenge_required');
    body.challenge.api_path = `/challenge/${self.pk}/wE3aBc/`;
    body.challenge.url = `https://i.instagram.com${body.challenge.api_path}`;
    return body;
  };

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

  function broadcast(res: ServerResponse, form: Record<string, unknown>, kind: string) {
    const to = (JSON.parse(String(form.recipient_users)) as string[][])[0]?.[0] ?? '';
    let thread = threads.find((t) => t.user.pk === to);
    if (!thread) {
      thread = {
        id: `3400${nextId()}`,
        user: { pk: to, username: `user${to}`, full_name: '' },
        items: [],
        pending: false,
      };
      threads.push(thread);
    }
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

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake.instagram');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    let form: Record<string, unknown> = Object.fromEntries(params);
    const signed = params.get('signed_body');
    if (signed) form = JSON.parse(signed.slice(signed.indexOf('.') + 1)) as Record<string, unknown>;
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? 'GET', path, query, form });
    const failure = failures.shift();
    if (failure) return send(res, failure.status, failure.body);

    if (path === '/api/v1/qe/sync/') {
      return send(res, 200, shape('qe_sync'), {
        'ig-set-password-encryption-key-id': '41',
        'ig-set-password-encryption-pub-key': Buffer.from(pem).toString('base64'),
      });
    }
    if (path === '/api/v1/accounts/login/') {
      const password = decryptPassword(String(form.enc_password));
      if (form.username !== options.username || password !== options.password)
        return send(res, 400, shape('login_bad_password'));
      if (options.twoFactorCode) {
        const body = shape<{ message: string; two_factor_info: Record<string, unknown> }>(
          'login_two_factor',
        );
        body.message = 'Enter the code we sent to your number ending in 89.';
        Object.assign(body.two_factor_info, {
          username: self.username,
          two_factor_identifier: 'tf-7781',
        });
        return send(res, 400, body);
      }
      if (options.checkpointCode) {
        checkpointPending = true;
        return send(res, 400, challenge());
      }
      return loggedIn(res, loginUser());
    }
    if (path === '/api/v1/accounts/two_factor_login/') {
      if (
        form.two_factor_identifier !== 'tf-7781' ||
        form.verification_code !== options.twoFactorCode
      )
        return send(res, 400, shape('two_factor_wrong_code'));
      return loggedIn(res, loginUser());
    }
    const challengePath = `/api/v1/challenge/${self.pk}/wE3aBc/`;
    if (path === `/api/v1/challenge/reset/${self.pk}/wE3aBc/` && checkpointPending) {
      const body = shape<{ user_id: unknown }>('challenge_select_method');
      body.user_id = Number(self.pk);
      return send(res, 200, body);
    }
    if (path === challengePath && checkpointPending) {
      if (form.choice !== undefined) {
        const body = shape<{ user_id: unknown }>('challenge_verify_code');
        body.user_id = Number(self.pk);
        return send(res, 200, body);
      }
      if (form.security_code !== options.checkpointCode)
        return send(res, 400, shape('challenge_wrong_code'));
      checkpointPending = false;
      return loggedIn(res, { ...loginUser(), action: 'close' });
    }

    if (!sessionOf(req)) return send(res, 403, shape('login_required'));
    if (checkpointNext) {
      checkpointNext = false;
      checkpointPending = true;
      return send(res, 400, challenge());
    }
    if (path === '/api/v1/accounts/current_user/') {
      const body = shape<{ user: Record<string, unknown> }>('current_user');
      Object.assign(body.user, self);
      return send(res, 200, body);
    }
    if (path === '/api/v1/direct_v2/inbox/') return inbox(res, false, query.cursor);
    if (path === '/api/v1/direct_v2/pending_inbox/') return inbox(res, true, query.cursor);
    const threadMatch = /^\/api\/v1\/direct_v2\/threads\/(\d+)\/$/.exec(path);
    if (threadMatch) {
      const thread = threads.find((t) => t.id === threadMatch[1]);
      if (!thread) return send(res, 404, { message: 'Thread not found', status: 'fail' });
      return send(res, 200, { ...shape('thread_feed'), thread: threadJson(thread, query.cursor) });
    }
    const broadcastMatch = /^\/api\/v1\/direct_v2\/threads\/broadcast\/(text|link)\/$/.exec(path);
    if (broadcastMatch) return broadcast(res, form, broadcastMatch[1]!);
    if (path === `/api/v1/feed/user/${self.pk}/`) {
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
      return send(res, 200, body);
    }
    const commentsMatch = /^\/api\/v1\/media\/([\d_]+)\/comments\/$/.exec(path);
    if (commentsMatch) {
      const m = media.find((x) => x.id === commentsMatch[1]);
      if (!m) return send(res, 404, { message: 'Media not found or unavailable', status: 'fail' });
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
      return send(res, 200, body);
    }
    const postMatch = /^\/api\/v1\/media\/([\d_]+)\/comment\/$/.exec(path);
    if (postMatch) {
      const m = media.find((x) => x.id === postMatch[1]);
      if (!m) return send(res, 404, { message: 'Media not found or unavailable', status: 'fail' });
      const at = Math.floor(options.clock.now().getTime() / 1000);
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
      return send(res, 200, body);
    }
    return send(res, 404, { message: `No fake for ${path}`, status: 'fail' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, { message: String(e), status: 'fail' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    self,
    requests,
    get loginCount() {
      return loginCount;
    },
    /**
     * A customer's DM: their thread (in requests when `pending`) gets a new item. An
     * `itemId` already used makes Instagram list the same item again.
     */
    customerWrites(
      user: FakeUser,
      text: string,
      opts: { pending?: boolean; itemId?: string } = {},
    ) {
      let thread = threads.find((t) => t.user.pk === user.pk);
      if (!thread) {
        thread = { id: `3400${nextId()}`, user, items: [], pending: opts.pending ?? false };
        threads.push(thread);
      }
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
    addPost(pk: string, code: string) {
      const m: Media = {
        pk,
        id: `${pk}_${self.pk}`,
        code,
        takenAt: Math.floor(options.clock.now().getTime() / 1000),
        comments: [],
      };
      media.push(m);
      return m.id;
    },
    customerComments(mediaId: string, user: FakeUser, text: string) {
      const m = media.find((x) => x.id === mediaId)!;
      const pk = `1780${nextId()}`;
      m.comments.push({ pk, text, user, at: Math.floor(options.clock.now().getTime() / 1000) });
      return pk;
    },
    commentReplies: () =>
      media.flatMap((m) =>
        m.comments
          .filter((c) => c.user.pk === self.pk)
          .map((c) => ({ mediaId: m.id, text: c.text, repliedTo: c.repliedTo })),
      ),
    failNext(status: number, body: unknown = shape('rate_limited'), count = 1) {
      for (let i = 0; i < count; i++) failures.push({ status, body });
    },
    /** Every session ends (the owner logged out elsewhere). */
    expireSessions: () => sessions.clear(),
    /** The next authorised request answers `challenge_required`. */
    checkpointOnNextRequest() {
      checkpointNext = true;
      if (!options.checkpointCode) options.checkpointCode = '424242';
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeInstagram = Awaited<ReturnType<typeof createFakeInstagram>>;
