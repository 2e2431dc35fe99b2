import { type Clock, ParleyError, parseOrThrow } from '@parley/core';
import { z } from 'zod';
import { newId } from '../signing/ids.js';
import { generateSecret, parseSigningKey } from '../signing/keys.js';
import { createSigner, type Signer } from '../signing/sign.js';
import { isTypeFilter } from './event-types.js';
import { type Outbox, type StoredEndpoint, toEndpoint } from './outbox.js';
import type { EndpointInput, EndpointPatch, WebhookEndpoint } from './types.js';

const reservedHeaders =
  /^(webhook-|content-length$|content-type$|host$|transfer-encoding$|connection$)/i;

const fields = {
  url: z.string().min(1),
  types: z
    .array(z.string().refine(isTypeFilter, 'expected an event type, `prefix.*` or `*`'))
    .min(1),
  secret: z.string().refine(isSigningSecret, 'expected a `whsec_` (24–64 bytes) or `whsk_` key'),
  enabled: z.boolean(),
  description: z.string().max(500),
  maxConcurrency: z.number().int().min(1).max(100),
  headers: z
    .record(z.string(), z.string())
    .refine(
      (h) => Object.keys(h).every((name) => !reservedHeaders.test(name)),
      'webhook-*, content-type, content-length, host and connection headers are set by the sender',
    ),
};
const inputSchema = z
  .object({
    ...fields,
    types: fields.types.default(['*']),
    enabled: fields.enabled.default(true),
    maxConcurrency: fields.maxConcurrency.default(4),
    headers: fields.headers.default({}),
    secret: fields.secret.optional(),
    description: fields.description.optional(),
  })
  .strict();
const patchSchema = z
  .object({
    url: fields.url.optional(),
    types: fields.types.optional(),
    enabled: fields.enabled.optional(),
    description: fields.description.optional(),
    maxConcurrency: fields.maxConcurrency.optional(),
    headers: fields.headers.optional(),
  })
  .strict();

/** How long a rotated-out secret keeps signing by default: a day. */
export const DEFAULT_ROTATION_OVERLAP_MS = 24 * 3_600_000;

interface Cached<T> {
  value: T;
  at: number;
}

/**
 * The tenants' endpoints, in the store, with a short cache: `deliver()` runs for every
 * engine event and should not read the store each time. Changes made here clear it at
 * once; changes made by another process show within `cacheMs`.
 */
