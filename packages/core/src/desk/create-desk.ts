import { systemClock } from '../clock.js';
import { createCsat } from '../csat/report.js';
import { ParleyError } from '../errors.js';
import type { DeskEventName, DeskEvents } from '../events.js';
import { defineGroupFlush } from '../grouping/burst.js';
import { createContacts } from '../inbox/contacts.js';
import { createInbox } from '../inbox/inbox.js';
import { defineAutoClose } from '../lifecycle/auto-close.js';
import { createLimitCounter } from '../limits/counter.js';
import { configuredLimits, limitCounterKey } from '../limits/message-limits-plugin.js';
import { handOffWhenLimited } from '../limits/quota-handoff.js';
import { silentLogger } from '../logger.js';
import { DEFAULT_TENANT } from '../model/records.js';
import { outboundSteps } from '../outbound/chain.js';
import { defineForwardSend } from '../outbound/forward.js';
import { createMediaFetcher } from '../outbound/media-fetcher.js';
import { compose } from '../pipeline/compose.js';
import { installPlugins, type PluginHooks } from '../plugins/install.js';
import type { CreateDeskOptions } from '../plugins/plugin.js';
import { redactingLogger } from '../redact.js';
import { createReports } from '../reports/reports.js';
import { compileRules } from '../routing/rules.js';
import { createMemoryScheduler } from '../scheduler/memory-scheduler.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { DeskStore } from '../store/store.js';
import { withStoreFallbacks } from '../store/store-fallbacks.js';
import { addTeamConfig } from '../teams/registry.js';
import { createTeams } from '../teams/teams-api.js';
import { createRecordCache } from '../turns/record-cache.js';
import { KeyedQueue } from '../util/keyed-queue.js';
import { parseOrThrow } from '../util/zod-error.js';
import { addAssistantConfig, createAssistants } from './assistant-registry.js';
import {
  addChannelConfig,
  registerChannel,
  startChannel,
  stopChannel,
} from './channel-registry.js';
import type { Desk, TenantView } from './desk.js';
import { type AnyListener, EventBus } from './event-bus.js';
import { deskOptionsSchema, tenantOptionsSchema } from './options.js';
import { createReceiver } from './receive.js';
import { validateReferences } from './references.js';
import { channelRuntime, type DeskRuntime, inBackground } from './runtime.js';
import { createSender } from './send.js';
import { TenantMap } from './tenant-map.js';

/**
 * Creates a desk: the engine every channel and assistant plugs into. Options are
 * checked at once; a mistake throws a ParleyError (`CONFIG_INVALID`) naming the field.
 */
