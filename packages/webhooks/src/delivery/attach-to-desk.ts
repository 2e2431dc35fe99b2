import { DEFAULT_TENANT, type Logger, silentLogger } from '@parley/core';
import type { WebhookDelivery } from './api.js';
import { isEventType } from './event-types.js';

/** The part of a desk this needs: every event, by `noun.verb` name. */
export interface EventSource {
  onAny(listener: (type: string, payload: unknown) => unknown): () => void;
}

export interface AttachOptions {
  /**
   * The tenant an event belongs to. Default: `payload.tenantId`, else the `tenantId` of
   * its `conversation`, `message` or `contact`, else the default tenant.
   */
  tenantOf?(payload: unknown, type: string): string | undefined;
  /** Which events to deliver (default: every `noun.verb` event; never `error`). */
  include?(type: string): boolean;
  /** Told when an event could not be accepted (too large, store down). */
  onError?(error: unknown, type: string): void;
  logger?: Logger;
}

/**
 * Delivers a desk's events to the tenants' webhook endpoints; returns the function that
 * detaches it. Events stay observation only: a failure to enqueue is reported, never
 * thrown into the desk. An event is safe once `deliver()` has written it to the outbox;
 * one emitted in the instant before a crash can still be lost.
 */
export function attachToDesk(
  desk: EventSource,
  delivery: Pick<WebhookDelivery, 'deliver'>,
  options: AttachOptions = {},
): () => void {
  const tenantOf = options.tenantOf ?? defaultTenantOf;
  const logger = options.logger ?? silentLogger;
  return desk.onAny((type, payload) => {
    if (!isEventType(type) || !type.includes('.')) return;
    if (options.include && !options.include(type)) return;
    let tenantId: string;
    try {
      tenantId = tenantOf(payload, type) ?? DEFAULT_TENANT;
    } catch (error) {
      report(error);
      return;
    }
    delivery.deliver(tenantId, type, payload).catch(report);

    function report(error: unknown) {
      if (options.onError) options.onError(error, type);
      else logger.error('parley webhooks: event not accepted for delivery', { type, error });
    }
  });
}

function defaultTenantOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as Record<string, unknown>;
  if (typeof p.tenantId === 'string') return p.tenantId;
  for (const key of ['conversation', 'message', 'contact']) {
    const nested = p[key] as { tenantId?: unknown } | undefined;
    if (typeof nested?.tenantId === 'string') return nested.tenantId;
  }
  return undefined;
}
