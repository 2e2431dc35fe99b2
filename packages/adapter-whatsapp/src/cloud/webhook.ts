import { metaSubscription, readBodyCapped, verifyMetaSignature } from '@parley/core/internal';
import { handledFields } from './changes.js';
import { type WebhookPayload, webhookSchema } from './payload.js';
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
    if (request.method === 'GET') return metaSubscription(request, config.verifyToken);
    if (request.method !== 'POST') return text(405, 'Use GET (verification) or POST (events).');

    const raw = await readBodyCapped(request, config.maxBodyBytes);
    if (!raw) return text(413, `Body larger than ${config.maxBodyBytes} bytes.`);
    if (!verifyMetaSignature(config.appSecret, raw, request.headers.get('x-hub-signature-256'))) {
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
