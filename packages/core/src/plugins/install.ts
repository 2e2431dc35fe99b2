import type { Desk } from '../desk/desk.js';
import { idSchema } from '../desk/id-schema.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { OutboundContext } from '../outbound/outbound-context.js';
import type { Middleware } from '../pipeline/compose.js';
import type { TurnContext } from '../pipeline/turn-context.js';
import { erasureOf, scansOf } from './data-access.js';
import type { DeskPlugin, PluginApi } from './plugin.js';

export interface PluginHooks {
  readonly inbound: Middleware<TurnContext>[];
  readonly outbound: Middleware<OutboundContext>[];
  /** `init` promises, awaited by `desk.start()`. */
  readonly ready: Promise<void>[];
}

/**
 * Installs plug-ins in list order: job types, middleware (before host middleware added
 * later), then `init(api)`. An id used twice or a malformed plug-in is refused at once.
 */
export function installPlugins(
  rt: DeskRuntime,
  desk: Desk,
  plugins: ReadonlyArray<DeskPlugin>,
  hooks: PluginHooks,
): void {
  const seen = new Set<string>();
  for (const [i, plugin] of plugins.entries()) {
    const path = `plugins.${i}`;
    if (typeof plugin !== 'object' || plugin === null || !idSchema.safeParse(plugin.id).success)
      throw new ParleyError(
        'CONFIG_INVALID',
        `${path}: expected a plug-in with an \`id\` (letters, digits, "_", "-", ".", ":"), such as webhooks(...) or campaigns(...).`,
      );
    if (seen.has(plugin.id))
      throw new ParleyError(
        'CONFIG_INVALID',
        `${path}.id: plug-in "${plugin.id}" is installed twice.`,
      );
    seen.add(plugin.id);
    for (const [name, job] of Object.entries(plugin.jobs ?? {})) {
      const { run, ...options } = job;
      rt.scheduler.define(`${plugin.id}:${name}`, run as never, options);
    }
    hooks.inbound.push(...(plugin.inbound ?? []));
    hooks.outbound.push(...(plugin.outbound ?? []));
    const started = plugin.init?.(pluginApi(rt, desk, plugin));
    if (started) hooks.ready.push(started);
  }
}

function pluginApi(rt: DeskRuntime, desk: Desk, plugin: DeskPlugin): PluginApi {
  const { id } = plugin;
  const store = rt.store;
  return {
    id,
    storage: store.kv(id),
    claim: (key, ttlMs) => store.claim([id, key].join(':'), ttlMs),
    query: {
      getContact: (tenantId, contactId) => store.getContact(tenantId, contactId),
      findContact: (tenantId, identity) => store.findContactByIdentity(tenantId, identity),
      getConversation: (tenantId, conversationId) =>
        store.getConversation(tenantId, conversationId),
      findActiveConversation: (tenantId, channelId, contactId) =>
        store.findActiveConversation(tenantId, channelId, contactId),
      listMessages: (tenantId, conversationId, options) =>
        store.listMessages(tenantId, conversationId, options),
    },
    scans: scansOf(store),
    erasure: plugin.needs?.includes('erasure') ? erasureOf(store) : undefined,
    jobs: {
      schedule: ({ name, ...job }) => rt.scheduler.schedule({ ...job, type: `${id}:${name}` }),
      cancel: (jobId) => rt.scheduler.cancel(jobId),
      get: (jobId) => rt.scheduler.get(jobId),
    },
    clock: rt.clock,
    logger: rt.logger,
    desk: {
      tenantId: desk.tenantId,
      tenant: desk.tenant,
      send: desk.send,
      inbox: desk.inbox,
      contacts: desk.contacts,
      teams: desk.teams,
      channels: desk.channels,
    },
    on: (name, listener) => rt.bus.on(name, listener),
    onAny: (listener) => rt.bus.onAny(listener),
    emit: (name, payload) => rt.bus.emitAndWait(name, payload),
    provide(key, service) {
      if (rt.services.has(key.id))
        throw new ParleyError(
          'CONFIG_INVALID',
          `Service "${key.id}" is provided twice (plug-in "${id}"); one provider per service.`,
        );
      rt.services.set(key.id, service);
    },
    use: <T>(key: { id: string }) => rt.services.get(key.id) as T | undefined,
  };
}
