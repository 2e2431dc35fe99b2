import type { Clock, FetchLike, Logger, Lookup, Scheduler, Store } from '@parley/core';
import type { BinaryMode } from './payload.js';
import type {
  DeliveryEvent,
  DeliveryRecord,
  DeliveryStatus,
  EndpointInput,
  EndpointPatch,
  WebhookEndpoint,
} from './types.js';

export interface WebhookDeliveryOptions {
  /** Where endpoints, the outbox and the delivery log live (`store.kv('webhooks')`). */
  store: Pick<Store, 'kv'> & Partial<Pick<Store, 'claim'>>;
  /**
   * A durable scheduler for retries. Without one, retries wait on `clock` timers in
   * this process and `start()` picks them up again from the outbox after a restart.
   */
  scheduler?: Scheduler;
  clock?: Clock;
  /**
   * Your own fetch (tests, proxies). The default fetch checks the address it connects to;
   * with yours the destination is checked by resolving it just before, which DNS
   * rebinding can slip past.
   */
  fetch?: FetchLike;
  logger?: Logger;
  /** Resolves host names for the SSRF guard (default: `node:dns`). */
  lookup?: Lookup;
  /** Lets endpoints reach loopback and private networks: development and tests only. */
  allowPrivateNetworks?: boolean;
  /** Addresses or CIDR ranges allowed although private (`10.8.0.0/16`). */
  allowList?: string[];
  /** Refuse `http:` endpoint URLs (default false). */
  requireHttps?: boolean;
  /** Delay before each attempt, ms (default: the Standard Webhooks schedule, 8 attempts). */
  retrySchedule?: number[];
  /** Random spread of each retry delay, as a fraction (default 0.2: ±20%). */
  jitter?: number;
  /** Source of randomness for the jitter (default Math.random). */
  random?: () => number;
  /** Per-attempt timeout, ms (default 15 000). */
  timeoutMs?: number;
  /** Longest `Retry-After` honoured, ms (default 24 h). */
  maxRetryAfterMs?: number;
  /** Attempts in flight at once across all endpoints (default 64). */
  maxConcurrency?: number;
  /** Largest body accepted by deliver(), bytes (default 256 KiB). */
  maxPayloadBytes?: number;
  /** How long delivered and dead records stay in the log, ms (default 30 days). */
  retentionMs?: number;
  /** How long endpoint lists are cached, ms (default 5 000). */
  endpointCacheMs?: number;
  /** Bytes inside payloads: left out (default) or sent as base64. */
  binary?: BinaryMode;
  /** Told about successes, failures, dead letters and disabled endpoints. */
  onEvent?: (event: DeliveryEvent) => void;
  /**
   * An endpoint whose every attempt failed for this long (no 2xx in between) is disabled,
   * with an `endpoint.disabled` event (P-06). Default 3 days; at least 1 hour; `false`
   * never disables. Enable it again with `updateEndpoint(tenantId, id, { enabled: true })`.
   */
  disableAfterMs?: number | false;
}

export interface DeliverOptions {
  /**
   * The message id (`webhook-id`). Pass a stable one to make deliver() idempotent: a
   * second call with the same id enqueues nothing new.
   */
  id?: string;
  /** When the event happened (default now); the body's `timestamp`. */
  timestamp?: Date;
}

export interface DeliverResult {
  messageId: string;
  /** One per matching endpoint; empty when no endpoint subscribes to the type. */
  deliveryIds: string[];
}

export interface DeliveryFilter {
  endpointId?: string;
  status?: DeliveryStatus;
  messageId?: string;
  /** Most records returned, newest first (default 100). */
  limit?: number;
}

/** OB1: signed, retried, logged event delivery to the tenants' subscribed URLs. */
export interface WebhookDelivery {
  /** Starts sending, resuming every pending delivery found in the outbox. */
  start(): Promise<void>;
  /** Stops sending; waits for attempts in flight. Pending deliveries stay in the outbox. */
  stop(): Promise<void>;
  /** Resolves when no attempt is due now or in flight (scheduled retries do not count). */
  idle(): Promise<void>;
  /**
   * Accepts an event for every enabled endpoint of `tenantId` subscribed to `type`.
   * Resolves once it is in the outbox; sending happens after (or at `start()`).
   */
  deliver(
    tenantId: string,
    type: string,
    payload: unknown,
    options?: DeliverOptions,
  ): Promise<DeliverResult>;

  addEndpoint(tenantId: string, input: EndpointInput): Promise<WebhookEndpoint>;
  updateEndpoint(tenantId: string, id: string, patch: EndpointPatch): Promise<WebhookEndpoint>;
  /** Signs with a new secret, and with the old one beside it for `overlapMs` (default 24 h). */
  rotateSecret(
    tenantId: string,
    id: string,
    options?: { secret?: string; overlapMs?: number },
  ): Promise<WebhookEndpoint>;
  removeEndpoint(tenantId: string, id: string): Promise<boolean>;
  getEndpoint(tenantId: string, id: string): Promise<WebhookEndpoint | undefined>;
  listEndpoints(tenantId: string): Promise<WebhookEndpoint[]>;

  getDelivery(tenantId: string, id: string): Promise<DeliveryRecord | undefined>;
  /** The delivery log, newest first. */
  listDeliveries(tenantId: string, filter?: DeliveryFilter): Promise<DeliveryRecord[]>;
  /** Dead letters: deliveries that gave up (or whose endpoint was disabled). */
  deadLetters(tenantId: string, filter?: { endpointId?: string }): Promise<DeliveryRecord[]>;
  /** Sends a delivered or dead delivery again, with a fresh retry series. */
  replay(tenantId: string, id: string): Promise<DeliveryRecord>;
  /** Replays every dead letter (of one endpoint); resolves to how many. */
  replayDeadLetters(tenantId: string, filter?: { endpointId?: string }): Promise<number>;
}
