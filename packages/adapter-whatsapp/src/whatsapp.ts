import { parseOrThrow } from '@parley/core';
import { z } from 'zod';
import type { CommonConfig, WhatsAppAdapter } from './adapter-types.js';
import { createBaileysAdapter } from './baileys/adapter.js';
import type { BaileysTransport } from './baileys/transport.js';
import { createCloudAdapter } from './cloud/adapter.js';
import type { CloudApiTransport } from './cloud/transport.js';
import {
  type DeliveryStatus,
  type OwnerReplies,
  type PacingOptions,
  pacingSchema,
  type ReadReceipts,
} from './options.js';
import { parseBusinessNumber } from './phone.js';

export interface WhatsAppOptions {
  /** The business number, digits with the country code (`+5521988776655`, `6281234567890`). Validated. */
  number: string;
  /** Shown to operators (`Sales WhatsApp`); `adapter.channel()` puts it on the channel. */
  name?: string;
  /** Colour that marks this number's conversations in the inbox (`#25D366`). */
  color?: string;
  /** `baileys({...})` (linked by QR / pairing code) or `cloudApi({...})` (Meta's official API). */
  transport: BaileysTransport | CloudApiTransport;
  /** Outbound pacing (PL2); `false` turns spacing and the daily cap off. */
  pacing?: PacingOptions | false;
  /** When customers see their messages as read (default `inbox`: when an operator reads them). */
  readReceipts?: ReadReceipts;
  /** Sent / delivered / read / failed reports of messages this number sent. */
  onDeliveryStatus?: (status: DeliveryStatus) => void;
  /**
   * What happens when the owner answers from the phone (Baileys) or the WhatsApp
   * Business app (Cloud API coexistence): `pause` (default) records it as an operator
   * message and hands the conversation to humans, so the assistant stops talking over
   * them; `record` only records it; `ignore` drops it.
   */
  ownerReplies?: OwnerReplies;
  /** Random source for jitter (tests pass a fixed one); default `Math.random`. */
  random?: () => number;
}

const schema = z
  .object({
    number: z.string().min(1, 'give the business number with its country code'),
    name: z.string().min(1).max(100).optional(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'use a hex colour like #25D366')
      .optional(),
    transport: z.custom<BaileysTransport | CloudApiTransport>(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        ((v as { kind?: unknown }).kind === 'baileys' ||
          (v as { kind?: unknown }).kind === 'cloud-api'),
      'expected baileys({...}) or cloudApi({...})',
    ),
    pacing: z.union([z.literal(false), pacingSchema]).optional(),
    readReceipts: z.enum(['inbox', 'on-receive', 'never']).default('inbox'),
    ownerReplies: z.enum(['pause', 'record', 'ignore']).default('pause'),
    onDeliveryStatus: z
      .custom<(s: DeliveryStatus) => void>((v) => typeof v === 'function')
      .optional(),
    random: z
      .custom<() => number>((v) => typeof v === 'function', 'expected a function')
      .optional(),
  })
  .strict();

/**
 * A WhatsApp number as a Parley channel (CH1, CH2):
 *
 * ```ts
 * const sales = whatsapp({ number: '+5521988776655', name: 'Sales', transport: baileys() });
 * createDesk({ channels: [sales.channel({ id: 'wa-sales', route: { assistant: 'bot' } })] });
 * ```
 */
export function whatsapp(options: WhatsAppOptions): WhatsAppAdapter {
  const parsed = parseOrThrow(schema, options, 'whatsapp() options');
  const common: CommonConfig = {
    number: parseBusinessNumber(parsed.number, 'whatsapp() options: number'),
    ...(parsed.name !== undefined && { name: parsed.name }),
    ...(parsed.color !== undefined && { color: parsed.color }),
    pacing: parsed.pacing,
    readReceipts: parsed.readReceipts,
    ownerReplies: parsed.ownerReplies,
    ...(parsed.onDeliveryStatus !== undefined && { onDeliveryStatus: parsed.onDeliveryStatus }),
    random: parsed.random ?? Math.random,
  };
  return parsed.transport.kind === 'baileys'
    ? createBaileysAdapter(common, parsed.transport.config)
    : createCloudAdapter(common, parsed.transport.config);
}
