import type { IncomingMessage, ServerResponse } from 'node:http';
import { ParleyError } from '@parley/core';

const MAX_BODY = 64 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache' });
  res.end(body);
}

/**
 * Same-origin check for the console: a page of another site open in the operator's
 * browser must not drive the console API or its socket. Requests without an Origin
 * (curl, tests) are allowed: they carry no browser cookies or ambient authority.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * Refuses a change request that is not JSON. Besides telling clients what to send, it
 * makes a cross-site browser request need a CORS preflight, which this server never grants.
 */
export function requireJson(req: IncomingMessage): void {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new ParleyError(
      'INPUT_INVALID',
      'Send the body as JSON with content-type: application/json.',
    );
  }
}

/** The JSON body of a request, at most 64 KiB. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  requireJson(req);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new ParleyError('INPUT_INVALID', 'The request body is over 64 KiB.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ParleyError('INPUT_INVALID', 'The request body is not valid JSON.');
  }
}

const statusOf: Partial<Record<string, number>> = {
  INPUT_INVALID: 400,
  CONFIG_INVALID: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CHANNEL_UNAVAILABLE: 503,
  UNAUTHORIZED: 403,
};

/** A ParleyError as `{ error: { code, message } }` with a fitting status; anything else is 500. */
export function sendError(res: ServerResponse, error: unknown): void {
  if (ParleyError.isInstance(error)) {
    sendJson(res, statusOf[error.code] ?? 500, {
      error: { code: error.code, message: error.message },
    });
  } else {
    sendJson(res, 500, {
      error: { code: 'INTERNAL', message: 'Something broke; see the server log.' },
    });
  }
}
