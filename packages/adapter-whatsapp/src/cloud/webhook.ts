import { handledFields } from './changes.js';
import { type WebhookPayload, webhookSchema } from './payload.js';
import { safeEqual, verifySignature } from './signature.js';
import type { CloudApiConfig } from './transport.js';

export interface WebhookHandlers {
  /** False until the channel is started: Meta retries what gets a 503. */
  ready(): boolean;
  /**
   * One `value` of a change addressed to this number (messages, echoes, history); resolves once its
   * messages are durably accepted (false when one could not be recorded).
   */
  onChange(value: WebhookPayload['entry'][number]['changes'][number]['value']): Promise<boolean>;
}

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * The Web-standard webhook handler: the `hub.challenge` GET that subscribes the
 * webhook, and event POSTs whose `X-Hub-Signature-256` is checked over the raw bytes,
 * in constant time, before anything is parsed.
 */
export function createWebhookHandler(
  config: CloudApiConfig,
  handlers: WebhookHandlers,
): (request: Request) => Promise<Response> {
  return async function whatsappWebhook(request) {
    if (request.method === 'GET') return verifySubscription(request, config);
    if (request.method !== 'POST') return text(405, 'Use GET (verification) or POST (events).');

    const raw = await readLimited(request, config.maxBodyBytes);
    if (!raw) return text(413, `Body larger than ${config.maxBodyBytes} bytes.`);
    if (!verifySignature(raw, request.headers.get('x-hub-signature-256'), config.appSecret)) {
      return text(401, 'Bad or missing X-Hub-Signature-256: check the app secret.');
    }
    if (!handlers.ready()) return text(503, 'Channel not started.');
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      return text(400, 'Body is not JSON.');
    }
    const parsed = webhookSchema.safeParse(json);
    if (!parsed.success) return text(400, 'Not a WhatsApp Business Account webhook payload.');
    const changes: Array<Promise<boolean>> = [];
    for (const entry of parsed.data.entry) {
      for (const change of entry.changes) {
        // One app may serve several numbers: take only what is addressed to this one.
        if (!handledFields.has(change.field)) continue;
        if (change.value.metadata?.phone_number_id !== config.phoneNumberId) continue;
        changes.push(handlers.onChange(change.value));
      }
    }
    // The 200 follows the durable record of every message, never the assistant's turn:
    // Meta redelivers what is not acknowledged, and the engine dedupes by message id.
    const recorded = await Promise.all(changes);
    if (!recorded.every(Boolean)) {
      return text(500, 'Some messages could not be recorded; deliver them again.');
    }
    return text(200, 'EVENT_RECEIVED');
  };
}

function verifySubscription(request: Request, config: CloudApiConfig): Response {
  const params = new URL(request.url).searchParams;
  const mode = params.get('hub.mode');
  const token = params.get('hub.verify_token') ?? '';
  const challenge = params.get('hub.challenge');
  if (mode === 'subscribe' && challenge !== null && safeEqual(token, config.verifyToken)) {
    return text(200, challenge);
  }
  return text(403, 'Verification failed: hub.verify_token does not match the verifyToken option.');
}

/** The body's bytes, or undefined past `max` (checked as it streams, not only by header). */
async function readLimited(request: Request, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > max) return undefined;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
