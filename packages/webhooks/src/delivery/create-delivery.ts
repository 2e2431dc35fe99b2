import {
  createSafeFetch,
  type FetchLike,
  type Lookup,
  ParleyError,
  parseOrThrow,
  silentLogger,
  systemClock,
} from '@parley/core';
import { checkDestination, createAddressPolicy } from '@parley/core/internal';
import { newMessageId } from '../signing/ids.js';
import type { DeliveryFilter, WebhookDelivery, WebhookDeliveryOptions } from './api.js';
import { attemptDelivery } from './attempt.js';
import { type DeliveryRef, Dispatcher } from './dispatcher.js';
import { DEFAULT_DISABLE_AFTER_MS, EndpointHealth } from './endpoint-health.js';
import { Endpoints } from './endpoints.js';
import { assertEventType, matchesType } from './event-types.js';
import { checkEndpointUrl, optionsSchema } from './options.js';
import { Outbox, type StoredDelivery, toDeliveryRecord } from './outbox.js';
import { serializeEvent } from './payload.js';
import { DEFAULT_RETRY_SCHEDULE_MS } from './retry.js';
import type { DeliveryEvent, DeliveryRecord } from './types.js';

/** The scheduler job type used for retries when a scheduler is given. */
export const RETRY_JOB_TYPE = 'parley.webhooks.retry';

/**
 * OB1: creates the delivery engine. Every accepted event is written to the outbox in
 * the store before any attempt; attempts follow the retry schedule with jitter, honour
 * `Retry-After`, stop on `410 Gone` (disabling the endpoint), time out, respect
 * per-endpoint concurrency, and end delivered or dead (replayable).
 */
