import type { IncomingMessage, ServerResponse } from 'node:http';
import { ParleyError } from '@parley/core';
import { createVerifier } from '../signing/verify.js';
import { verificationFailureOf } from '../signing/verify-error.js';
import type { Dedupe } from './dedupe.js';
import {
  DEFAULT_MAX_BODY_BYTES,
  runOnce,
  tooLarge,
  verifyAndParse,
  type WebhookEvent,
} from './event.js';
import { concat, type ReceiverOptions } from './web.js';

/** A Node request as the middleware sees it; Express adds `body`, the middleware `webhook`. */
export interface NodeWebhookRequest extends IncomingMessage {
  body?: unknown;
  /** The verified event, set before `next()` is called. */
  webhook?: WebhookEvent;
}

export interface WebhookMiddlewareOptions extends ReceiverOptions {
  /**
   * Handles a verified event; answered 204 unless it answered itself. Throwing answers
   * 500, so the sender retries. Without `onEvent` the middleware sets `req.webhook` and
   * calls `next()` (Express style).
   */
  onEvent?(event: WebhookEvent, req: NodeWebhookRequest, res: ServerResponse): unknown;
  /** Handles each webhook id once; duplicates are answered 200 and go no further. */
  dedupe?: Dedupe;
  /** Told about onEvent failures. */
  onError?(error: unknown): void;
}

export type WebhookMiddleware = (
  req: NodeWebhookRequest,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/**
 * Verifies Standard Webhooks on `node:http` or Express: pass it to `http.createServer`
 * with `onEvent`, or mount it on an Express route (before `express.json()`, or after
 * `express.raw({ type: 'application/json' })`) and read `req.webhook` in the next
 * handler. Refusals are answered 400/401/413 with `{ "error": reason, "message": … }`.
 */
export function webhookMiddleware(options: WebhookMiddlewareOptions): WebhookMiddleware {
  const verifier = createVerifier(options);
  const max = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const handle = async (
    req: NodeWebhookRequest,
    res: ServerResponse,
    next?: (error?: unknown) => void,
  ) => {
    let event: WebhookEvent;
    try {
      const body = await rawBody(req, max);
      event = verifyAndParse(verifier, body, req.headersDistinct ?? req.headers);
    } catch (error) {
      const failure = verificationFailureOf(error);
      if (!failure) throw error;
      sendJson(res, failure.status, { error: failure.reason, message: failure.message });
      // Stop reading an oversized upload instead of draining it.
      if (failure.status === 413) res.once('finish', () => req.destroy());
      return;
    }

    if (!options.onEvent) {
      if (!next) {
        throw new ParleyError(
          'CONFIG_INVALID',
          'webhookMiddleware: pass `onEvent`, or use it as Express middleware (it calls next()).',
        );
      }
      req.webhook = event;
      const fresh = await runOnce(event, options.dedupe, () => {});
      if (fresh) next();
      else sendJson(res, 200, { ok: true, duplicate: true });
      return;
    }

    const onEvent = options.onEvent;
    try {
      const ran = await runOnce(event, options.dedupe, () => onEvent(event, req, res));
      if (!ran) return sendJson(res, 200, { ok: true, duplicate: true });
    } catch (error) {
      options.onError?.(error);
      if (!res.headersSent) {
        sendJson(res, 500, {
          error: 'handler_failed',
          message: 'The webhook handler failed; retry later.',
        });
      }
      return;
    }
    if (!res.headersSent) {
      res.statusCode = 204;
      res.end();
    }
  };

  return function parleyWebhook(req, res, next) {
    handle(req, res, next).catch((error) => {
      if (next) return next(error);
      options.onError?.(error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal', message: String(error) });
    });
  };
}

async function rawBody(req: NodeWebhookRequest, max: number): Promise<Uint8Array | string> {
  const body = req.body;
  if (body instanceof Uint8Array || typeof body === 'string') {
    if (Buffer.byteLength(body) > max) throw tooLarge(max);
    return body;
  }
  if (body !== undefined && req.readableEnded) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'webhookMiddleware: the body was already parsed (express.json()?), so its raw bytes are gone and no signature can be checked. Mount the webhook route before express.json(), or use express.raw({ type: "application/json" }) on it.',
    );
  }
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > max) throw tooLarge(max);
  // Events rather than `for await`: leaving an async iterator early destroys the socket,
  // and the 413 would never reach the sender.
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.byteLength;
      if (total > max) {
        cleanup();
        req.pause();
        reject(tooLarge(max));
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => {
      cleanup();
      resolve(concat(chunks, total));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}
