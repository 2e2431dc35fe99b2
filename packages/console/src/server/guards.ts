import { timingSafeEqual } from 'node:crypto';
import { ConsoleRefusal } from '../http/respond.js';

/**
 * A page of another site open in the operator's browser must not drive the console.
 * Browsers send Origin on every cross-site change request; requests without one (curl,
 * tests) carry no ambient browser authority.
 */
export function sameOrigin(
  origin: string | null | undefined,
  host: string | null | undefined,
): boolean {
  if (origin === null || origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Change requests must be same-origin JSON carrying the page's CSRF token (built-in
 * sign-in) or the console's request header (host sign-in): a form post or an <img> from
 * another site can do neither without a CORS preflight, which the console never grants.
 */
export function checkChange(request: Request, csrf: string | undefined): void {
  const url = new URL(request.url);
  if (!sameOrigin(request.headers.get('origin'), url.host))
    throw new ConsoleRefusal(
      403,
      'FORBIDDEN',
      'The console API only answers pages of this server.',
    );
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json'))
    throw new ConsoleRefusal(
      415,
      'INPUT_INVALID',
      'Send the body as JSON (content-type: application/json).',
    );
  const token = request.headers.get('x-parley-csrf');
  if (csrf !== undefined ? !sameToken(token, csrf) : token === null)
    throw new ConsoleRefusal(
      403,
      'FORBIDDEN',
      'The CSRF token is missing or stale; reload the console page.',
    );
}

function sameToken(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
