import type { ChannelAdapter } from '../channel/adapter.js';
import type { Clock } from '../clock.js';
import { ParleyError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Conversation } from '../model/records.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { Store } from '../store/store.js';
import type { KeyedQueue } from '../util/keyed-queue.js';
import type { EventBus } from './event-bus.js';
import type { AssistantConfig, ChannelConfig, DeskConfig, TenantConfig } from './options.js';
import { tenantOptionsSchema } from './options.js';

export interface ChannelRuntime {
  readonly config: ChannelConfig;
  readonly adapter: ChannelAdapter;
  /** Aborted when the channel stops. */
  controller: AbortController;
  started: boolean;
}

/** The desk's shared internals, handed to every stage and helper. Not public API. */
export interface DeskRuntime {
  readonly config: DeskConfig;
  readonly store: Store;
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly queue: KeyedQueue;
  readonly channels: Map<string, ChannelRuntime>;
  readonly assistants: Map<string, AssistantConfig>;
  readonly tenants: Map<string, TenantConfig>;
  /** Assistant generations under way, by conversation id; aborted on takeover. */
  readonly inflight: Map<string, AbortController>;
}

const sep = '\u0000';

/** The serialisation key of a conversation: one contact address on one channel. */
export function conversationKey(channelId: string, contactAddress: string): string {
  return channelId + sep + contactAddress;
}

export function keyOf(conv: Pick<Conversation, 'channelId' | 'contactAddress'>): string {
  return conversationKey(conv.channelId, conv.contactAddress);
}

export function tenantConfig(rt: DeskRuntime, tenantId: string): TenantConfig {
  return rt.tenants.get(tenantId) ?? tenantOptionsSchema.parse({ id: tenantId });
}

export function channelRuntime(rt: DeskRuntime, channelId: string): ChannelRuntime {
  const channel = rt.channels.get(channelId);
  if (!channel) {
    throw new ParleyError(
      'NOT_FOUND',
      `No channel "${channelId}". Add it in createDesk({ channels }) or with desk.channels.add().`,
    );
  }
  return channel;
}

/**
 * Runs `fn` serialised with every other piece of work on the same conversation:
 * in-process by the keyed queue, across processes by the store's lock when it has one.
 */
export function exclusive<T>(rt: DeskRuntime, key: string, fn: () => Promise<T>): Promise<T> {
  if (rt.queue.holds(key)) return fn();
  const runExclusive = rt.store.runExclusive?.bind(rt.store);
  return rt.queue.run(key, runExclusive ? () => runExclusive(key, fn) : fn);
}