export function createWebhookDelivery(options: WebhookDeliveryOptions): WebhookDelivery {
  const o = parseOrThrow(optionsSchema, options, 'createWebhookDelivery options');
  const clock = o.clock ?? systemClock;
  const logger = o.logger ?? silentLogger;
  const store = o.store;
  const outbox = new Outbox(store.kv('webhooks'), o.retentionMs ?? 30 * 24 * 3_600_000);
  const maxPayloadBytes = o.maxPayloadBytes ?? 256 * 1024;
  const network = {
    allowPrivateNetworks: o.allowPrivateNetworks,
    allowList: o.allowList,
    lookup: o.lookup as Lookup | undefined,
  };
  if (o.allowPrivateNetworks || (o.allowList?.length ?? 0) > 0) {
    // P-09: opening private ranges to tenants' URLs is a deliberate act; say so once.
    logger.warn('parley webhooks: private network destinations are open to webhook endpoints', {
      allowPrivateNetworks: o.allowPrivateNetworks ?? false,
      allowList: o.allowList ?? [],
    });
  }
  const policy = createAddressPolicy(network);
  const checkUrl = (raw: string) => checkEndpointUrl(raw, o.requireHttps ?? false, policy);
  const endpoints = new Endpoints(outbox, clock, o.endpointCacheMs ?? 5_000, checkUrl);
  const health = new EndpointHealth(
    store.kv('webhooks'),
    o.disableAfterMs ?? DEFAULT_DISABLE_AFTER_MS,
  );
  const ownFetch = o.fetch ? undefined : createSafeFetch(network);
  const onEvent = o.onEvent as WebhookDeliveryOptions['onEvent'];
  const scheduler = o.scheduler;

  // Per-endpoint concurrency, learnt when endpoints are read.
  const limits = new Map<string, number>();
  const learn = (list: Array<{ tenantId: string; id: string; maxConcurrency: number }>) => {
    for (const e of list) limits.set(`${e.tenantId}\u0000${e.id}`, e.maxConcurrency);
  };

  const dispatcher: Dispatcher = new Dispatcher({
    clock,
    maxConcurrency: o.maxConcurrency ?? 64,
    limitOf: (ref) => limits.get(`${ref.tenantId}\u0000${ref.endpointId}`) ?? 4,
    run: (ref) => attemptDelivery(context, ref),
    onError: (error, ref) =>
      logger.error('parley webhooks: delivery attempt failed unexpectedly', { error, ...ref }),
    ...(scheduler
      ? {
          later: (ref: DeliveryRef, at: Date) =>
            scheduler.schedule({
              id: `webhooks:${ref.tenantId}:${ref.deliveryId}@${at.getTime()}`,
              type: RETRY_JOB_TYPE,
              runAt: at,
              payload: ref,
            }),
        }
      : {}),
  });

  const context = {
    outbox,
    endpoints,
    health,
    dispatcher,
    clock,
    fetch: (o.fetch as FetchLike | undefined) ?? ownFetch!,
    preflight:
      o.fetch && !o.allowPrivateNetworks
        ? (url: string) => checkDestination(url, network)
        : undefined,
    claim: store.claim ? (key: string, ttl: number) => store.claim!(key, ttl) : undefined,
    retrySchedule: o.retrySchedule ?? DEFAULT_RETRY_SCHEDULE_MS,
    jitter: o.jitter ?? 0.2,
    random: (o.random as (() => number) | undefined) ?? Math.random,
    timeoutMs: o.timeoutMs ?? 15_000,
    maxRetryAfterMs: o.maxRetryAfterMs ?? 24 * 3_600_000,
    emit: (event: () => DeliveryEvent) => {
      if (!onEvent) return;
      try {
        onEvent(event());
      } catch (error) {
        logger.error('parley webhooks: onEvent threw', { error });
      }
    },
    logger,
  };

  scheduler?.define<DeliveryRef>(RETRY_JOB_TYPE, async (job) => dispatcher.enqueue(job.payload));

  const refOf = (d: Pick<StoredDelivery, 'tenantId' | 'endpointId' | 'id'>): DeliveryRef => ({
    tenantId: d.tenantId,
    endpointId: d.endpointId,
    deliveryId: d.id,
  });

  async function requireDelivery(tenantId: string, id: string): Promise<StoredDelivery> {
    const record = await outbox.getDelivery(tenantId, id);
    if (!record)
      throw new ParleyError('NOT_FOUND', `No webhook delivery ${id} for tenant ${tenantId}.`);
    return record;
  }

  async function replayStored(record: StoredDelivery): Promise<StoredDelivery> {
    if (record.status === 'pending') {
      throw new ParleyError(
        'CONFLICT',
        `Delivery ${record.id} is still pending; it will be retried by itself.`,
      );
    }
    const endpoint = await outbox.getEndpoint(record.tenantId, record.endpointId);
    if (!endpoint) {
      throw new ParleyError(
        'NOT_FOUND',
        `Endpoint ${record.endpointId} was removed; delivery ${record.id} cannot be replayed.`,
      );
    }
    if (!endpoint.enabled) {
      throw new ParleyError(
        'CONFLICT',
        `Endpoint ${endpoint.id} is disabled (${endpoint.disabledReason ?? 'by the host'}); enable it with updateEndpoint(tenantId, '${endpoint.id}', { enabled: true }) first.`,
      );
    }
    learn([endpoint]);
    const now = clock.now().toISOString();
    const next: StoredDelivery = {
      ...record,
      status: 'pending',
      attemptsInSeries: 0,
      replays: record.replays + 1,
      nextAttemptAt: now,
      updatedAt: now,
    };
    await outbox.queue(next.tenantId, next.id);
    await outbox.saveDelivery(next);
    if (dispatcher.isRunning) dispatcher.enqueue(refOf(next));
    return next;
  }

  async function listDeliveries(tenantId: string, filter: DeliveryFilter = {}) {
    const all = await outbox.deliveries(tenantId, filter.messageId);
    const out: DeliveryRecord[] = [];
    for (let i = all.length - 1; i >= 0 && out.length < (filter.limit ?? 100); i--) {
      const d = all[i]!;
      if (filter.endpointId && d.endpointId !== filter.endpointId) continue;
      if (filter.status && d.status !== filter.status) continue;
      out.push(toDeliveryRecord(d));
    }
    return out;
  }

  return {
    async start() {
      if (dispatcher.isRunning) return;
      dispatcher.start();
      for (const { tenantId, deliveryId } of await outbox.queued()) {
        const record = await outbox.getDelivery(tenantId, deliveryId);
        if (record?.status !== 'pending') {
          await outbox.unqueue(tenantId, deliveryId);
          continue;
        }
        learn(await endpoints.cached(tenantId));
        const at = record.nextAttemptAt ? new Date(record.nextAttemptAt) : clock.now();
        dispatcher.at(refOf(record), at);
      }
    },

    async stop() {
      await dispatcher.stop();
      ownFetch?.close();
    },

    idle: () => dispatcher.idle(),

    async deliver(tenantId, type, payload, deliverOptions = {}) {
      if (typeof tenantId !== 'string' || tenantId.length === 0) {
        throw new ParleyError('INPUT_INVALID', 'deliver: tenantId must be a non-empty string.');
      }
      assertEventType(type);
      const now = clock.now();
      const body = serializeEvent(type, deliverOptions.timestamp ?? now, payload, o.binary);
      const size = Buffer.byteLength(body);
      if (size > maxPayloadBytes) {
        throw new ParleyError(
          'LIMIT_EXCEEDED',
          `The ${type} webhook payload is ${size} bytes, over maxPayloadBytes (${maxPayloadBytes}). Send ids or links instead of large data, or raise maxPayloadBytes.`,
          { details: { type, size, maxPayloadBytes } },
        );
      }
      const messageId = deliverOptions.id ?? newMessageId(now);
      const targets = (await endpoints.cached(tenantId)).filter(
        (e) => e.enabled && matchesType(e.types, type),
      );
      learn(targets);
      const stamp = now.toISOString();
      const refs: DeliveryRef[] = [];
      await Promise.all(
        targets.map(async (endpoint) => {
          const id = `${messageId}:${endpoint.id}`;
          if (deliverOptions.id && (await outbox.getDelivery(tenantId, id))) return;
          // The outbox entry first: resume drops one without a record, never the reverse.
          await outbox.queue(tenantId, id);
          await outbox.saveDelivery({
            id,
            tenantId,
            endpointId: endpoint.id,
            messageId,
            type,
            url: endpoint.url,
            body,
            status: 'pending',
            attempts: [],
            attemptsInSeries: 0,
            replays: 0,
            nextAttemptAt: stamp,
            createdAt: stamp,
            updatedAt: stamp,
          });
          refs.push({ tenantId, endpointId: endpoint.id, deliveryId: id });
        }),
      );
      if (dispatcher.isRunning) for (const ref of refs) dispatcher.enqueue(ref);
      return { messageId, deliveryIds: refs.map((r) => r.deliveryId) };
    },

    async addEndpoint(tenantId, input) {
      const endpoint = await endpoints.add(tenantId, input);
      learn([endpoint]);
      return endpoint;
    },
    async updateEndpoint(tenantId, id, patch) {
      const endpoint = await endpoints.update(tenantId, id, patch);
      // Re-enabled by the host: the failing period starts afresh.
      if (patch.enabled === true) await health.reset(tenantId, id);
      learn([endpoint]);
      return endpoint;
    },
    rotateSecret: (tenantId, id, rotateOptions) =>
      endpoints.rotateSecret(tenantId, id, rotateOptions),
    removeEndpoint: (tenantId, id) => endpoints.remove(tenantId, id),
    getEndpoint: (tenantId, id) => endpoints.get(tenantId, id),
    listEndpoints: (tenantId) => endpoints.list(tenantId),

    async getDelivery(tenantId, id) {
      const record = await outbox.getDelivery(tenantId, id);
      return record && toDeliveryRecord(record);
    },

    listDeliveries,

    deadLetters: (tenantId, filter = {}) =>
      listDeliveries(tenantId, { ...filter, status: 'dead', limit: Number.MAX_SAFE_INTEGER }),

    async replay(tenantId, id) {
      return toDeliveryRecord(await replayStored(await requireDelivery(tenantId, id)));
    },

    async replayDeadLetters(tenantId, filter = {}) {
      let count = 0;
      for (const record of await outbox.deliveries(tenantId)) {
        if (record.status !== 'dead') continue;
        if (filter.endpointId && record.endpointId !== filter.endpointId) continue;
        await replayStored(record);
        count++;
      }
      return count;
    },
  };
}
