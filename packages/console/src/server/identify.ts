import { parseOrThrow } from '@parley/core';
import { readCookies } from '../auth/cookies.js';
import type { Sessions } from '../auth/sessions.js';
import { type ConsoleOperator, consoleOperatorSchema } from '../operator.js';
import type { ConsoleConfig } from '../options.js';

export const SESSION_COOKIE = 'parley_console';

export interface Identity {
  operator: ConsoleOperator;
  /** The session's CSRF token (built-in sign-in only). */
  csrf?: string;
  token?: string;
}

/** Who sends this request: the host's `authenticate`, or a built-in sign-in session. */
export async function identify(
  config: ConsoleConfig,
  sessions: Sessions | undefined,
  request: Request,
): Promise<Identity | undefined> {
  if (config.authenticate) {
    const who = await config.authenticate(request);
    if (who === undefined || who === null) return undefined;
    return {
      operator: parseOrThrow(
        consoleOperatorSchema,
        who,
        'operator returned by authenticate()',
        'CONFIG_INVALID',
        'Return { id, name, tenantId, role } or undefined.',
      ),
    };
  }
  const session = await sessions?.read(readCookies(request).get(SESSION_COOKIE));
  return session && { operator: session.operator, csrf: session.csrf, token: session.token };
}
