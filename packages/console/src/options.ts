import type { Desk, Logger } from '@parley/core';
import { z } from 'zod';
import type { PasswordLogin } from './auth/password-login.js';
import type { ConsoleOperator } from './operator.js';

export type Authenticate = (
  request: Request,
) => ConsoleOperator | undefined | Promise<ConsoleOperator | undefined>;

export interface ConsoleOptions {
  desk: Desk;
  /**
   * Who is signed in: the host's decision. Return the operator (id, name, tenantId,
   * role) or undefined for "not signed in". Give this or `login`.
   */
  authenticate?: Authenticate;
  /** The built-in sign-in (`passwordLogin({ operators })`), for hosts without their own. */
  login?: PasswordLogin;
  /** Where the console is mounted (default `/console`); every URL it answers is below it. */
  basePath?: string;
  /** Shown in the page title and header (default "Parley"). */
  title?: string;
  /** The assistant "Hand back to AI" picks when a conversation never had one, per tenant. */
  handBackTo?: Record<string, string>;
  /** Names of assistants by id, shown on their messages ("Aurora (AI)"). */
  assistantNames?: Record<string, string>;
  /**
   * How often presence set on other processes (through the desk's store) is applied
   * here, so assignment sees operators signed in elsewhere (default 5 s; 0 turns the
   * sharing off, for a single process that wants no polling).
   */
  presenceSyncMs?: number;
  /**
   * The bytes behind a channel's own media link, e.g. live chat's `livechat-file:` files
   * visitors sent: `readMedia: (url) => chat.readFile(url)`. Without it those show as links
   * that answer 404.
   */
  readMedia?: (url: string) => Promise<{ mimeType: string; data: Uint8Array } | undefined>;
  /** Largest file operators may send (default 5 MiB); images and PDF, checked by their bytes. */
  maxUploadBytes?: number;
  /** Whether the customer has read the outbound message with this external id. */
  seen?: (tenantId: string, externalId: string) => boolean;
  logger?: Logger;
}

export const consoleOptionsSchema = z
  .object({
    desk: z.custom<Desk>((d) => typeof d === 'object' && d !== null && 'inbox' in d, {
      message: 'desk must be a desk from createDesk()',
    }),
    authenticate: z.custom<Authenticate>((f) => typeof f === 'function').optional(),
    login: z
      .custom<PasswordLogin>(
        (l) =>
          typeof l === 'object' && l !== null && (l as PasswordLogin).kind === 'password-login',
        { message: 'login must come from passwordLogin()' },
      )
      .optional(),
    basePath: z
      .string()
      .regex(/^(\/[\w.~-]+)*$/, 'basePath is "" or like "/console" (no trailing slash)')
      .default('/console'),
    title: z.string().min(1).max(80).default('Parley'),
    handBackTo: z.record(z.string(), z.string()).default({}),
    assistantNames: z.record(z.string(), z.string().min(1).max(80)).default({}),
    presenceSyncMs: z.number().int().min(0).max(3_600_000).default(5_000),
    readMedia: z
      .custom<NonNullable<ConsoleOptions['readMedia']>>((f) => typeof f === 'function')
      .optional(),
    maxUploadBytes: z
      .number()
      .int()
      .min(1_024)
      .max(16 * 1024 * 1024)
      .default(5 * 1024 * 1024),
    seen: z.custom<NonNullable<ConsoleOptions['seen']>>((f) => typeof f === 'function').optional(),
    logger: z.custom<Logger>((l) => typeof l === 'object' && l !== null).optional(),
  })
  .refine((o) => (o.authenticate === undefined) !== (o.login === undefined), {
    message: 'give exactly one of authenticate (your own sign-in) or login (passwordLogin())',
  });

export type ConsoleConfig = z.output<typeof consoleOptionsSchema>;