export class Endpoints {
  private readonly byTenant = new Map<string, Cached<StoredEndpoint[]>>();
  private readonly signers = new Map<string, Signer>();

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly cacheMs: number,
    private readonly checkUrl: (url: string) => void,
  ) {}

  async add(tenantId: string, input: EndpointInput): Promise<WebhookEndpoint> {
    if (typeof tenantId !== 'string' || tenantId.length === 0) {
      throw new ParleyError('INPUT_INVALID', 'addEndpoint: tenantId must be a non-empty string.');
    }
    const parsed = parseOrThrow(inputSchema, input, 'webhook endpoint');
    this.checkUrl(parsed.url);
    const now = this.clock.now().toISOString();
    const stored: StoredEndpoint = {
      id: newId('ep'),
      tenantId,
      url: parsed.url,
      types: parsed.types,
      enabled: parsed.enabled,
      secret: parsed.secret ?? generateSecret(),
      previousSecrets: [],
      maxConcurrency: parsed.maxConcurrency,
      headers: parsed.headers,
      createdAt: now,
      updatedAt: now,
      ...(parsed.description === undefined ? {} : { description: parsed.description }),
    };
    await this.save(stored);
    return toEndpoint(stored);
  }

  async update(tenantId: string, id: string, patch: EndpointPatch): Promise<WebhookEndpoint> {
    const parsed = parseOrThrow(patchSchema, patch, 'webhook endpoint patch');
    if (parsed.url !== undefined) this.checkUrl(parsed.url);
    const stored = await this.require(tenantId, id);
    const next: StoredEndpoint = {
      ...stored,
      ...parsed,
      updatedAt: this.clock.now().toISOString(),
    };
    if (parsed.enabled === true) delete next.disabledReason;
    await this.save(next);
    return toEndpoint(next);
  }

  /** Replaces the secret; the old one keeps signing beside it for `overlapMs`. */
  async rotateSecret(
    tenantId: string,
    id: string,
    options: { secret?: string; overlapMs?: number } = {},
  ): Promise<WebhookEndpoint> {
    const secret = options.secret ?? generateSecret();
    if (!isSigningSecret(secret)) {
      throw new ParleyError('CONFIG_INVALID', 'rotateSecret: expected a `whsec_` or `whsk_` key.');
    }
    const stored = await this.require(tenantId, id);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + (options.overlapMs ?? DEFAULT_ROTATION_OVERLAP_MS));
    const next: StoredEndpoint = {
      ...stored,
      secret,
      previousSecrets: [
        { secret: stored.secret, expiresAt: expiresAt.toISOString() },
        ...stored.previousSecrets.filter((p) => new Date(p.expiresAt) > now),
      ],
      updatedAt: now.toISOString(),
    };
    await this.save(next);
    return toEndpoint(next);
  }

  async disable(
    tenantId: string,
    id: string,
    reason: string,
  ): Promise<WebhookEndpoint | undefined> {
    const stored = await this.outbox.getEndpoint(tenantId, id);
    if (!stored) return undefined;
    const next = {
      ...stored,
      enabled: false,
      disabledReason: reason,
      updatedAt: this.clock.now().toISOString(),
    };
    await this.save(next);
    return toEndpoint(next);
  }

  async remove(tenantId: string, id: string): Promise<boolean> {
    const existed = (await this.outbox.getEndpoint(tenantId, id)) !== undefined;
    await this.outbox.deleteEndpoint(tenantId, id);
    this.byTenant.delete(tenantId);
    return existed;
  }

  async get(tenantId: string, id: string): Promise<WebhookEndpoint | undefined> {
    const stored = await this.outbox.getEndpoint(tenantId, id);
    return stored && toEndpoint(stored);
  }

  async list(tenantId: string): Promise<WebhookEndpoint[]> {
    return (await this.outbox.endpoints(tenantId)).map(toEndpoint);
  }

  /** The tenant's endpoints, from the cache when fresh. Callers must not change them. */
  async cached(tenantId: string): Promise<StoredEndpoint[]> {
    const now = this.clock.now().getTime();
    const hit = this.byTenant.get(tenantId);
    if (hit && now - hit.at < this.cacheMs) return hit.value;
    const value = await this.outbox.endpoints(tenantId);
    this.byTenant.set(tenantId, { value, at: now });
    return value;
  }

  /**
   * One endpoint, from the cache when it is there and enabled; otherwise from the store,
   * so a stale cache never ends a delivery as "removed" or "disabled" by mistake.
   */
  async cachedOne(tenantId: string, id: string): Promise<StoredEndpoint | undefined> {
    const hit = (await this.cached(tenantId)).find((e) => e.id === id);
    if (hit?.enabled) return hit;
    const fresh = await this.outbox.getEndpoint(tenantId, id);
    if (fresh && (!hit || fresh.updatedAt !== hit.updatedAt)) this.byTenant.delete(tenantId);
    return fresh;
  }

  /** A signer for the endpoint's current secret and unexpired previous ones. */
  signerFor(endpoint: StoredEndpoint): Signer {
    const now = this.clock.now();
    const secrets = [
      endpoint.secret,
      ...endpoint.previousSecrets.filter((p) => new Date(p.expiresAt) > now).map((p) => p.secret),
    ];
    const key = secrets.join(' ');
    let signer = this.signers.get(key);
    if (!signer) {
      if (this.signers.size > 1000) this.signers.clear();
      signer = createSigner(secrets);
      this.signers.set(key, signer);
    }
    return signer;
  }

  private async require(tenantId: string, id: string): Promise<StoredEndpoint> {
    const stored = await this.outbox.getEndpoint(tenantId, id);
    if (!stored) {
      throw new ParleyError('NOT_FOUND', `No webhook endpoint ${id} for tenant ${tenantId}.`);
    }
    return stored;
  }

  private async save(stored: StoredEndpoint): Promise<void> {
    await this.outbox.saveEndpoint(stored);
    this.byTenant.delete(stored.tenantId);
  }
}

function isSigningSecret(secret: string): boolean {
  try {
    parseSigningKey(secret);
    return true;
  } catch {
    return false;
  }
}
