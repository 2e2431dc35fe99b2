import type { FetchLike } from '@parley/core';
import { type Clock, type Logger, ParleyError } from '@parley/core';
import type { DeliveryRef, Dispatcher } from './dispatcher.js';
import type { EndpointHealth } from './endpoint-health.js';
import type { Endpoints } from './endpoints.js';
import {
  MAX_ATTEMPTS_KEPT,
  type Outbox,
  type StoredDelivery,
  type StoredEndpoint,
  toDeliveryRecord,
} from './outbox.js';
import { retryAfterMs, withJitter } from './retry.js';
import type { DeliveryEvent } from './types.js';

export interface AttemptContext {
  outbox: Outbox;
  endpoints: Endpoints;
  /** P-06: how long each endpoint has been failing. */
  health: EndpointHealth;
  dispatcher: Dispatcher;
  clock: Clock;
  fetch: FetchLike;
  /** Checks the destination before a caller-supplied fetch (which we cannot guard). */
  preflight?: (url: string) => Promise<void>;
  /** `store.claim`: one process per attempt when several share the store. */
  claim?: (key: string, ttlMs: number) => Promise<boolean>;
  retrySchedule: readonly number[];
  jitter: number;
  random: () => number;
  timeoutMs: number;
  maxRetryAfterMs: number;
  /** Reports to the host; given a thunk so nothing is built when no one listens. */
  emit(event: () => DeliveryEvent): void;
  logger: Logger;
}

interface Outcome {
  durationMs: number;
  status?: number;
  error?: string;
  response?: string;
  retryAfter?: string | null;
}

const USER_AGENT = 'parley-webhooks/1';
const SNIPPET_BYTES = 1024;

/** Makes the attempt `ref` is due for and records what happened. */
export async function attemptDelivery(ctx: AttemptContext, ref: DeliveryRef): Promise<void> {
  const record = await ctx.outbox.getDelivery(ref.tenantId, ref.deliveryId);
  if (record?.status !== 'pending') {
    // The record was finished (or never written: deliver() failed half-way).
    await ctx.outbox.unqueue(ref.tenantId, ref.deliveryId);
    return;
  }
  const now = ctx.clock.now();
  if (record.nextAttemptAt && new Date(record.nextAttemptAt) > now) {
    ctx.dispatcher.at(ref, new Date(record.nextAttemptAt));
    return;
  }
  const endpoint = await ctx.endpoints.cachedOne(ref.tenantId, record.endpointId);
  if (!endpoint?.enabled) {
    const reason = endpoint
      ? `endpoint disabled${endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ''}`
      : 'endpoint removed';
    return finish(ctx, record, 'dead', reason);
  }
  const claimTtl = ctx.timeoutMs + 60_000;
  const claimKey = `webhooks:attempt:${ref.tenantId}:${record.id}:${record.replays}:${record.attemptsInSeries}`;
  if (ctx.claim && !(await ctx.claim(claimKey, claimTtl))) {
    // Another process is making this attempt; look again once its claim has lapsed.
    ctx.dispatcher.at(ref, new Date(now.getTime() + claimTtl));
    return;
  }

  const outcome = await post(ctx, endpoint, record, now);
  record.attempts.push({ at: now.toISOString(), ...withoutRetryAfter(outcome) });
  if (record.attempts.length > MAX_ATTEMPTS_KEPT) record.attempts.shift();
  record.attemptsInSeries++;
  const status = outcome.status;

  if (status !== undefined && status >= 200 && status < 300) {
    delete record.error;
    await ctx.health.reset(ref.tenantId, endpoint.id);
    return finish(ctx, record, 'delivered');
  }
  if (status === 410) {
    return disable(ctx, record, `the receiver answered 410 Gone at ${now.toISOString()}`);
  }
  const failingSince = await ctx.health.failed(ref.tenantId, endpoint.id, now);
  if (failingSince) return disable(ctx, record, ctx.health.describe(failingSince));

  const error = outcome.error ?? `HTTP ${status}`;
  if (record.attemptsInSeries >= ctx.retrySchedule.length) {
    return finish(
      ctx,
      record,
      'dead',
      `gave up after ${record.attemptsInSeries} attempts: ${error}`,
    );
  }
  const finishedAt = ctx.clock.now();
  let delay = withJitter(ctx.retrySchedule[record.attemptsInSeries]!, ctx.jitter, ctx.random);
  const asked = retryAfterMs(outcome.retryAfter ?? null, finishedAt, ctx.maxRetryAfterMs);
  if (asked !== undefined) {
    delay = Math.max(delay, asked);
    // The receiver is overloaded: hold the endpoint's other deliveries too.
    if (status === 429 || status === 503) {
      ctx.dispatcher.pause(ref, new Date(finishedAt.getTime() + asked));
    }
  }
  const next = new Date(finishedAt.getTime() + delay);
  record.error = error;
  record.nextAttemptAt = next.toISOString();
  record.updatedAt = finishedAt.toISOString();
  await ctx.outbox.saveDelivery(record);
  ctx.dispatcher.at(ref, next);
  ctx.emit(() => ({
    type: 'delivery.failed',
    delivery: toDeliveryRecord(record),
    nextAttemptAt: next,
  }));
}

