import { z } from 'zod';
import type { PacingConfig } from './pacing/pacer.js';

/** Outbound pacing (PL2). `false` turns spacing and the daily cap off (not the FIFO or back-off). */
export interface PacingOptions {
  /** Least time between two sends from this number (Baileys default 1200 ms). */
  minIntervalMs?: number;
  /** A random extra 0..jitterMs per gap (Baileys default 1800 ms). */
  jitterMs?: number;
  /** Most messages per UTC day from this number (Baileys default 1000; none on the Cloud API). */
  dailyCap?: number | null;
  /** First pause after a rate-limit signal (default 30 s); doubles up to `maxBackoffMs` (15 min). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How often a send refused for rate limiting is tried again (default 3). */
  maxRetries?: number;
}

export const pacingSchema = z
  .object({
    minIntervalMs: z.number().int().min(0).max(600_000).optional(),
    jitterMs: z.number().int().min(0).max(600_000).optional(),
    dailyCap: z.number().int().min(1).nullable().optional(),
    backoffMs: z.number().int().min(0).optional(),
    maxBackoffMs: z.number().int().min(0).optional(),
    maxRetries: z.number().int().min(0).max(20).optional(),
  })
  .strict();

export function resolvePacing(
  options: PacingOptions | false | undefined,
  defaults: Pick<PacingConfig, 'minIntervalMs' | 'jitterMs' | 'dailyCap'>,
): PacingConfig {
  const base = options === false ? { minIntervalMs: 0, jitterMs: 0 } : defaults;
  const given = options === false ? {} : (options ?? {});
  const dailyCap =
    options === false
      ? undefined
      : given.dailyCap === null
        ? undefined
        : (given.dailyCap ?? defaults.dailyCap);
  return {
    minIntervalMs: given.minIntervalMs ?? base.minIntervalMs,
    jitterMs: given.jitterMs ?? base.jitterMs,
    ...(dailyCap !== undefined && { dailyCap }),
    backoffMs: given.backoffMs ?? 30_000,
    maxBackoffMs: given.maxBackoffMs ?? 15 * 60_000,
    maxRetries: given.maxRetries ?? 3,
  };
}

/**
 * When the customer's messages are marked read (blue ticks): `inbox` when an operator
 * reads the conversation (`desk.inbox.markRead`), `on-receive` as soon as they arrive,
 * `never`.
 */
export type ReadReceipts = 'inbox' | 'on-receive' | 'never';

/** What the owner's own replies from the phone or the Business app do (see `whatsapp()`). */
export type OwnerReplies = 'pause' | 'record' | 'ignore';

/** What a delivery-status report says about a message this number sent. */
export interface DeliveryStatus {
  /** The channel's id of the message (what `send` returned). */
  externalId: string;
  /** The recipient's address. */
  to: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: Date;
  error?: { code: number | string; message: string };
}
