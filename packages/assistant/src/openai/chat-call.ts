import type { Clock, Logger } from '@parley/core';
import { ParleyError, sleep } from '@parley/core';
import { backoffDelay, retryAfterMs } from '@parley/core/internal';
import OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from 'openai/resources/chat/completions';
import { z } from 'zod';
import { withDeadline } from '../util/deadline.js';

/** Retries of one model call (429, 5xx, connection errors), with back-off on `clock`. */
export const retrySchema = z
  .object({
    /** Retries after the first attempt (default 2). */
    maxRetries: z.number().int().min(0).max(10).default(2),
    /** First back-off; doubled each retry (default 500 ms). */
    baseDelayMs: z.number().int().min(0).default(500),
    /** Share of each back-off taken off at random, so clients do not retry in step (default 0.25). */
    jitter: z.number().min(0).max(1).default(0.25),
    /** Longest back-off between attempts (default 8 s). */
    maxDelayMs: z.number().int().min(0).default(8_000),
    /**
     * A `retry-after` longer than this is not waited for: the turn fails at once and
     * the customer gets the fallback (default 20 s).
     */
    maxRetryAfterMs: z.number().int().min(0).default(20_000),
  })
  .strict();
export type RetryOptions = z.input<typeof retrySchema>;
export type RetryConfig = z.output<typeof retrySchema>;

export interface ChatCallerOptions {
  client: OpenAI;
  clock: Clock;
  logger: Logger;
  /** Per attempt. */
  timeoutMs: number;
  retry: RetryConfig;
  /** For error messages: where the model lives. */
  where: string;
}

export type ChatCaller = (
  body: ChatCompletionCreateParamsNonStreaming,
  signal: AbortSignal,
  /** When set, the call streams and this gets the reply's text so far on every chunk. */
  onText?: (textSoFar: string) => void,
) => Promise<ChatCompletion>;

/**
 * One Chat Completions call with Parley's failure policy. The openai client's own
 * retries are off (it sleeps on the wall clock); here the injected clock waits, so
 * back-off is testable and a takeover aborts the wait too. Every failure that reaches
 * the caller is a ParleyError saying what to check.
 */
export function createChatCaller(options: ChatCallerOptions): ChatCaller {
  const { client, clock, logger, retry } = options;
  return async (body, signal, onText) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await withDeadline(
          clock,
          options.timeoutMs,
          signal,
          `The model call (${body.model} at ${options.where})`,
          (s) =>
            onText
              ? streamed(client, body, s, onText)
              : client.chat.completions.create(body, { signal: s, maxRetries: 0 }),
        );
      } catch (error) {
        if (signal.aborted) throw signal.reason ?? error;
        const delay = retryDelay(error, attempt, retry, clock.now());
        if (delay === undefined || attempt >= retry.maxRetries) {
          throw toParleyError(error, {
            model: body.model,
            where: options.where,
            attempts: attempt + 1,
          });
        }
        logger.warn('model call failed, retrying', {
          model: body.model,
          attempt: attempt + 1,
          delayMs: Math.round(delay),
          error: (error as Error).message,
        });
        await sleep(clock, delay, signal);
      }
    }
  };
}

/**
 * One streamed call, assembled into the same completion a plain call returns (tool calls
 * included), so the tool loop and usage stay one code path. Usage is asked for in the
 * last chunk; servers that do not send it get estimated usage, as for plain calls.
 */
async function streamed(
  client: OpenAI,
  body: ChatCompletionCreateParamsNonStreaming,
  signal: AbortSignal,
  onText: (textSoFar: string) => void,
): Promise<ChatCompletion> {
  const stream = client.chat.completions.stream(
    { ...body, stream: true, stream_options: { include_usage: true } },
    { signal, maxRetries: 0 },
  );
  stream.on('content', (_delta, snapshot) => onText(snapshot));
  return stream.finalChatCompletion();
}

/** How long to wait before retrying `error`, or undefined when it is not worth it. */
export function retryDelay(
  error: unknown,
  attempt: number,
  retry: RetryConfig,
  now: Date,
): number | undefined {
  if (ParleyError.isInstance(error)) return undefined; // our own deadline: do not double the wait
  if (error instanceof OpenAI.APIConnectionError) return backoff(attempt, retry);
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return undefined;
  const headers = error.headers;
  const should = headers?.get('x-should-retry');
  if (should === 'false') return undefined;
  const retryable = [408, 409, 429].includes(error.status) || error.status >= 500;
  if (!retryable && should !== 'true') return undefined;
  const asked = askedMs(headers, now);
  if (asked === undefined) return backoff(attempt, retry);
  return asked > retry.maxRetryAfterMs ? undefined : asked;
}

function backoff(attempt: number, retry: RetryConfig): number {
  return backoffDelay(attempt + 1, {
    baseMs: retry.baseDelayMs,
    maxMs: retry.maxDelayMs,
    jitter: retry.jitter,
  });
}

/** OpenAI's own `retry-after-ms` first, else the standard `Retry-After`. */
function askedMs(headers: Headers | undefined, now: Date): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  return retryAfterMs(headers?.get('retry-after'), now);
}

function toParleyError(
  error: unknown,
  ctx: { model: string; where: string; attempts: number },
): ParleyError {
  if (ParleyError.isInstance(error)) return error;
  const details = { model: ctx.model, attempts: ctx.attempts };
  const tries = ctx.attempts > 1 ? ` after ${ctx.attempts} attempts` : '';
  if (error instanceof OpenAI.APIConnectionError) {
    return new ParleyError(
      'ASSISTANT_FAILED',
      `Could not reach the model server at ${ctx.where}${tries}: ${error.message}. Check \`baseURL\` and that the server is running.`,
      { cause: error, details },
    );
  }
  if (error instanceof OpenAI.APIError && error.status !== undefined) {
    const status = error.status;
    const info = { cause: error, details: { ...details, status } };
    if (status === 429) {
      return new ParleyError(
        'RATE_LIMITED',
        `The model server rate-limited "${ctx.model}" (429)${tries}. Raise the account's limits or lower traffic; customers get the fallback meanwhile.`,
        info,
      );
    }
    if (status === 401 || status === 403) {
      return new ParleyError(
        'ASSISTANT_FAILED',
        `The model server refused the credentials (${status}). Check \`apiKey\` or OPENAI_API_KEY.`,
        info,
      );
    }
    if (status === 404) {
      return new ParleyError(
        'ASSISTANT_FAILED',
        `The model "${ctx.model}" was not found at ${ctx.where} (404). Check \`model\` against the server's model list.`,
        info,
      );
    }
    if (status >= 500) {
      return new ParleyError(
        'ASSISTANT_FAILED',
        `The model server failed with ${status}${tries}: ${error.message}.`,
        info,
      );
    }
    return new ParleyError(
      'ASSISTANT_FAILED',
      `The model server rejected the request (${status}): ${error.message}. Check the model settings (\`model\`, \`temperature\`, \`maxOutputTokens\`, \`tokenLimitParameter\`).`,
      info,
    );
  }
  return new ParleyError(
    'ASSISTANT_FAILED',
    `The model call failed: ${(error as Error)?.message ?? String(error)}.`,
    { cause: error, details },
  );
}
