import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeDirect } from './fake-instagram-direct.test-support.js';
import { fakeLogin } from './fake-instagram-login.test-support.js';
import { fakeMedia } from './fake-instagram-media.test-support.js';
import {
  type FakeAccount,
  type FakeInstagramOptions,
  type FakeUser,
  sendJson as send,
  shape,
} from './fake-instagram-wire.test-support.js';

export type { FakeInstagramOptions, FakeUser };

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
 * the user feed and media comments. One part per concept: login, direct, media.
 */
export async function fakeInstagram(options: FakeInstagramOptions) {
  let seq = 1000;
  const account: FakeAccount = {
    options,
    self: { pk: '51000000001', username: options.username, full_name: 'Batik Nusantara' },
    micros: () => `${options.clock.now().getTime()}000`,
    nextId: () => String(++seq),
  };
  const login = fakeLogin(account);
  const direct = fakeDirect(account);
  const media = fakeMedia(account);
  const requests: RecordedRequest[] = [];
  const failures: Array<{ status: number; body: unknown }> = [];

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
    if (login.route(path, form, res) || login.refuse(req, res)) return;
    if (path === '/api/v1/accounts/current_user/') {
      const body = shape<{ user: Record<string, unknown> }>('current_user');
      Object.assign(body.user, account.self);
      return send(res, 200, body);
    }
    if (direct.route(path, query, form, res) || media.route(path, form, res)) return;
    return send(res, 404, { message: `No fake for ${path}`, status: 'fail' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, { message: String(e), status: 'fail' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    self: account.self,
    requests,
    get loginCount() {
      return login.loginCount;
    },
    customerWrites: direct.customerWrites,
    sentTo: direct.sentTo,
    addPost: media.addPost,
    customerComments: media.customerComments,
    commentReplies: media.commentReplies,
    failNext(status: number, body: unknown = shape('rate_limited'), count = 1) {
      for (let i = 0; i < count; i++) failures.push({ status, body });
    },
    expireSessions: login.expireSessions,
    checkpointOnNextRequest: login.checkpointOnNextRequest,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeInstagram = Awaited<ReturnType<typeof fakeInstagram>>;
