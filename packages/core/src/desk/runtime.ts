import type { ChannelAdapter } from '../channel/adapter.js';
import type { Clock } from '../clock.js';
import { ParleyError, toError } from '../errors.js';
import type { LimitCounter } from '../limits/counter.js';
import type { Logger } from '../logger.js';
import type { Conversation } from '../model/records.js';
import type { MediaFetcher } from '../outbound/media-fetcher.js';
import type { OutboundContext } from '../outbound/outbound-context.js';
import type { MenuConfig } from '../routing/menu-schema.js';
import type { RuleConfig } from '../routing/rule-schema.js';
import type { CompiledRule } from '../routing/rules.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { DeskStore } from '../store/store.js';
import type { OperatorRuntime, TeamRuntime } from '../teams/team-runtime.js';
import type { KeyedQueue } from '../util/keyed-queue.js';
import type { EventBus } from './event-bus.js';
import type { AssistantConfig, ChannelConfig, DeskConfig, TenantConfig } from './options.js';
import { tenantOptionsSchema } from './options.js';
import type { TenantMap } from './tenant-map.js';

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
  /** The host's store with core's fallbacks for capabilities it lacks. */
  readonly store: DeskStore;
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly queue: KeyedQueue;
  readonly channels: Map<string, ChannelRuntime>;
  /** By tenant and id (PL1): each tenant names its own. */
  readonly assistants: TenantMap<AssistantConfig>;
  readonly tenants: Map<string, TenantConfig>;
  /** Assistant generations under way, by conversation id; aborted on takeover. */
  readonly inflight: Map<string, AbortController>;
  /** By tenant and id (PL1). */
  readonly teams: TenantMap<TeamRuntime>;
  /** Operators by `operatorKey(tenantId, id)`: one person across the teams they serve. */
  readonly operators: Map<string, OperatorRuntime>;
  readonly menus: TenantMap<MenuConfig>;
  /** Routing rules as configured (list order), for validation. */
  readonly ruleConfigs: RuleConfig[];
  /** Routing rules, highest priority first, list order within a priority. */
  readonly rules: CompiledRule[];
  /**
   * Conversation key → the grouped burst being answered on it; a new message on that
   * key cancels the stale reply (RT9).
   */
  readonly groupInflight: Map<string, { conversationId: string; superseded: boolean }>;
  /** Work started from inside a turn that must not be awaited there (queue drains). */
  readonly background: Set<Promise<unknown>>;
  /** Counts behind message limits, inbound rate limits and outbound pacing. */
  readonly counter: LimitCounter;
  /** Services plug-ins and channels share, by `ServiceKey` id. */
  readonly services: Map<string, unknown>;
  /** The composed outbound chain; recomposed when host middleware is added. */
  outbound: (ctx: OutboundContext) => Promise<void>;
  /**
   * True from `desk.stop()` until the next `start()`: new inbound is refused and an
   * assistant generation is cut short; such turns stay pending and run after a start.
   */
  stopping: boolean;
  /** Downloads outbound media links for adapters that take bytes (P-08). */
  readonly media: MediaFetcher;
}

/** Runs `work` without blocking the caller; `desk.stop()` waits for it, failures are reported. */
export function inBackground(rt: DeskRuntime, stage: string, work: () => Promise<unknown>): void {
  const run = rt.queue
    .outside(work)
    .catch((e: unknown) => rt.bus.emit('error', { error: toError(e), stage }))
    .finally(() => rt.background.delete(run));
  rt.background.add(run);
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
  let config = rt.tenants.get(tenantId);
  if (!config) {
    // An undeclared tenant runs on the defaults; parsed once, since turns ask every time.
    config = tenantOptionsSchema.parse({ id: tenantId });
    rt.tenants.set(tenantId, config);
  }
  return config;
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
const NOT_REENTRANT = { reentrant: false } as const;

export function exclusive<T>(rt: DeskRuntime, key: string, fn: () => Promise<T>): Promise<T> {
  if (rt.queue.holds(key)) return fn();
  const runExclusive = rt.store.runExclusive?.bind(rt.store);
  // The queue already keeps this process's holders apart, and re-entry skips the lock
  // above (`holds`): the store's lock need not be re-entrant.
  return rt.queue.run(key, runExclusive ? () => runExclusive(key, fn, NOT_REENTRANT) : fn);
}
