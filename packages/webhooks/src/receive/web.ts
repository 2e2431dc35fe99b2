import { createVerifier, type Verifier, type VerifyOptions } from '../signing/verify.js';
import { verificationFailureOf } from '../signing/verify-error.js';
import type { Dedupe } from './dedupe.js';
import {
  DEFAULT_MAX_BODY_BYTES,
  runOnce,
  tooLarge,
  verifyAndParse,
  type WebhookEvent,
} from './event.js';

export interface ReceiverOptions extends VerifyOptions {
  /** Most body bytes read before answering 413 (default 1 MiB). */
  maxBodyBytes?: number;
}

export interface WebhookHandlerOptions extends ReceiverOptions {
  /**
   * Handles a verified event. Return nothing (answered 204) or a Response. Throwing
   * answers 500, so the sender retries.
   */
  onEvent(event: WebhookEvent, request: Request): unknown;
  /** Handles each webhook id once; duplicates are answered 200 without calling onEvent. */
  dedupe?: Dedupe;
  /** Told about onEvent failures (default: none; the 500 is the report). */
  onError?(error: unknown): void;
}

/**
 * Reads a Web `Request`'s raw body (up to `maxBodyBytes`), verifies it and parses the
 * JSON. Throws a ParleyError whose `verificationFailureOf(e)` gives the reason and the
 * status to answer (400, 401 or 413).
 */
export async function verifyRequest(
  request: Request,
  options: ReceiverOptions,
): Promise<WebhookEvent> {
  return verifyWith(createVerifier(options), request, options.maxBodyBytes);
}

/**
 * A `(request) => Response` handler for any framework that speaks Web Requests (Hono,
 * Next.js route handlers, Bun, Deno, `node:http` through an adapter). Failures are
 * answered with their status and `{ "error": reason, "message": … }`.
 */
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  const verifier = createVerifier(options);
  return async function webhookHandler(request) {
    let event: WebhookEvent;
    try {
      event = await verifyWith(verifier, request, options.maxBodyBytes);
    } catch (error) {
      const failure = verificationFailureOf(error);
      if (!failure) throw error;
      return Response.json(
        { error: failure.reason, message: failure.message },
        { status: failure.status },
      );
    }
    let result: unknown;
    try {
      const ran = await runOnce(event, options.dedupe, async () => {
        result = await options.onEvent(event, request);
      });
      if (!ran) return Response.json({ ok: true, duplicate: true }, { status: 200 });
    } catch (error) {
      options.onError?.(error);
      return Response.json(
        { error: 'handler_failed', message: 'The webhook handler failed; retry later.' },
        { status: 500 },
      );
    }
    return result instanceof Response ? result : new Response(null, { status: 204 });
  };
}

async function verifyWith(
  verifier: Verifier,
  request: Request,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<WebhookEvent> {
  const body = await readLimited(request, maxBodyBytes);
  return verifyAndParse(verifier, body, request.headers);
}

async function readLimited(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > max) throw tooLarge(max);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
