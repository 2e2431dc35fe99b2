import { type Clock, type Logger, ParleyError, sleep } from '@parley/core';
import { backoffDelay, retryAfterMs } from '@parley/core/internal';
import { classifyGraphError, type GraphErrorBody } from './graph-error.js';

export interface GraphApiOptions {
  /** Version root, e.g. `https://graph.instagram.com/v23.0`. */
  graphUrl: string;
  accessToken: string;
  fetch: typeof fetch;
  clock: Clock;
  logger: Logger;
  /** Retries of a rate-limited or transiently failed call (default 3). */
  maxRetries: number;
  /** First back-off pause; doubles per retry (a `Retry-After` header wins). */
  retryBaseMs: number;
}

export interface GraphApi {
  /** POSTs JSON to `path` under the version root; retries rate limits with back-off. */
  post<T = Record<string, unknown>>(
    path: string,
    body: Record<string, unknown>,
    what: string,
    signal?: AbortSignal,
  ): Promise<T>;
  /** GETs `path` (with its query) under the version root, with the same retries. */
  get<T = Record<string, unknown>>(path: string, what: string, signal?: AbortSignal): Promise<T>;
}

const MAX_BACKOFF_MS = 5 * 60_000;

export function graphApi(options: GraphApiOptions): GraphApi {
  const root = options.graphUrl.replace(/\/+$/, '');
  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: Record<string, unknown> | undefined,
    what: string,
    signal?: AbortSignal,
  ): Promise<T> {
    const url = `${root}/${path.replace(/^\/+/, '')}`;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw aborted(what, signal.reason);
      let response: Response;
      try {
        response = await options.fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${options.accessToken}`,
            ...(body !== undefined && { 'content-type': 'application/json' }),
          },
          ...(body !== undefined && { body: JSON.stringify(body) }),
          ...(signal !== undefined && { signal }),
        });
      } catch (e) {
        if (signal?.aborted) throw aborted(what, signal.reason);
        if (attempt >= options.maxRetries) {
          throw new ParleyError(
            'CHANNEL_UNAVAILABLE',
            `Could not reach the Instagram Graph API for ${what}: ${(e as Error).message}. Check the network and \`graphUrl\`.`,
            { cause: e },
          );
        }
        await pause(attempt, undefined);
        continue;
      }
      const json = (await response.json().catch(() => undefined)) as
        | (Record<string, unknown> & { error?: GraphErrorBody })
        | undefined;
      if (response.ok && json && json.error === undefined) return json as T;
      const { error, retryable } = classifyGraphError(response.status, json?.error, what);
      if (!retryable || attempt >= options.maxRetries) throw error;
      const wait = retryAfterMs(response.headers.get('retry-after'), options.clock.now());
      options.logger.warn('instagram: graph call backing off', {
        what,
        status: response.status,
        attempt: attempt + 1,
        code: error.code,
      });
      await pause(attempt, wait);
    }

    function pause(attempt: number, explicit: number | undefined) {
      const ms =
        explicit ??
        backoffDelay(attempt + 1, { baseMs: options.retryBaseMs, maxMs: MAX_BACKOFF_MS });
      return sleep(options.clock, Math.min(ms, MAX_BACKOFF_MS), signal).catch((reason) => {
        throw aborted(what, reason);
      });
    }
  }

  return {
    post: (path, body, what, signal) => call('POST', path, body, what, signal),
    get: (path, what, signal) => call('GET', path, undefined, what, signal),
  };
}

function aborted(what: string, reason: unknown): ParleyError {
  return new ParleyError('ABORTED', `Stopped before ${what} finished (the channel stopped).`, {
    cause: reason,
  });
}
