import { ParleyError, parseOrThrow } from '@parley/core';
import { z } from 'zod';
import type { ConsoleOperator } from '../operator.js';
import { consoleOperatorSchema } from '../operator.js';
import { decoyHash, verifyPassword } from './password.js';

const accountSchema = consoleOperatorSchema.extend({
  /** What the operator types on the sign-in page. */
  username: z.string().min(1).max(200),
  /** From `hashPassword()`; never the password itself. */
  passwordHash: z.string().startsWith('scrypt$', 'passwordHash comes from hashPassword()'),
});

const optionsSchema = z.object({
  operators: z.array(accountSchema).min(1, 'passwordLogin needs at least one operator'),
  /** How long a sign-in lasts (default 12 hours). */
  sessionHours: z
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  /**
   * Marks the cookie `Secure` (default true). Only turn it off for plain http on
   * your own machine; browsers drop Secure cookies on http pages other than localhost.
   */
  secureCookie: z.boolean().default(true),
  /** Failed attempts per user name in 15 minutes before sign-in is refused (default 10). */
  maxAttempts: z.number().int().min(1).max(1000).default(10),
});

export type PasswordLoginOptions = z.input<typeof optionsSchema>;

/** The built-in sign-in: user names with scrypt password hashes, for small shops and the quickstart. */
export interface PasswordLogin {
  readonly kind: 'password-login';
  readonly sessionMs: number;
  readonly secureCookie: boolean;
  /** The operator for these credentials, or undefined (wrong, unknown, or too many tries). */
  check(username: string, password: string, now: number): Promise<ConsoleOperator | undefined>;
}

const WINDOW_MS = 15 * 60_000;

export function passwordLogin(options: PasswordLoginOptions): PasswordLogin {
  const o = parseOrThrow(optionsSchema, options, 'passwordLogin options');
  const accounts = new Map(o.operators.map((a) => [a.username.toLowerCase(), a]));
  if (accounts.size !== o.operators.length)
    throw new ParleyError('CONFIG_INVALID', 'passwordLogin: two operators share a username.');
  const failures = new Map<string, number[]>();
  return {
    kind: 'password-login',
    sessionMs: o.sessionHours * 3_600_000,
    secureCookie: o.secureCookie,
    async check(username, password, now) {
      const name = username.trim().toLowerCase();
      const recent = (failures.get(name) ?? []).filter((t) => t > now - WINDOW_MS);
      if (recent.length >= o.maxAttempts) return undefined;
      const account = accounts.get(name);
      // Unknown names cost a hash too, so timing does not tell which names exist.
      const ok = await verifyPassword(password, account?.passwordHash ?? (await decoyHash));
      if (!account || !ok) {
        recent.push(now);
        failures.set(name, recent);
        return undefined;
      }
      failures.delete(name);
      return { id: account.id, name: account.name, tenantId: account.tenantId, role: account.role };
    },
  };
}
