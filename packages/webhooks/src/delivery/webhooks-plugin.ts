import type { DeskPlugin, JobHandler, PluginApi, Scheduler } from '@parley/core';
import { ParleyError } from '@parley/core';
import type { WebhookDelivery, WebhookDeliveryOptions } from './api.js';
import { type AttachOptions, attachToDesk } from './attach-to-desk.js';
import { createWebhookDelivery } from './create-delivery.js';
import type { DeliveryRef } from './dispatcher.js';

export type WebhooksOptions = Omit<WebhookDeliveryOptions, 'store' | 'scheduler' | 'clock'> &
  Omit<AttachOptions, 'logger'>;

/** The webhooks plug-in; `delivery` (endpoints, log, replay) is ready once the desk is created. */
export interface WebhooksPlugin extends DeskPlugin {
  readonly id: 'webhooks';
  readonly delivery: WebhookDelivery;
}

/**
 * Delivers the desk's events to each tenant's endpoints (OB1), as a plug-in:
 * `createDesk({ plugins: [webhooks({ ... })] })`. Endpoints, the outbox and the log live
 * in the plug-in's storage (`store.kv('webhooks')`); retries are desk jobs
 * (`webhooks:retry`); delivery starts and stops with the desk.
 */
export function webhooks(options: WebhooksOptions = {}): WebhooksPlugin {
  const { tenantOf, include, onError, ...deliveryOptions } = options;
  let delivery: WebhookDelivery | undefined;
  let retry: JobHandler<DeliveryRef> | undefined;
  const ready = (): WebhookDelivery => {
    if (!delivery)
      throw new ParleyError(
        'CONFIG_INVALID',
        'webhooks(): the plug-in is not installed yet; pass it to createDesk({ plugins }) first.',
      );
    return delivery;
  };
  return {
    id: 'webhooks',
    get delivery() {
      return ready();
    },
    jobs: { retry: { run: (job) => retry!(job as never) } },
    init(api) {
      delivery = createWebhookDelivery({
        ...deliveryOptions,
        logger: deliveryOptions.logger ?? api.logger,
        clock: api.clock,
        store: { kv: () => api.storage, claim: (key, ttl) => api.claim(key, ttl) },
        scheduler: retryScheduler(api, (handler) => {
          retry = handler;
        }),
      });
      attachToDesk(api, delivery, {
        logger: api.logger,
        ...(tenantOf && { tenantOf }),
        ...(include && { include }),
        ...(onError && { onError }),
      });
    },
    start: () => ready().start(),
    stop: () => ready().stop(),
  };
}

/** The delivery engine's retries as the plug-in's `retry` job. */
function retryScheduler(
  api: PluginApi,
  define: (handler: JobHandler<DeliveryRef>) => void,
): Scheduler {
  return {
    define: (_type, handler) => define(handler as JobHandler<DeliveryRef>),
    schedule: ({ id, runAt, payload }) => api.jobs.schedule({ id, name: 'retry', runAt, payload }),
    cancel: (id) => api.jobs.cancel(id),
    get: (id) => api.jobs.get(id),
    start: async () => {},
    stop: async () => {},
  };
}
