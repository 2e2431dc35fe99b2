import { metaSubscription, readBodyCapped, verifyMetaSignature } from '@parley/core/internal';

/** Meta's deliveries are small; anything far larger is not Meta. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookHandlerOptions {
  appSecret: string;
  verifyToken: string;
  /** Processes a verified, parsed delivery; resolves with how many events failed. */
  process(payload: unknown): Promise<{ failed: number }>;
  ready(): boolean;
}

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain', ...headers } });

/**
 * The Web-standard handler Meta calls: the subscription handshake (GET) and
 * deliveries (POST), each verified before anything is parsed.
 */
export function webhookHandler(options: WebhookHandlerOptions) {
  return async function handle(request: Request): Promise<Response> {
    if (request.method === 'GET') return metaSubscription(request, options.verifyToken);
    if (request.method !== 'POST') return text(405, 'Use GET or POST.', { allow: 'GET, POST' });
    // P-10: streamed with a cap before the signature check; a huge unsigned body is
    // cut off at MAX_BODY_BYTES instead of being buffered whole.
    const raw = await readBodyCapped(request, MAX_BODY_BYTES);
    if (!raw) return text(413, 'Body too large for an Instagram webhook.');
    if (!verifyMetaSignature(options.appSecret, raw, request.headers.get('x-hub-signature-256'))) {
      return text(
        401,
        'X-Hub-Signature-256 does not match the body: check that `appSecret` is the secret of the Meta app that sends these webhooks.',
      );
    }
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      return text(400, 'The body is not JSON.');
    }
    // Meta retries a delivery that is not acknowledged, so a channel still starting
    // (or stopped) asks for the retry rather than dropping the events.
    if (!options.ready()) return text(503, 'The Instagram channel is not started yet.');
    const { failed } = await options.process(payload);
    if (failed > 0) return text(500, `${failed} event(s) failed; Meta will deliver them again.`);
    return text(200, 'EVENT_RECEIVED');
  };
}