/** Disables the record's endpoint (with an event) and ends the record dead. */
async function disable(ctx: AttemptContext, record: StoredDelivery, reason: string): Promise<void> {
  const disabled = await ctx.endpoints.disable(record.tenantId, record.endpointId, reason);
  if (disabled) ctx.emit(() => ({ type: 'endpoint.disabled', endpoint: disabled, reason }));
  return finish(ctx, record, 'dead', `endpoint disabled: ${reason}`);
}

async function finish(
  ctx: AttemptContext,
  record: StoredDelivery,
  status: 'delivered' | 'dead',
  error?: string,
): Promise<void> {
  record.status = status;
  delete record.nextAttemptAt;
  if (error !== undefined) record.error = error;
  record.updatedAt = ctx.clock.now().toISOString();
  // Record first, outbox second: a crash between leaves an outbox entry that resume drops.
  await ctx.outbox.saveDelivery(record);
  await ctx.outbox.unqueue(record.tenantId, record.id);
  if (status === 'delivered') {
    ctx.emit(() => ({ type: 'delivery.succeeded', delivery: toDeliveryRecord(record) }));
  } else {
    ctx.logger.warn('parley webhooks: delivery dead', { id: record.id, error });
    ctx.emit(() => ({ type: 'delivery.dead', delivery: toDeliveryRecord(record) }));
  }
}

async function post(
  ctx: AttemptContext,
  endpoint: StoredEndpoint,
  record: StoredDelivery,
  now: Date,
): Promise<Outcome> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  const controller = new AbortController();
  const timer = ctx.clock.setTimeout(
    () =>
      controller.abort(
        new ParleyError('TIMEOUT', `no response within ${ctx.timeoutMs} ms (timeoutMs)`),
      ),
    ctx.timeoutMs,
  );
  try {
    if (ctx.preflight) await ctx.preflight(endpoint.url);
    const signed = ctx.endpoints
      .signerFor(endpoint)
      .headers({ id: record.messageId, timestamp: now, body: record.body });
    const response = await ctx.fetch(endpoint.url, {
      method: 'POST',
      headers: {
        ...endpoint.headers,
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        ...signed,
      },
      body: record.body,
      redirect: 'manual',
      signal: controller.signal,
    });
    const response_ = await snippet(response, controller.signal);
    return {
      durationMs: elapsed(),
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      ...(response_ ? { response: response_ } : {}),
      ...(response.status >= 300 && response.status < 400
        ? { error: `HTTP ${response.status} redirect (not followed; update the endpoint URL)` }
        : {}),
    };
  } catch (error) {
    return { durationMs: elapsed(), error: describe(controller.signal.reason ?? error) };
  } finally {
    timer.cancel();
  }
}

/** The first bytes of the body, as text; the rest is not read. */
async function snippet(response: Response, signal: AbortSignal): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < SNIPPET_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } catch {
    // A body cut short still leaves the status, which is what matters.
  } finally {
    signal.removeEventListener('abort', onAbort);
    reader.cancel().catch(() => {});
  }
  return Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString('utf8');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

function withoutRetryAfter(outcome: Outcome): Omit<Outcome, 'retryAfter'> {
  const { retryAfter: _ignored, ...rest } = outcome;
  return rest;
}
