import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeHandler, FakeStep, RecordedRequest } from './fake-steps.js';
import { groundedEcho } from './grounded-echo.js';
import { completionOf, errorBody, sendJson, writeCompletion, writeStream } from './wire-format.js';

export interface FakeOpenAIServerOptions {
  /** When set, requests without `Authorization: Bearer <apiKey>` get 401. */
  apiKey?: string;
  /** Answers requests when the queue is empty (default: `groundedEcho`). */
  handler?: FakeHandler;
  /** Characters per streamed content chunk (default 8). */
  streamChunkChars?: number;
}

export interface FakeOpenAIServer {
  /** `http://127.0.0.1:<port>/v1`: pass it as `baseURL`. */
  readonly baseURL: string;
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[];
  /** Queues answers, used one per request in order before the handler is asked. */
  reply(...steps: FakeStep[]): void;
  setHandler(handler: FakeHandler): void;
  /** Steps queued and not used yet. */
  pending(): number;
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (port 0) speaking the Chat Completions wire format,
 * JSON and streaming (SSE), for tests and offline demos: the `openai` package talks
 * to it exactly as to a hosted model. Script answers with `reply(...)` (text, tool
 * calls, errors with headers, malformed bodies, hangs, answers released by a promise).
 */
export async function fakeOpenAIServer(
  options: FakeOpenAIServerOptions = {},
): Promise<FakeOpenAIServer> {
  const queue: FakeStep[] = [];
  const requests: RecordedRequest[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let handler: FakeHandler = options.handler ?? groundedEcho;
  let seq = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(String((e as Error)?.message ?? e)));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && path === '/v1/models') {
      return sendJson(res, 200, {
        object: 'list',
        data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'parley' }],
      });
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      return sendJson(res, 404, errorBody(`No route ${req.method} ${path}`));
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, errorBody('The request body is not valid JSON.'));
    }
    const request: RecordedRequest = {
      method: req.method,
      path,
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
      ),
      body,
      aborted: false,
    };
    res.on('close', () => {
      if (!res.writableFinished) request.aborted = true;
    });
    requests.push(request);
    for (const w of waiters.filter((w) => requests.length >= w.count)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return sendJson(res, 401, errorBody('Incorrect API key provided.', 'invalid_api_key'));
    }
    await answer(res, request, queue.shift() ?? (await handler(request)));
  }

  async function answer(
    res: ServerResponse,
    request: RecordedRequest,
    step: FakeStep,
  ): Promise<void> {
    if ('hang' in step) return;
    if ('error' in step) {
      const message = step.message ?? `Scripted error ${step.error}`;
      return sendJson(res, step.error, errorBody(message), step.headers);
    }
    if ('raw' in step) {
      res.writeHead(step.status ?? 200, { 'content-type': step.contentType ?? 'application/json' });
      res.end(step.raw);
      return;
    }
    if ('after' in step) {
      await step.after;
      return answer(res, request, step.answer);
    }
    const completion = completionOf(step, request, ++seq);
    if (request.body?.stream) {
      const includeUsage = request.body?.stream_options?.include_usage === true;
      return writeStream(res, completion, options.streamChunkChars ?? 8, includeUsage);
    }
    writeCompletion(res, completion);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (...steps) => {
      queue.push(...steps);
    },
    setHandler: (next) => {
      handler = next;
    },
    pending: () => queue.length,
    waitForRequests: (count) =>
      requests.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
