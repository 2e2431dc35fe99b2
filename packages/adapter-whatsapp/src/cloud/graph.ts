import { ParleyError, type ParleyErrorCode } from '@parley/core';
import type { Refusal } from '../pacing/pacer.js';
import type { CloudApiConfig } from './transport.js';

/**
 * Meta's throttling errors (WhatsApp error codes reference): 4 too many API calls,
 * 80007 WABA rate limit, 130429 throughput, 131048 spam rate limit, 131056 pair rate
 * limit. The number backs off and the send is tried again.
 */
const rateLimitCodes = new Set([4, 80007, 130429, 131048, 131056]);
/**
 * 368 "temporarily blocked for policies violations": the number backs off and the send
 * fails, since sending again while blocked only adds to the record.
 */
const restrictedCodes = new Set([368]);

/** P-26: what a Graph error code says about the number, for the pacer. */
export function refusalOfCode(metaCode: number | undefined): Refusal | undefined {
  if (metaCode === undefined) return undefined;
  if (restrictedCodes.has(metaCode)) return 'restricted';
  return rateLimitCodes.has(metaCode) ? 'rate-limited' : undefined;
}

/** The refusal carried by an error thrown by the Graph client. */
export function refusalOfError(error: unknown): Refusal | undefined {
  if (!ParleyError.isInstance(error)) return undefined;
  const metaCode = error.details.metaCode;
  return refusalOfCode(typeof metaCode === 'number' ? metaCode : undefined);
}
/** The 24-hour customer-service window has closed. */
const WINDOW_CLOSED = 131047;

/** A Graph API error as a ParleyError with the code a host can act on. */
export function graphError(status: number, body: unknown): ParleyError {
  const error = (
    body as { error?: { message?: string; code?: number; error_data?: { details?: string } } }
  )?.error;
  const metaCode = error?.code;
  const text =
    [error?.message, error?.error_data?.details].filter(Boolean).join(' — ') || `HTTP ${status}`;
  let code: ParleyErrorCode = 'CHANNEL_SEND_FAILED';
  let hint = '';
  if (metaCode === WINDOW_CLOSED) {
    code = 'REPLY_WINDOW_CLOSED';
    hint =
      " The customer last wrote more than 24 hours ago: send a template, desk.send(target, { type: 'template', name, language, variables }).";
  } else if (refusalOfCode(metaCode)) {
    code = 'RATE_LIMITED';
    if (metaCode === 368)
      hint =
        ' Meta blocked the number for a policy violation: see the enforcement notice in WhatsApp Manager before sending more.';
  } else if (metaCode === 190 || status === 401) {
    code = 'UNAUTHORIZED';
    hint =
      ' The access token is invalid or expired: create a system-user token with whatsapp_business_messaging.';
  }
  return new ParleyError(code, `WhatsApp Cloud API refused the request: ${text}.${hint}`, {
    details: { status, metaCode },
  });
}

/** The Graph API calls the Cloud transport makes, through the injected `fetch`. */
export class GraphClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly config: CloudApiConfig) {
    this.fetch = config.fetch ?? globalThis.fetch;
  }

  /** POST /{phone-number-id}/messages; returns the new message's `wamid`. */
  async sendMessage(payload: Record<string, unknown>): Promise<string> {
    const body = await this.call(`${this.config.phoneNumberId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', ...payload }),
    });
    const id = (body as { messages?: Array<{ id?: string }> }).messages?.[0]?.id;
    if (!id)
      throw new ParleyError(
        'CHANNEL_SEND_FAILED',
        'WhatsApp Cloud API answered without a message id.',
      );
    return id;
  }

  /** Marks a message (and everything before it) read; optionally shows the typing indicator. */
  async markRead(messageId: string, typing: boolean): Promise<void> {
    await this.call(`${this.config.phoneNumberId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        messaging_product: 'whatsapp',
        status: 'read',
        message_id: messageId,
        ...(typing && { typing_indicator: { type: 'text' } }),
      }),
    });
  }

  /** Uploads bytes for an outbound media message; returns the media id. */
  async uploadMedia(data: Uint8Array, mimeType: string, fileName: string): Promise<string> {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', mimeType);
    form.set('file', new Blob([new Uint8Array(data)], { type: mimeType }), fileName);
    const body = await this.call(`${this.config.phoneNumberId}/media`, {
      method: 'POST',
      body: form,
    });
    const id = (body as { id?: string }).id;
    if (!id)
      throw new ParleyError(
        'CHANNEL_SEND_FAILED',
        'WhatsApp Cloud API answered an upload without a media id.',
      );
    return id;
  }

  /** The bytes of an inbound media id: its short-lived URL first, then the bytes (both need the token). */
  async downloadMedia(mediaId: string): Promise<Uint8Array> {
    const meta = (await this.call(encodeURIComponent(mediaId), { method: 'GET' })) as {
      url?: string;
    };
    if (!meta.url)
      throw new ParleyError(
        'NOT_FOUND',
        `WhatsApp media ${mediaId} has no download URL (it expires after 30 days).`,
      );
    const response = await this.fetch(meta.url, { headers: this.auth() });
    if (!response.ok)
      throw graphError(response.status, await response.json().catch(() => undefined));
    return new Uint8Array(await response.arrayBuffer());
  }

  private auth(): Record<string, string> {
    return { authorization: `Bearer ${this.config.accessToken}` };
  }

  private async call(path: string, init: RequestInit): Promise<unknown> {
    const url = `${this.config.graphUrl}/${this.config.apiVersion}/${path}`;
    let response: Response;
    try {
      response = await this.fetch(url, {
        ...init,
        headers: { ...this.auth(), ...(init.headers as Record<string, string>) },
      });
    } catch (cause) {
      throw new ParleyError(
        'CHANNEL_SEND_FAILED',
        `Could not reach the WhatsApp Cloud API: ${(cause as Error).message}.`,
        { cause },
      );
    }
    const body = await response.json().catch(() => undefined);
    if (!response.ok) throw graphError(response.status, body);
    return body ?? {};
  }
}
