import { ParleyError } from '@parley/core';

/** Meta's error body: `{ error: { message, type, code, error_subcode, is_transient } }`. */
export interface GraphErrorBody {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  fbtrace_id?: string;
}

/** Application, user, page and per-API rate limits, and Instagram's own. */
const rateLimitCodes = new Set([4, 17, 32, 613, 80002, 80006]);
/** "This message is sent outside of allowed window" (Messenger, Instagram). */
const windowSubcodes = new Set([2018278, 2534022]);

export interface ClassifiedGraphError {
  error: ParleyError;
  /** Worth trying again after a pause (rate limits, Meta's transient failures). */
  retryable: boolean;
}

/** Turns a failed Graph API answer into a ParleyError that says what to do. */
export function classifyGraphError(
  status: number,
  body: GraphErrorBody | undefined,
  what: string,
): ClassifiedGraphError {
  const code = body?.code;
  const sub = body?.error_subcode;
  const meta = body?.message ?? `HTTP ${status}`;
  const details = {
    status,
    ...(code !== undefined && { graphCode: code }),
    ...(sub !== undefined && { graphSubcode: sub }),
    ...(body?.fbtrace_id !== undefined && { fbtraceId: body.fbtrace_id }),
  };
  if (status === 429 || (code !== undefined && rateLimitCodes.has(code))) {
    return {
      retryable: true,
      error: new ParleyError(
        'RATE_LIMITED',
        `Instagram rate-limited ${what} (${meta}). Parley backed off and retried; send less often or try again later.`,
        { details },
      ),
    };
  }
  if (code === 10 && sub !== undefined && windowSubcodes.has(sub)) {
    return {
      retryable: false,
      error: new ParleyError(
        'REPLY_WINDOW_CLOSED',
        `Instagram refused ${what}: the customer has not written in the last 24 hours (${meta}). Wait for the customer to message the account again.`,
        { details },
      ),
    };
  }
  if (code === 190 || status === 401) {
    return {
      retryable: false,
      error: new ParleyError(
        'UNAUTHORIZED',
        `Instagram refused the access token for ${what} (${meta}). Generate a new token for the account and pass it as \`accessToken\`.`,
        { details },
      ),
    };
  }
  const transient = status >= 500 || code === 1 || code === 2 || body?.is_transient === true;
  return {
    retryable: transient,
    error: new ParleyError('CHANNEL_SEND_FAILED', `Instagram refused ${what}: ${meta}`, {
      details,
    }),
  };
}
