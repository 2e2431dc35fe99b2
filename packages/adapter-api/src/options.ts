import { type KeyValue, ParleyError, parseOrThrow } from '@parley/core';
import {
  createSigner,
  createWebhookDelivery,
  type WebhookDelivery,
  type WebhookDeliveryOptions,
} from '@parley/webhooks';
import { z } from 'zod';
import { DEFAULT_MAX_BODY_BYTES } from './http/body.js';

/**
 * Options of the channel's own delivery engine (used when no `delivery` is given).
 * The store, clock and logger are the desk's; for a durable scheduler share a
 * `delivery` instead.
 */
export type ApiDeliveryOptions = Omit<
  WebhookDeliveryOptions,
  'store' | 'clock' | 'logger' | 'scheduler'
>;

export interface ApiChannelOptions {
  /**
   * The channel's inbox token (16+ characters; `generateInboxToken()` makes one): API
   * clients send it as `Authorization: Bearer <inboxToken>`.
   */
  inboxToken: string;
  /** Where every outbound message of this channel is delivered (http or https). */
  webhookUrl: string;
  /**
   * Signs those deliveries (Standard Webhooks): a `whsec_` secret (`generateSecret()`)
   * or a `whsk_` ed25519 key. The receiver verifies with it (or the `whpk_` key).
   */
  webhookSecret: string;
  /**
   * CH7: the secret of user identity validation. A request that names a contact may
   * carry `Identifier-Hash: hex(HMAC-SHA256(contactId, identitySecret))`; a wrong one
   * is refused, and a contact once verified needs it on every request.
   */
  identitySecret?: string;
  /** CH7: every request naming a contact must carry a valid `Identifier-Hash`. */
  requireIdentity?: boolean;
  /**
   * A delivery engine to share (built over the desk's store and scheduler, also used by
   * `attachToDesk`); the host starts and stops it. Default: the channel builds its own
   * over the desk's store (the channel's key-value space) and clock.
   */
  delivery?: WebhookDelivery;
  /** Options of the channel's own delivery engine (not with `delivery`). */
  deliveryOptions?: ApiDeliveryOptions;
  /** Path the handler is mounted at, e.g. `/api/parley` (default: the root). */
  basePath?: string;
  /** Largest request body, bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** How long an `Idempotency-Key` is remembered, ms (default 24 h, at least 1 min). */
  idempotencyTtlMs?: number;
  /** Longest text of one outbound message; longer replies are split (default 4096). */
  maxTextLength?: number;
}

const secretString = (what: string) =>
  z.string().refine((s) => isSigningKey(s), `expected a \`whsec_\` or \`whsk_\` key for ${what}`);

import { tokenBits } from './http/inbox-token.js';

export const optionsSchema = z
  .object({
    inboxToken: z
      .string()
      .min(16, 'use at least 16 characters (generateInboxToken() makes one)')
      .max(512)
      .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
      .refine(
        (t) => tokenBits(t) >= 128,
        'too guessable: use a token of at least 128 random bits (generateInboxToken() makes one)',
      ),
    webhookUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
    webhookSecret: secretString('webhookSecret'),
    identitySecret: z
      .string()
      .min(16, 'use at least 16 characters (generateSecret() makes one)')
      .optional(),
    requireIdentity: z.boolean().default(false),
    delivery: z
      .custom<WebhookDelivery>(
        (v) => typeof (v as WebhookDelivery | undefined)?.deliver === 'function',
        'expected a WebhookDelivery from createWebhookDelivery()',
      )
      .optional(),
    deliveryOptions: z.record(z.string(), z.unknown()).optional(),
    basePath: z
      .string()
      .regex(/^\/[^?#]*$/, 'expected a path starting with /')
      .default('/'),
    maxBodyBytes: z
      .number()
      .int()
      .min(1024)
      .max(10 * 1024 * 1024)
      .default(DEFAULT_MAX_BODY_BYTES),
    idempotencyTtlMs: z
      .number()
      .int()
      .min(60_000)
      .default(24 * 3_600_000),
    maxTextLength: z.number().int().min(160).max(100_000).default(4096),
  })
  .strict();

export type ApiChannelConfig = z.output<typeof optionsSchema>;

export function parseOptions(options: ApiChannelOptions): ApiChannelConfig {
  const config = parseOrThrow(optionsSchema, options, 'apiChannel options');
  if (config.requireIdentity && config.identitySecret === undefined) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'Invalid apiChannel options: requireIdentity needs identitySecret (the key identity hashes are made with).',
      { details: { path: 'identitySecret' } },
    );
  }
  if (config.delivery && config.deliveryOptions) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'Invalid apiChannel options: pass either `delivery` (a shared engine, configured where it is created) or `deliveryOptions`, not both.',
      { details: { path: 'deliveryOptions' } },
    );
  }
  // The delivery engine validates its own options; do it now rather than at desk.start().
  if (config.deliveryOptions) {
    const probe = createWebhookDelivery({
      ...(config.deliveryOptions as ApiDeliveryOptions),
      store: { kv: () => emptyKv },
    });
    void probe.stop();
  }
  return { ...config, basePath: config.basePath.replace(/\/+$/, '') };
}

function isSigningKey(secret: string): boolean {
  try {
    createSigner(secret);
    return true;
  } catch {
    return false;
  }
}

const emptyKv: KeyValue = {
  get: async () => undefined,
  set: async () => {},
  delete: async () => {},
  list: async () => [],
};
