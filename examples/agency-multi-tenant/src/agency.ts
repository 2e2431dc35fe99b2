import { type FSWatcher, watch } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { campaigns } from '@parley/campaigns';
import {
  type Clock,
  createDesk,
  createMemoryStore,
  type Desk,
  type Logger,
  ParleyError,
  parseOrThrow,
  type Scheduler,
  type Store,
  systemClock,
} from '@parley/core';
import { dataManagement } from '@parley/data';
import { attachToDesk, createWebhookDelivery, type WebhookDeliveryOptions } from '@parley/webhooks';
import { stringify as toYaml } from 'yaml';
import {
  type AgencyConfig,
  loadConfig,
  parseConfig,
  type TenantConfig,
  tenantSchema,
} from './config.js';
import { type RunningTenant, type Shared, startTenant, stopTenant } from './tenant-runtime.js';

export interface AgencyOptions {
  /** YAML or JSON file of tenants, watched for changes (see `watch`). */
  configFile?: string;
  /** Tenants given directly instead of (or before) a file. */
  config?: unknown;
  store?: Store;
  scheduler?: Scheduler;
  clock?: Clock;
  logger?: Logger;
  /** Where live-chat sockets are mounted (`/chat/<channel id>`). */
  server?: Server;
  /** Reload when the file changes (default true with a `configFile`). */
  watch?: boolean;
  /** Quiet time after a file change before reloading (default 300 ms, on `clock`). */
  debounceMs?: number;
  /** Webhook delivery settings (e.g. `allowPrivateNetworks` on a laptop). */
  webhooks?: Omit<WebhookDeliveryOptions, 'store'>;
  /** One line per tenant change, reload and failure. */
  log?: (line: string) => void;
}

export interface ApplyResult {
  added: string[];
  removed: string[];
  changed: string[];
}

/** An agency: one desk, many businesses, changed while it runs. */
export interface Agency {
  readonly desk: Desk;
  readonly shared: Shared;
  tenants(): TenantConfig[];
  running(tenantId: string): RunningTenant | undefined;
  /** Makes the running tenants what `config` says: adds, removes, and replaces changed ones. */
  apply(config: AgencyConfig): Promise<ApplyResult>;
  /** Reads the config file again and applies it; a bad file changes nothing and throws. */
  reload(): Promise<ApplyResult>;
  /** Adds or replaces one tenant (and writes the config file, when there is one). */
  putTenant(raw: unknown): Promise<ApplyResult>;
  /** Removes one tenant (and writes the config file); false when there was none. */
  removeTenant(tenantId: string): Promise<boolean>;
  /** Resolves after the next reload the file watcher triggers (tests, tooling). */
  nextReload(): Promise<ApplyResult | Error>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createAgency(options: AgencyOptions): Promise<Agency> {
  if (options.configFile === undefined && options.config === undefined) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'createAgency needs `configFile` (a YAML or JSON file of tenants) or `config`.',
    );
  }
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const running = new Map<string, RunningTenant>();
  // Campaigns and retention are plug-ins: their jobs exist before start(), and neither
  // holds the store.
  const followUps = campaigns();
  const data = dataManagement();
  const desk = createDesk({
    clock,
    plugins: [followUps, data],
    store: options.store ?? createMemoryStore({ clock }),
    ...(options.scheduler && { scheduler: options.scheduler }),
    ...(options.logger && { logger: options.logger }),
    // Tenants come and go at runtime: their plans are looked up when messages go out.
    messageLimits: (tenantId) => running.get(tenantId)?.config.messageLimits,
  });
  const webhooks = createWebhookDelivery({ clock, ...options.webhooks, store: desk.store });
  const shared: Shared = {
    desk,
    webhooks,
    campaigns: followUps,
    data,
    ...(options.server && { server: options.server }),
    memoryChannels: new Map(),
    ...(options.webhooks?.allowPrivateNetworks !== undefined && {
      apiDelivery: { allowPrivateNetworks: options.webhooks.allowPrivateNetworks },
    }),
    log,
  };
  const detachWebhooks = attachToDesk(desk, webhooks);

  let current: AgencyConfig = { tenants: [] };
  // Changes apply one at a time, in the order they came.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => {});
    return run;
  };

  async function applyNow(config: AgencyConfig): Promise<ApplyResult> {
    const result: ApplyResult = { added: [], removed: [], changed: [] };
    const wanted = new Map(config.tenants.map((t) => [t.id, t]));
    for (const [id, tenant] of running) {
      const next = wanted.get(id);
      if (!next) {
        await stopTenant(shared, tenant);
        running.delete(id);
        result.removed.push(id);
      } else if (JSON.stringify(next) !== JSON.stringify(tenant.config)) {
        await stopTenant(shared, tenant, next);
        running.delete(id);
        running.set(id, await startTenant(shared, next));
        result.changed.push(id);
      }
    }
    for (const [id, tenant] of wanted) {
      if (running.has(id)) continue;
      running.set(id, await startTenant(shared, tenant));
      result.added.push(id);
    }
    current = config;
    return result;
  }

  async function save(config: AgencyConfig): Promise<void> {
    if (!options.configFile) return;
    const text = options.configFile.endsWith('.json')
      ? JSON.stringify(config, null, 2)
      : toYaml(config);
    await writeFile(options.configFile, text);
  }

  let watcher: FSWatcher | undefined;
  let pending: { cancel(): void } | undefined;
  const reloadWaiters: Array<(r: ApplyResult | Error) => void> = [];
  const reload = () =>
    serial(async () => {
      const config = options.configFile ? await loadConfig(options.configFile) : current;
      return applyNow(config);
    });

  const agency: Agency = {
    desk,
    shared,
    tenants: () => [...running.values()].map((t) => t.config),
    running: (id) => running.get(id),
    apply: (config) => serial(() => applyNow(config)),
    reload,
    putTenant(raw) {
      return serial(async () => {
        const tenant = parseOrThrow(tenantSchema, raw, 'tenant', 'INPUT_INVALID');
        const next = parseConfig(
          JSON.stringify({
            tenants: [...current.tenants.filter((t) => t.id !== tenant.id), tenant],
          }),
          'tenant.json',
        );
        const result = await applyNow(next);
        await save(next);
        return result;
      });
    },
    removeTenant(tenantId) {
      return serial(async () => {
        if (!running.has(tenantId)) return false;
        const next = { tenants: current.tenants.filter((t) => t.id !== tenantId) };
        await applyNow(next);
        await save(next);
        return true;
      });
    },
    nextReload: () => new Promise((resolve) => reloadWaiters.push(resolve)),
    async start() {
      const initial = options.configFile
        ? await loadConfig(options.configFile)
        : parseConfig(JSON.stringify(options.config), 'config');
      await desk.start();
      await webhooks.start();
      await serial(() => applyNow(initial));
      if (options.configFile && options.watch !== false) {
        watcher = watch(options.configFile, () => {
          pending?.cancel();
          pending = clock.setTimeout(async () => {
            const outcome = await reload().catch((e: Error) => e);
            if (outcome instanceof Error) log(`! config not applied: ${outcome.message}`);
            else
              log(
                `↻ config: +${outcome.added.length} -${outcome.removed.length} ~${outcome.changed.length}`,
              );
            for (const w of reloadWaiters.splice(0)) w(outcome);
          }, options.debounceMs ?? 300);
        });
      }
    },
    async stop() {
      watcher?.close();
      pending?.cancel();
      detachWebhooks();
      for (const tenant of running.values()) for (const detach of tenant.detach) detach();
      await webhooks.stop();
      await desk.stop();
    },
  };
  return agency;
}
