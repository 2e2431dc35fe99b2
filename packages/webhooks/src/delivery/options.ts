import { type Clock, type Logger, ParleyError, type Scheduler, type Store } from '@parley/core';
import { type AddressPolicy, refusedAddress } from '@parley/core/internal';
import { z } from 'zod';
import type { WebhookDeliveryOptions } from './api.js';

const fn = z.custom<(...args: never[]) => unknown>(
  (v) => typeof v === 'function',
  'expected a function',
);
export const optionsSchema = z
  .object({
    store: z.custom<WebhookDeliveryOptions['store']>(
      (v) => typeof (v as Store | undefined)?.kv === 'function',
      'expected a Parley Store (an object with kv())',
    ),
    scheduler: z
      .custom<Scheduler>((v) => typeof (v as Scheduler)?.schedule === 'function')
      .optional(),
    clock: z.custom<Clock>((v) => typeof (v as Clock)?.now === 'function').optional(),
    fetch: fn.optional(),
    logger: z.custom<Logger>((v) => typeof (v as Logger)?.warn === 'function').optional(),
    lookup: fn.optional(),
    allowPrivateNetworks: z.boolean().optional(),
    allowList: z.array(z.string()).optional(),
    requireHttps: z.boolean().optional(),
    retrySchedule: z.array(z.number().int().min(0)).min(1).max(100).optional(),
    jitter: z.number().min(0).max(1).optional(),
    random: fn.optional(),
    timeoutMs: z.number().int().min(1).max(600_000).optional(),
    maxRetryAfterMs: z.number().int().min(0).optional(),
    maxConcurrency: z.number().int().min(1).max(10_000).optional(),
    maxPayloadBytes: z.number().int().min(1).optional(),
    retentionMs: z.number().int().min(1).optional(),
    endpointCacheMs: z.number().int().min(0).optional(),
    binary: z.enum(['omit', 'base64']).optional(),
    onEvent: fn.optional(),
    disableAfterMs: z.union([z.number().int().min(3_600_000), z.literal(false)]).optional(),
  })
  .strict();

/** Refuses endpoint URLs that are not http(s), or that are known to be private now. */
export function checkEndpointUrl(raw: string, requireHttps: boolean, policy: AddressPolicy): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Webhook endpoint URL ${JSON.stringify(raw)} is not a valid URL.`,
    );
  }
  if (url.protocol !== 'https:' && (requireHttps || url.protocol !== 'http:')) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Webhook endpoint URL must use ${requireHttps ? 'https' : 'http or https'}, not ${url.protocol}`,
    );
  }
  // Refuse what is known to be private now; names are checked again at every connection.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = host === 'localhost' || host.endsWith('.localhost') ? '127.0.0.1' : host;
  const verdict = policy(literal);
  if (verdict.range !== 'invalid' && !verdict.allowed) throw refusedAddress(host, verdict);
}
