import { ParleyError } from '@parley/core';

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  const out = new Headers(headers);
  out.set('content-type', 'application/json; charset=utf-8');
  out.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers: out });
}

/** Headers every console page carries: no framing, no sniffing, scripts only from here. */
export const pageHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

export function html(body: string, status = 200, headers?: HeadersInit): Response {
  const out = new Headers(headers);
  for (const [k, v] of Object.entries(pageHeaders)) out.set(k, v);
  out.set('content-type', 'text/html; charset=utf-8');
  return new Response(body, { status, headers: out });
}

const statusOf: Partial<Record<string, number>> = {
  INPUT_INVALID: 400,
  CONFIG_INVALID: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CHANNEL_UNAVAILABLE: 503,
};

/** A refusal the console answers with a status of its own (403 for a role, 401 unsigned). */
export class ConsoleRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** `{ error: { code, message } }` with a fitting status; unknown failures are 500 without details. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ConsoleRefusal)
    return json({ error: { code: error.code, message: error.message } }, error.status);
  if (ParleyError.isInstance(error))
    return json(
      { error: { code: error.code, message: error.message } },
      statusOf[error.code] ?? 500,
    );
  return json(
    { error: { code: 'INTERNAL', message: 'Something broke; see the server log.' } },
    500,
  );
}
