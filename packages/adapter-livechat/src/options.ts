import type { IncomingMessage } from 'node:http';
import { CHAT_ATTACHMENT_TYPES } from '@parley/core/internal';
import { z } from 'zod';
import type { LivechatFanout } from './server/relay.js';

/** File types a visitor may upload, recognised by their bytes. */
export const uploadTypes = CHAT_ATTACHMENT_TYPES;

const rate = (burst: number, perSecond: number) =>
  z
    .object({
      /** Frames a client may send at once. */
      burst: z.number().int().min(1).max(1_000_000),
      /** Frames added back per second. */
      perSecond: z.number().positive().max(1_000_000),
    })
    .strict()
    .default({ burst, perSecond });

const originCheck = z.custom<(origin: string | undefined) => boolean>(
  (v) => typeof v === 'function',
  'expected a function (origin) => boolean',
);

const fanout = z.custom<LivechatFanout>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as LivechatFanout).publish === 'function' &&
    typeof (v as LivechatFanout).subscribe === 'function' &&
    typeof (v as LivechatFanout).origin === 'string',
  'expected a fan-out with origin, publish and subscribe (createFanout of @parley/store-postgres)',
);

const teamStatus = z.custom<(visitor: { address: string; language?: string }) => unknown>(
  (v) => typeof v === 'function',
  'expected a function (visitor) => { status: "online" | "away", replyTime? }',
);

const clientIp = z.custom<(req: IncomingMessage) => string | undefined>(
  (v) => typeof v === 'function',
  'expected a function (req) => string, e.g. reading X-Forwarded-For behind your proxy',
);

export const livechatOptionsSchema = z
  .object({
    /**
     * CH7: secret the host signs visitor identifiers with (`signVisitorIdentity`). When
     * set, a visitor claiming an identifier must bring its valid `identifier_hash`.
     */
    identitySecret: z
      .string()
      .min(16, 'use at least 16 characters (e.g. crypto.randomBytes(32).toString("hex"))')
      .optional(),
    /** Refuse anonymous visitors: every visitor must bring a signed identifier. */
    requireIdentity: z.boolean().default(false),
    /**
     * Origins allowed to open the socket (`https://shop.example`), or a function.
     * Default: none (P-18: a socket from an unlisted page is cross-site WebSocket
     * hijacking). `'*'` allows any origin, explicitly, and is logged at start. With a
     * list, a handshake without an Origin header is refused.
     */
    allowedOrigins: z.union([z.array(z.url()), z.literal('*'), originCheck]).optional(),
    /** Open sockets this channel holds at most; more are closed with 1013. */
    maxConnections: z.number().int().min(1).default(10_000),
    /** Open sockets one IP may hold. */
    maxConnectionsPerIp: z.number().int().min(1).default(50),
    /** Largest frame in bytes (ws `maxPayload`); bigger frames close the socket with 1009. */
    maxPayloadBytes: z.number().int().min(512).max(1_048_576).default(16_384),
    /** Longest text a visitor may send. */
    maxMessageChars: z.number().int().min(1).max(100_000).default(4_000),
    /** Frames per connection (pongs are free). */
    rate: rate(20, 2),
    /** Frames plus new connections per client IP, all its sockets together. */
    ipRate: rate(120, 10),
    /** Server ping interval; a socket silent for a whole interval is terminated. */
    heartbeatMs: z.number().int().min(1_000).default(25_000),
    /** A socket that sends no hello this long after connecting is closed. */
    helloTimeoutMs: z.number().int().min(100).default(10_000),
    /** Messages of history sent back on resume. */
    historyLimit: z.number().int().min(1).max(1_000).default(50),
    /** How long a resume token and a visitor's history live without use. */
    sessionTtlMs: z
      .number()
      .int()
      .min(60_000)
      .default(30 * 24 * 3_600_000),
    /** Unsent bytes a socket may queue before it is treated as dead. */
    maxBufferedBytes: z.number().int().min(1_024).default(1_048_576),
    /** The client's IP for per-IP limits (default: the socket's remote address). */
    clientIp: clientIp.optional(),
    /**
     * With several processes behind a load balancer: `await createFanout({ store })`, so
     * a reply, typing or read receipt produced in one process reaches the visitor's tabs
     * open on another. Without it, frames reach only tabs open in this process.
     */
    fanout: fanout.optional(),
    /**
     * The team's status shown before the visitor writes: `{ status: 'online' | 'away',
     * replyTime? }`, asked at each visitor's hello (e.g. from `desk.teams.operators()`).
     * While away the widget asks for an email to reply to. Unset: no status is shown.
     */
    status: teamStatus.optional(),
    /**
     * Files visitors may send (images, PDF). The server checks the size and the bytes
     * themselves (magic bytes), whatever name or type the browser claims. `false`: none.
     */
    uploads: z
      .union([
        z.literal(false),
        z.object({
          /** Largest file in bytes (default 5 MiB). */
          maxBytes: z
            .number()
            .int()
            .min(1_024)
            .max(16 * 1024 * 1024)
            .default(5 * 1024 * 1024),
          /** Accepted types, by content (default PNG, JPEG, GIF, WebP and PDF). */
          types: z
            .array(z.enum(uploadTypes))
            .min(1)
            .default([...uploadTypes]),
        }),
      ])
      .default({ maxBytes: 5 * 1024 * 1024, types: [...uploadTypes] }),
  })
  .strict()
  .refine((o) => !o.requireIdentity || o.identitySecret !== undefined, {
    message: '`requireIdentity` needs `identitySecret` to verify identities',
    path: ['identitySecret'],
  });

export type LivechatOptions = z.input<typeof livechatOptionsSchema>;
export type LivechatConfig = z.output<typeof livechatOptionsSchema>;
