/** A refusal the handler answers with: status, a stable reason and how to fix it. */
export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly extra: {
      issues?: Array<{ path: string; message: string }>;
      headers?: HeadersInit;
    } = {},
  ) {
    super(message);
    this.name = 'ApiRefusal';
  }
}

export function refuse(
  status: number,
  reason: string,
  message: string,
  extra?: ApiRefusal['extra'],
): never {
  throw new ApiRefusal(status, reason, message, extra);
}

/** `{ "error": reason, "message": … }`, the same shape the webhooks receivers answer. */
export function refusalResponse(refusal: ApiRefusal): Response {
  const body = {
    error: refusal.reason,
    message: refusal.message,
    ...(refusal.extra.issues && { issues: refusal.extra.issues }),
  };
  return json(body, refusal.status, refusal.extra.headers);
}

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  const out = new Headers(headers);
  out.set('content-type', 'application/json; charset=utf-8');
  out.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers: out });
}
