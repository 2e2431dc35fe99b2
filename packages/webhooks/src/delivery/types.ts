/** A subscribed URL of one tenant. */
export interface WebhookEndpoint {
  id: string;
  tenantId: string;
  url: string;
  description?: string;
  /** Event types delivered: exact (`message.sent`), wildcards (`message.*`) or `*` for all. */
  types: string[];
  /** Disabled endpoints receive nothing; a `410 Gone` answer disables one by itself. */
  enabled: boolean;
  /** Why the endpoint was disabled, when it was not by the host. */
  disabledReason?: string;
  /** Signing secret: `whsec_…` (HMAC, `v1`) or `whsk_…` (ed25519, `v1a`). */
  secret: string;
  /** Secrets still signed with, beside `secret`, until they expire (rotation). */
  previousSecrets: Array<{ secret: string; expiresAt: Date }>;
  /** Attempts in flight at once to this endpoint. */
  maxConcurrency: number;
  /** Extra request headers (never `webhook-*`). */
  headers: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
}

/** What `addEndpoint` takes; everything but `url` has a default. */
export interface EndpointInput {
  url: string;
  /** Default `['*']`. */
  types?: string[];
  /** Default: a fresh `whsec_` secret (read it back from the returned endpoint). */
  secret?: string;
  /** Default true. */
  enabled?: boolean;
  description?: string;
  /** Default 4. */
  maxConcurrency?: number;
  headers?: Record<string, string>;
}

export type EndpointPatch = Partial<Omit<EndpointInput, 'secret'>>;

/**
 * `pending`: in the outbox, waiting for its next attempt. `delivered`: a 2xx came back.
 * `dead`: retries ran out, or the endpoint was disabled or removed; replayable.
 */
export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

/** One HTTP attempt in the delivery log. */
export interface DeliveryAttempt {
  at: Date;
  durationMs: number;
  /** The response status, when a response came. */
  status?: number;
  /** Why it failed: a network error, a timeout, a refused address, a non-2xx status. */
  error?: string;
  /** The first bytes of the response body, for debugging. */
  response?: string;
}

/** One event on its way to one endpoint, with its attempts. */
export interface DeliveryRecord {
  /** `<messageId>:<endpointId>`. */
  id: string;
  tenantId: string;
  endpointId: string;
  /** The `webhook-id` sent: the same on every attempt and replay. */
  messageId: string;
  /** The event type, e.g. `message.sent`. */
  type: string;
  url: string;
  /** The exact JSON body sent. */
  body: string;
  status: DeliveryStatus;
  /** Newest last; the oldest are dropped past 50. */
  attempts: DeliveryAttempt[];
  /** When the next attempt is due (pending only). */
  nextAttemptAt?: Date;
  /** How many times it was replayed by hand. */
  replays: number;
  /** Why it is dead, or the last failure. */
  error?: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What the delivery engine reports as it works (for metrics, alerts, notifying tenants). */
export type DeliveryEvent =
  | { type: 'delivery.succeeded'; delivery: DeliveryRecord }
  | { type: 'delivery.failed'; delivery: DeliveryRecord; nextAttemptAt: Date }
  | { type: 'delivery.dead'; delivery: DeliveryRecord }
  | { type: 'endpoint.disabled'; endpoint: WebhookEndpoint; reason: string };