export function createDesk(options: CreateDeskOptions = {}): Desk {
  const { plugins = [], ...settings } = options;
  const config = parseOrThrow(deskOptionsSchema, settings, 'createDesk options');
  const clock = config.clock ?? systemClock;
  // Turns read their records once: a cache in front of the store while a turn holds its key.
  const store = createRecordCache(withStoreFallbacks(config.store ?? createMemoryStore({ clock })))
    .store as DeskStore;
  const logger =
    config.redactLogs === false
      ? (config.logger ?? silentLogger)
      : redactingLogger(
          config.logger ?? silentLogger,
          config.redactLogs === true ? {} : config.redactLogs,
        );
  const rt: DeskRuntime = {
    config,
    clock,
    logger,
    store,
    scheduler: config.scheduler ?? createMemoryScheduler({ clock, logger }),
    bus: new EventBus(logger),
    queue: new KeyedQueue(),
    channels: new Map(),
    assistants: new TenantMap(),
    tenants: new Map(),
    inflight: new Map(),
    teams: new TenantMap(),
    operators: new Map(),
    menus: new TenantMap(),
    ruleConfigs: config.rules,
    rules: compileRules(config.rules),
    groupInflight: new Map(),
    background: new Set(),
    services: new Map(),
    counter: config.limitCounter ?? createLimitCounter({ kv: store.kv('limits'), clock }),
    outbound: async () => {},
    stopping: false,
    media: createMediaFetcher(config.media),
  };
  for (const [i, t] of config.tenants.entries()) {
    if (rt.tenants.has(t.id))
      throw new ParleyError('CONFIG_INVALID', `tenants.${i}.id "${t.id}" is declared twice.`);
    rt.tenants.set(t.id, t);
  }
  for (const [i, a] of config.assistants.entries()) addAssistantConfig(rt, a, `assistants.${i}`);
  for (const [i, t] of config.teams.entries()) addTeamConfig(rt, t, `teams.${i}`);
  for (const [i, m] of config.menus.entries()) {
    if (rt.menus.has(m.tenantId, m.id))
      throw new ParleyError(
        'CONFIG_INVALID',
        `menus.${i}.id: menu id "${m.id}" is used twice in tenant "${m.tenantId}".`,
      );
    rt.menus.set(m.tenantId, m.id, m);
  }
  for (const [i, c] of config.channels.entries()) addChannelConfig(rt, c, `channels.${i}`);
  validateReferences(rt);

  const hooks: PluginHooks = { inbound: [], outbound: [], ready: [] };
  const host = hooks.inbound;
  const outboundHost = hooks.outbound;
  rt.outbound = compose(outboundSteps(rt, outboundHost));
  handOffWhenLimited(rt);
  defineAutoClose(rt);
  defineGroupFlush(rt, host);
  defineForwardSend(rt);
  const receiver = createReceiver(rt, host);
  const receive = receiver.receive;
  let started = false;

  const views = new Map<string, TenantView>();
  const send = createSender(rt);
  function tenant(tenantId: string): TenantView {
    parseOrThrow(tenantOptionsSchema.shape.id, tenantId, 'tenant id', 'INPUT_INVALID');
    let view = views.get(tenantId);
    if (!view) {
      view = {
        tenantId,
        inbox: createInbox(rt, tenantId),
        contacts: createContacts(rt, tenantId),
        send: (target, content, opts) => send(tenantId, target, content, opts),
        usage: (filter) => rt.store.usageTotals(tenantId, filter),
        csat: createCsat(rt, tenantId),
        reports: createReports(rt, tenantId),
        teams: createTeams(rt, tenantId),
        assistants: createAssistants(rt, tenantId),
      };
      views.set(tenantId, view);
    }
    return view;
  }
  const main = tenant(DEFAULT_TENANT);

  const desk: Desk = {
    ...main,
    store: rt.store,
    scheduler: rt.scheduler,
    clock,
    tenant,
    receive,
    async idle() {
      while (rt.background.size > 0) await Promise.allSettled([...rt.background]);
    },
    use(middleware) {
      host.push(middleware);
      receiver.recompose();
      return desk;
    },
    useOutbound(middleware) {
      outboundHost.push(middleware);
      rt.outbound = compose(outboundSteps(rt, outboundHost));
      return desk;
    },
    on: <E extends DeskEventName>(name: E, listener: (payload: DeskEvents[E]) => unknown) =>
      rt.bus.on(name, listener),
    onAny: (listener: AnyListener) => rt.bus.onAny(listener),
    teams: createTeams(rt),
    channels: {
      async add(options) {
        const channel = registerChannel(rt, options);
        try {
          validateReferences(rt);
          if (started) {
            await startChannel(rt, channel, receive);
            // A channel taken over from a process that died: its unfinished turns run here.
            inBackground(rt, 'recover', () => receiver.resume());
          }
        } catch (e) {
          rt.channels.delete(channel.config.id);
          throw e;
        }
      },
      async remove(channelId) {
        const channel = channelRuntime(rt, channelId);
        await stopChannel(rt, channel);
        rt.channels.delete(channelId);
      },
      list: (tenantId) =>
        [...rt.channels.values()]
          .filter((c) => tenantId === undefined || c.config.tenantId === tenantId)
          .map((c) => ({
            id: c.config.id,
            tenantId: c.config.tenantId,
            kind: c.adapter.kind,
            ...(c.config.name !== undefined && { name: c.config.name }),
            ...(c.config.color !== undefined && { color: c.config.color }),
          })),
    },
    assistants: createAssistants(rt),
    async start() {
      if (started) return;
      await Promise.all(hooks.ready);
      started = true;
      rt.stopping = false;
      await rt.scheduler.start();
      for (const plugin of plugins) await plugin.start?.();
      for (const channel of rt.channels.values()) await startChannel(rt, channel, receive);
      // Turns a crash or a stop left unfinished run now, without holding up start().
      inBackground(rt, 'recover', () => receiver.resume());
      receiver.armSweep();
    },
    async stop() {
      rt.stopping = true;
      receiver.disarmSweep();
      for (const controller of rt.inflight.values()) controller.abort(new Error('desk stopped'));
      for (const channel of rt.channels.values()) await stopChannel(rt, channel);
      await Promise.allSettled([...rt.background]);
      for (const plugin of [...plugins].reverse()) await plugin.stop?.();
      await rt.scheduler.stop();
      rt.media.close();
      started = false;
    },
  };
  rt.services.set(limitCounterKey.id, rt.counter);
  installPlugins(rt, desk, [...configuredLimits(rt, plugins), ...plugins], hooks);
  receiver.recompose();
  rt.outbound = compose(outboundSteps(rt, outboundHost));
  return desk;
}
