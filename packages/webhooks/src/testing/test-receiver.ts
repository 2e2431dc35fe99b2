import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the test receiver got. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What to answer: a status (and headers, body), or `hang` to never answer. */
export type ReceiverReply =
  | { status: number; headers?: Record<string, string>; body?: string }
  | 'hang';

export type ReplyFunction = (
  request: ReceivedRequest,
  index: number,
) => ReceiverReply | Promise<ReceiverReply>;

export interface TestReceiver {
  /** `http://127.0.0.1:<port>/hooks`. */
  url: string;
  requests: ReceivedRequest[];
  /**
   * Changes the answer; a function gets the request and its 0-based number and may
   * answer later (return a promise) to hold the request open.
   */
  reply(reply: ReceiverReply | ReplyFunction): void;
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on loopback (port 0) that records every request and answers as
 * told (204 by default). Point a webhook endpoint at `url` in tests, with
 * `allowPrivateNetworks: true` on the delivery.
 */
export async function createTestReceiver(): Promise<TestReceiver> {
  const requests: ReceivedRequest[] = [];
  let replyWith: ReplyFunction = () => ({ status: 204 });
  const waiters: Array<{ count: number; resolve: () => void }> = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const index = requests.push(request) - 1;
      for (const w of [...waiters]) {
        if (requests.length >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
      Promise.resolve(replyWith(request, index)).then((reply) => {
        if (reply === 'hang' || res.destroyed) return;
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    reply(reply) {
      replyWith = typeof reply === 'function' ? reply : () => reply;
    },
    waitFor(count) {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
