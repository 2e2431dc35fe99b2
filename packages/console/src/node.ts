import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ParleyConsole } from './console.js';
import { headersOf } from './headers.js';

export { headersOf };

/** A Node request as a Web `Request` (the body streams; nothing is buffered here). */
export function toWebRequest(req: IncomingMessage, protocol: 'http' | 'https' = 'http'): Request {
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`${protocol}://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method,
    headers: headersOf(req),
    ...(hasBody && {
      body: Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>,
      duplex: 'half',
    }),
  } as RequestInit);
}

/** Writes a Web `Response` to a Node response. */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * The console as a Node `(req, res)` listener: for `node:http`, Express
 * (`app.use(console.basePath, ...)` is not needed: mount it with `app.use(nodeHandler(c))`)
 * and Fastify (`reply.hijack()` then call it with `request.raw`, `reply.raw`).
 * Requests outside `basePath` go to `next` when given, else get a 404.
 */
export function nodeHandler(c: ParleyConsole) {
  return (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (next && path !== c.basePath && !path.startsWith(`${c.basePath}/`)) {
      next();
      return;
    }
    const proto = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    c.fetch(toWebRequest(req, proto))
      .then((response) => sendWebResponse(res, response))
      .catch((error: unknown) => {
        if (next) return next(error);
        res.statusCode = 500;
        res.end();
      });
  };
}
