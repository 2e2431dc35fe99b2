import type { Clock } from '../clock.js';
import type { Desk } from '../desk/desk.js';
import type { DeskOptions } from '../desk/options.js';
import type { DeskEventName, DeskEvents } from '../events.js';
import type { Logger } from '../logger.js';
import type { Contact, ContactIdentity } from '../model/records.js';
import type { OutboundContext } from '../outbound/outbound-context.js';
import type { Middleware } from '../pipeline/compose.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import type { Job, JobHandler, JobHandlerOptions } from '../scheduler/scheduler.js';
import type { KeyValue, Store } from '../store/store.js';
import type { PluginErasure, PluginScans } from './data-access.js';
import type { ServiceKey } from './service-key.js';

/** What a plug-in may read of the desk's records: reads only, one tenant per call. */
export interface PluginQueries
  extends Pick<
    Store,
    'getContact' | 'getConversation' | 'findActiveConversation' | 'listMessages'
  > {
  findContact(tenantId: string, identity: ContactIdentity): Promise<Contact | undefined>;
}

/** A job a plug-in registers: its handler and retry policy. */
export interface PluginJob<P = unknown> extends JobHandlerOptions {
  run: JobHandler<P>;
}

/** Jobs of a plug-in, scheduled under the type `<plugin id>:<name>`. */
export interface PluginJobs {
  schedule<P>(job: { id: string; name: string; runAt: Date; payload: P }): Promise<void>;
  cancel(id: string): Promise<boolean>;
  get(id: string): Promise<Job | undefined>;
}

/** What `init(api)` gets: the desk as a plug-in may use it, never the raw store. */
export interface PluginApi {
  readonly id: string;
  /** Key-value space of this plug-in only (`store.kv(<id>)`). */
  readonly storage: KeyValue;
  /** Claims `key` in this plug-in's space: true the first time, false while it lives. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  readonly query: PluginQueries;
  /** Read-only scans for export and retention; undefined when the store has none. */
  readonly scans: PluginScans | undefined;
  /**
   * Erasure for retention (IN8): only for a plug-in that declares `needs: ['erasure']`,
   * on a store that can erase; else undefined.
   */
  readonly erasure: PluginErasure | undefined;
  readonly jobs: PluginJobs;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The desk's tenant views (inbox, contacts, send), as a host has them. */
  readonly desk: PluginDesk;
  on<E extends DeskEventName>(name: E, listener: (payload: DeskEvents[E]) => unknown): () => void;
  onAny(listener: (name: DeskEventName, payload: DeskEvents[DeskEventName]) => unknown): () => void;
  /**
   * Emits a desk event and waits for its listeners: a plug-in's policy saying what it
   * did (`messageLimits()` emits `limit.reached`, which the desk answers with a hand-off).
   */
  emit<E extends DeskEventName>(name: E, payload: DeskEvents[E]): Promise<void>;
  /** Offers a typed service to other plug-ins and channels (one provider per key). */
  provide<T>(key: ServiceKey<T>, service: T): void;
  /** The service under `key`, when some plug-in or channel provides it. */
  use<T>(key: ServiceKey<T>): T | undefined;
}

/** The desk without its store: what a plug-in acts through. */
export type PluginDesk = Pick<
  Desk,
  'tenant' | 'send' | 'inbox' | 'contacts' | 'teams' | 'channels' | 'tenantId'
>;

/**
 * One shape for everything that extends a desk (webhooks, campaigns, data retention,
 * message limits): `createDesk({ plugins: [webhooks(...), campaigns(...)] })`.
 */
export interface DeskPlugin {
  /** Unique per desk; names the storage space and prefixes job types. */
  readonly id: string;
  /** Capabilities beyond the default API: `erasure` (data retention). */
  readonly needs?: ReadonlyArray<'erasure'>;
  /** Job handlers by name; registered before `start()`. */
  readonly jobs?: Readonly<Record<string, PluginJob<never>>>;
  /** Inbound middleware, run with host middleware (after routing, before the assistant). */
  readonly inbound?: ReadonlyArray<Middleware<TurnContext>>;
  /** Outbound middleware, run with `desk.useOutbound` middleware. */
  readonly outbound?: ReadonlyArray<Middleware<OutboundContext>>;
  /** Called once by `createDesk`; a returned promise is awaited by `desk.start()`. */
  init?(api: PluginApi): void | Promise<void>;
  /** Called by `desk.start()` after the scheduler started (in list order). */
  start?(): Promise<void>;
  /** Called by `desk.stop()` before the scheduler stops (in reverse order). */
  stop?(): Promise<void>;
}

/** `createDesk` options: the desk's settings plus its plug-ins. */
export interface CreateDeskOptions extends DeskOptions {
  plugins?: ReadonlyArray<DeskPlugin>;
}
