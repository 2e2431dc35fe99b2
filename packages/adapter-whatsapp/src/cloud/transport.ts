import { type OutboundMessage, parseOrThrow } from '@parley/core';
import { z } from 'zod';
import type { WhatsAppTemplate } from '../template.js';

/** Options of the WhatsApp Cloud API transport (CH2). */
export interface CloudApiOptions {
  /** The phone number's id in WhatsApp Manager (not the number itself). */
  phoneNumberId: string;
  /** A system-user access token with `whatsapp_business_messaging`. */
  accessToken: string;
  /** The Meta app's secret: every webhook POST is verified against it. */
  appSecret: string;
  /** The token you typed when subscribing the webhook (`hub.verify_token`). */
  verifyToken: string;
  /** Graph API version (default `v23.0`). */
  apiVersion?: string;
  /** Graph API base URL (default `https://graph.facebook.com`); tests point it at a loopback server. */
  graphUrl?: string;
  /** `fetch` used for the Graph API (default the global one). */
  fetch?: typeof fetch;
  /** `native` (default): interactive buttons (≤ 3) and lists (≤ 10). `text`: numbered text. */
  menus?: 'native' | 'text';
  /**
   * Outside the 24-hour window a free-form send fails with `REPLY_WINDOW_CLOSED`. Return
   * a template here to send it instead (e.g. a re-engagement template carrying the text).
   */
  outsideWindow?: (message: OutboundMessage) => WhatsAppTemplate | undefined;
  /** Largest webhook body accepted (default 1 MiB). */
  maxBodyBytes?: number;
}

export interface CloudApiConfig {
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  apiVersion: string;
  graphUrl: string;
  fetch?: typeof fetch;
  menus: 'native' | 'text';
  outsideWindow?: (message: OutboundMessage) => WhatsAppTemplate | undefined;
  maxBodyBytes: number;
}

/** A transport for `whatsapp({ transport })`; build it with `cloudApi()`. */
export interface CloudApiTransport {
  readonly kind: 'cloud-api';
  readonly config: CloudApiConfig;
}

const secret = (what: string) => z.string().min(1, `give the ${what}`);

const schema = z
  .object({
    phoneNumberId: z
      .string()
      .regex(
        /^\d{5,30}$/,
        'the phone number id is the numeric id from WhatsApp Manager, not the number',
      ),
    accessToken: secret('access token (a system-user token with whatsapp_business_messaging)'),
    appSecret: secret('Meta app secret (App settings › Basic) to verify webhooks'),
    verifyToken: secret('verify token you set when subscribing the webhook'),
    apiVersion: z
      .string()
      .regex(/^v\d+\.\d+$/, 'use a Graph API version like "v23.0"')
      .default('v23.0'),
    graphUrl: z.url().default('https://graph.facebook.com'),
    fetch: z
      .custom<typeof fetch>((v) => typeof v === 'function', 'expected a fetch function')
      .optional(),
    menus: z.enum(['native', 'text']).default('native'),
    outsideWindow: z
      .custom<CloudApiConfig['outsideWindow']>(
        (v) => typeof v === 'function',
        'expected a function',
      )
      .optional(),
    maxBodyBytes: z
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
  })
  .strict();

/** The official WhatsApp Cloud API: webhook in, Graph API out. */
export function cloudApi(options: CloudApiOptions): CloudApiTransport {
  const config = parseOrThrow(schema, options, 'cloudApi() options') as CloudApiConfig;
  return {
    kind: 'cloud-api',
    config: { ...config, graphUrl: config.graphUrl.replace(/\/+$/, '') },
  };
}
