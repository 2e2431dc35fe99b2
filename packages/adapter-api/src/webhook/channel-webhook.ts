import {
  type ChannelContext,
  contentText,
  type OutboundMessage,
  ParleyError,
  type SendReceipt,
} from '@parley/core';
import {
  createWebhookDelivery,
  type DeliveryEvent,
  type DeliveryFilter,
  type DeliveryRecord,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '@parley/webhooks';
import type { ApiChannelConfig, ApiDeliveryOptions } from '../options.js';
import { contentToJson } from '../wire.js';
import { channelStore } from './channel-store.js';

/** The event type of an outbound message on the channel's webhook. */
export const MESSAGE_EVENT = 'message.sent';

/** The channel's webhook: its endpoint and delivery log (CH6, OB1). */
export interface ApiChannelWebhook {
  /** The endpoint deliveries go to: URL, `enabled`, and why it was disabled. */
  endpoint(): Promise<WebhookEndpoint>;
  /** Enables the endpoint again after a `410 Gone` disabled it (fix the receiver first). */
  enable(): Promise<WebhookEndpoint>;
  /** The delivery log of this channel, newest first: every attempt with its outcome. */
  deliveries(filter?: Omit<DeliveryFilter, 'endpointId'>): Promise<DeliveryRecord[]>;
  /** Deliveries that gave up (retries ran out, or the endpoint was disabled). */
  deadLetters(): Promise<DeliveryRecord[]>;
  /** Sends a delivered or dead delivery again, with a fresh retry series. */
  replay(deliveryId: string): Promise<DeliveryRecord>;
  /** Replays every dead letter of this channel; resolves to how many. */
  replayDeadLetters(): Promise<number>;
  /** Resolves when no attempt is due now or in flight (scheduled retries do not count). */
  idle(): Promise<void>;
}

interface Running {
  ctx: ChannelContext;
  delivery: WebhookDelivery;
  own: boolean;
  /** The delivery engine's tenant for this channel: its endpoint and log, apart from OB1's. */
  scope: string;
  endpointId: string;
}

/**
 * Outbound half of the channel: every message goes into the durable outbox of a
 * delivery engine, signed and retried from there. `send` resolves once it is queued.
 */
export class ChannelWebhook {
  private running: Running | undefined;

  constructor(private readonly config: ApiChannelConfig) {}

  /** Resolves to the endpoint, which a `410 Gone` may have left disabled. */
  async start(ctx: ChannelContext): Promise<WebhookEndpoint> {
    const own = this.config.delivery === undefined;
    const delivery = this.config.delivery ?? this.ownDelivery(ctx);
    const scope = `api-channel:${ctx.tenantId}:${ctx.channelId}`;
    const endpoint = await this.ensureEndpoint(delivery, scope, ctx.channelId).catch(
      (error: unknown) => {
        // A refused URL (SSRF guard, bad scheme) is a mistake in this channel's options.
        const refused =
          ParleyError.hasCode(error, 'CONFIG_INVALID') ||
          ParleyError.hasCode(error, 'INPUT_INVALID');
        if (!refused) throw error;
        throw new ParleyError(
          'CONFIG_INVALID',
          `apiChannel webhookUrl: ${error.message} (Delivery options go in apiChannel's deliveryOptions, or on the shared delivery.)`,
          { cause: error, details: { path: 'webhookUrl' } },
        );
      },
    );
    await delivery.start();
    this.running = { ctx, delivery, own, scope, endpointId: endpoint.id };
    return endpoint;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (running?.own) await running.delivery.stop();
  }

  async send(message: OutboundMessage): Promise<SendReceipt> {
    const { ctx, delivery, scope, endpointId } = this.started();
    const payload = {
      channelId: ctx.channelId,
      contactId: message.to,
      conversationId: message.conversationId,
      message: {
        id: message.id,
        content: contentToJson(message.content),
        text: contentText(message.content),
        author: message.author,
        ...(message.authorName !== undefined && { authorName: message.authorName }),
        ...(message.replyToExternalId !== undefined && { replyTo: message.replyToExternalId }),
        createdAt: ctx.clock.now().toISOString(),
      },
    };
    // The desk's message id is the webhook id: a repeated send queues nothing new.
    const queued = await delivery.deliver(scope, MESSAGE_EVENT, payload, { id: message.id });
    if (queued.deliveryIds.length === 0) {
      const before = await delivery.getDelivery(scope, `${message.id}:${endpointId}`);
      if (!before) throw await this.unavailable();
    }
    return { externalId: message.id };
  }

  readonly api: ApiChannelWebhook = {
    endpoint: async () => {
      const { delivery, scope, endpointId } = this.started();
      const endpoint = await delivery.getEndpoint(scope, endpointId);
      if (!endpoint) throw endpointRemoved();
      return endpoint;
    },
    enable: async () => {
      const { delivery, scope, endpointId } = this.started();
      return delivery.updateEndpoint(scope, endpointId, { enabled: true });
    },
    deliveries: async (filter = {}) => {
      const { delivery, scope } = this.started();
      return delivery.listDeliveries(scope, filter);
    },
    deadLetters: async () => {
      const { delivery, scope } = this.started();
      return delivery.deadLetters(scope);
    },
    replay: async (deliveryId) => {
      const { delivery, scope } = this.started();
      return delivery.replay(scope, deliveryId);
    },
    replayDeadLetters: async () => {
      const { delivery, scope } = this.started();
      return delivery.replayDeadLetters(scope);
    },
    idle: async () => this.started().delivery.idle(),
  };

  private started(): Running {
    if (!this.running) {
      throw new ParleyError(
        'CHANNEL_UNAVAILABLE',
        'The API channel is not started: add it to a desk and await desk.start() first.',
      );
    }
    return this.running;
  }

  private ownDelivery(ctx: ChannelContext): WebhookDelivery {
    const options = (this.config.deliveryOptions ?? {}) as ApiDeliveryOptions;
    const hostListener = options.onEvent;
    return createWebhookDelivery({
      ...options,
      store: channelStore(ctx),
      clock: ctx.clock,
      logger: ctx.logger,
      onEvent: (event: DeliveryEvent) => {
        if (event.type === 'endpoint.disabled') reportDisabled(ctx, event.reason);
        if (event.type === 'delivery.dead') {
          ctx.logger.warn('api channel: a webhook delivery gave up', {
            channelId: ctx.channelId,
            deliveryId: event.delivery.id,
            error: event.delivery.error,
          });
        }
        hostListener?.(event);
      },
    });
  }

  /**
   * One endpoint per channel, matching the options. Two processes starting at once may
   * both add one: each keeps the oldest and removes the rest, so they agree.
   */
  private async ensureEndpoint(
    delivery: WebhookDelivery,
    scope: string,
    channelId: string,
  ): Promise<WebhookEndpoint> {
    const { webhookUrl: url, webhookSecret: secret } = this.config;
    let list = await delivery.listEndpoints(scope);
    if (list.length === 0) {
      await delivery.addEndpoint(scope, {
        url,
        secret,
        types: [MESSAGE_EVENT],
        description: `Parley API channel ${channelId}`,
      });
      list = await delivery.listEndpoints(scope);
    }
    list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    const [first, ...extra] = list;
    for (const e of extra) await delivery.removeEndpoint(scope, e.id);
    let endpoint = first!;
    if (endpoint.url !== url || endpoint.types.join() !== MESSAGE_EVENT) {
      // A new URL is a fix for whatever disabled the old one.
      endpoint = await delivery.updateEndpoint(scope, endpoint.id, {
        url,
        types: [MESSAGE_EVENT],
        ...(endpoint.url !== url && { enabled: true }),
      });
    }
    if (endpoint.secret !== secret) {
      endpoint = await delivery.rotateSecret(scope, endpoint.id, { secret, overlapMs: 0 });
    }
    return endpoint;
  }

  private async unavailable(): Promise<ParleyError> {
    const endpoint = await this.api.endpoint().catch(() => undefined);
    if (!endpoint) return endpointRemoved();
    return new ParleyError(
      'CHANNEL_UNAVAILABLE',
      `The API channel's webhook endpoint is disabled (${endpoint.disabledReason ?? 'by the host'}); messages are not queued. Fix the receiver at ${endpoint.url}, then call adapter.webhook.enable().`,
      { details: { endpointId: endpoint.id } },
    );
  }
}

function endpointRemoved(): ParleyError {
  return new ParleyError(
    'CHANNEL_UNAVAILABLE',
    "The API channel's webhook endpoint was removed from the delivery engine; restart the channel to add it again.",
  );
}

export function reportDisabled(ctx: ChannelContext, reason: string | undefined): void {
  ctx.status({
    state: 'error',
    detail: `The webhook endpoint is disabled (${reason ?? 'by the host'}): outbound messages fail until it is enabled again with adapter.webhook.enable().`,
  });
}
