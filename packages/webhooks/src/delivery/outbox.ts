import type { KeyValue } from '@parley/core';
import type { DeliveryAttempt, DeliveryRecord, WebhookEndpoint } from './types.js';

/** How a delivery is kept: JSON only, dates as ISO strings. */
export type StoredDelivery = Omit<
  DeliveryRecord,
  'attempts' | 'nextAttemptAt' | 'createdAt' | 'updatedAt'
> & {
  attempts: Array<Omit<DeliveryAttempt, 'at'> & { at: string }>;
  /** Attempts made in the current series (a replay starts a new one). */
  attemptsInSeries: number;
  nextAttemptAt?: string;
  createdAt: string;
  updatedAt: string;
};

export type StoredEndpoint = Omit<
  WebhookEndpoint,
  'createdAt' | 'updatedAt' | 'previousSecrets'
> & {
  previousSecrets: Array<{ secret: string; expiresAt: string }>;
  createdAt: string;
  updatedAt: string;
};

export const MAX_ATTEMPTS_KEPT = 50;

/**
 * The key layout in the `webhooks` key-value space:
 * - `ep:<tenant>:<endpointId>`   endpoint
 * - `d:<tenant>:<deliveryId>`    delivery record and its log (kept `retentionMs` once final)
 * - `q:<tenant>:<deliveryId>`    the outbox: present exactly while the delivery is pending
 * - `health:<tenant>:<endpointId>` when the endpoint's current run of failures began
 * Tenant ids are escaped so a `:` in one cannot reach into another tenant's keys.
 */
export class Outbox {
  constructor(
    private readonly kv: KeyValue,
    private readonly retentionMs: number,
  ) {}

  getDelivery(tenantId: string, id: string): Promise<StoredDelivery | undefined> {
    return this.kv.get<StoredDelivery>(`d:${esc(tenantId)}:${id}`);
  }

  async saveDelivery(record: StoredDelivery): Promise<void> {
    const final = record.status !== 'pending';
    await this.kv.set(
      `d:${esc(record.tenantId)}:${record.id}`,
      record,
      final ? { ttlMs: this.retentionMs } : undefined,
    );
  }

  /** Marks a delivery as pending in the outbox (written before its record: see resume). */
  queue(tenantId: string, id: string): Promise<void> {
    return this.kv.set(`q:${esc(tenantId)}:${id}`, 1);
  }

  unqueue(tenantId: string, id: string): Promise<void> {
    return this.kv.delete(`q:${esc(tenantId)}:${id}`);
  }

  /** Every delivery in the outbox, all tenants. */
  async queued(): Promise<Array<{ tenantId: string; deliveryId: string }>> {
    const entries = await this.kv.list('q:');
    return entries.map(({ key }) => {
      const rest = key.slice(2);
      const colon = rest.indexOf(':');
      return { tenantId: unesc(rest.slice(0, colon)), deliveryId: rest.slice(colon + 1) };
    });
  }

  /** A tenant's deliveries, oldest first; narrowed to one message when given. */
  async deliveries(tenantId: string, messageId?: string): Promise<StoredDelivery[]> {
    const prefix = `d:${esc(tenantId)}:${messageId ? `${messageId}:` : ''}`;
    return (await this.kv.list<StoredDelivery>(prefix)).map((e) => e.value);
  }

  getEndpoint(tenantId: string, id: string): Promise<StoredEndpoint | undefined> {
    return this.kv.get<StoredEndpoint>(`ep:${esc(tenantId)}:${id}`);
  }

  saveEndpoint(endpoint: StoredEndpoint): Promise<void> {
    return this.kv.set(`ep:${esc(endpoint.tenantId)}:${endpoint.id}`, endpoint);
  }

  deleteEndpoint(tenantId: string, id: string): Promise<void> {
    return this.kv.delete(`ep:${esc(tenantId)}:${id}`);
  }

  async endpoints(tenantId: string): Promise<StoredEndpoint[]> {
    return (await this.kv.list<StoredEndpoint>(`ep:${esc(tenantId)}:`)).map((e) => e.value);
  }
}

export function toDeliveryRecord(stored: StoredDelivery): DeliveryRecord {
  const { attemptsInSeries: _series, ...rest } = stored;
  return {
    ...rest,
    attempts: stored.attempts.map((a) => ({ ...a, at: new Date(a.at) })),
    nextAttemptAt: stored.nextAttemptAt ? new Date(stored.nextAttemptAt) : undefined,
    createdAt: new Date(stored.createdAt),
    updatedAt: new Date(stored.updatedAt),
  };
}

export function toEndpoint(stored: StoredEndpoint): WebhookEndpoint {
  return {
    ...stored,
    headers: { ...stored.headers },
    types: [...stored.types],
    previousSecrets: stored.previousSecrets.map((p) => ({
      ...p,
      expiresAt: new Date(p.expiresAt),
    })),
    createdAt: new Date(stored.createdAt),
    updatedAt: new Date(stored.updatedAt),
  };
}

function esc(tenantId: string): string {
  return tenantId.replace(/%/g, '%25').replace(/:/g, '%3A');
}

function unesc(text: string): string {
  return text.replace(/%3A/g, ':').replace(/%25/g, '%');
}
