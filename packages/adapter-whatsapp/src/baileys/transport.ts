import { parseOrThrow } from '@parley/core';
import type { UserFacingSocketConfig } from '@whiskeysockets/baileys';
import { z } from 'zod';
import type { MakeSocket } from './socket.js';

/** Options of the Baileys transport (CH1): a number linked as a WhatsApp Web device. */
export interface BaileysOptions {
  /** How the number is linked the first time: scanning a QR code (default) or typing a pairing code. */
  link?: 'qr' | 'pairing-code';
  /**
   * `text` (default): menus go out as numbered text, which every client shows.
   * `native`: WhatsApp buttons (≤ 3 options) and lists (≤ 10), which some clients do
   * not render for linked devices — try it on your customers' phones first.
   */
  menus?: 'native' | 'text';
  /** Answer in groups too (default false: group messages are ignored). */
  groups?: boolean;
  /** Socket factory; default Baileys' `makeWASocket`. Tests pass a fake. */
  makeSocket?: MakeSocket;
  /** Extra Baileys socket config (browser, version, agent). Auth, logger and getMessage are the adapter's. */
  socket?: Omit<Partial<UserFacingSocketConfig>, 'auth' | 'logger' | 'getMessage'>;
  /** Reconnect back-off: first delay (default 2 s), doubling up to `maxDelayMs` (default 5 min), with jitter. */
  reconnect?: { baseDelayMs?: number; maxDelayMs?: number };
  /** How long a send waits for a dropped connection to come back (default 30 s). */
  connectWaitMs?: number;
  /** How long sent messages are kept to answer a recipient's retry (default 3 days). */
  sentCacheTtlMs?: number;
  /**
   * Messages WhatsApp delivers on reconnect (written while the socket was down) are
   * recorded; those younger than this are answered, older ones are held for operators
   * with the label "Offline backlog" (default 15 min; 0 holds them all).
   */
  offlineWindowMs?: number;
  /**
   * Send first messages to numbers that never wrote to this one (default false: such a
   * send fails with `CHANNEL_SEND_FAILED`). Unsolicited messages are what gets linked
   * numbers capped or banned; turn this on only for people who asked to hear from you.
   */
  coldMessages?: boolean;
}

export interface BaileysConfig {
  link: 'qr' | 'pairing-code';
  menus: 'native' | 'text';
  groups: boolean;
  makeSocket?: MakeSocket;
  socket: Omit<Partial<UserFacingSocketConfig>, 'auth' | 'logger' | 'getMessage'>;
  reconnect: { baseDelayMs: number; maxDelayMs: number };
  connectWaitMs: number;
  sentCacheTtlMs: number;
  offlineWindowMs: number;
  coldMessages: boolean;
}

/** A transport for `whatsapp({ transport })`; build it with `baileys()`. */
export interface BaileysTransport {
  readonly kind: 'baileys';
  readonly config: BaileysConfig;
}

const schema = z
  .object({
    link: z.enum(['qr', 'pairing-code']).default('qr'),
    menus: z.enum(['native', 'text']).default('text'),
    groups: z.boolean().default(false),
    makeSocket: z
      .custom<MakeSocket>((v) => typeof v === 'function', 'expected a function')
      .optional(),
    socket: z.record(z.string(), z.unknown()).default({}),
    reconnect: z
      .object({
        baseDelayMs: z.number().int().min(0).default(2_000),
        maxDelayMs: z.number().int().min(0).default(300_000),
      })
      .strict()
      .default({ baseDelayMs: 2_000, maxDelayMs: 300_000 }),
    connectWaitMs: z.number().int().min(0).default(30_000),
    sentCacheTtlMs: z
      .number()
      .int()
      .min(60_000)
      .default(3 * 86_400_000),
    offlineWindowMs: z
      .number()
      .int()
      .min(0)
      .default(15 * 60_000),
    coldMessages: z.boolean().default(false),
  })
  .strict();

/** The Baileys transport: link a number by QR or pairing code, no Meta account needed. */
export function baileys(options: BaileysOptions = {}): BaileysTransport {
  const config = parseOrThrow(schema, options, 'baileys() options') as BaileysConfig;
  return { kind: 'baileys', config };
}
