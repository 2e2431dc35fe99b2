import { signMetaBody } from '@parley/core/internal';

/**
 * A webhook POST as Meta sends it: the JSON body signed with the app secret in
 * `X-Hub-Signature-256`. Pass it to `adapter.fetch()`.
 */
export function whatsappWebhookRequest(
  payload: unknown,
  appSecret: string,
  options: { url?: string; signature?: string } = {},
): Request {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return new Request(options.url ?? 'http://localhost/webhooks/whatsapp', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': options.signature ?? signMetaBody(appSecret, body),
    },
    body,
  });
}
