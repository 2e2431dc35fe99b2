import { createBusinessHours, DEFAULT_TENANT, parseOrThrow, sendBudgetKey } from '@parley/core';
import type { Campaigns, TenantCampaigns } from './api.js';
import {
  type CampaignConfig,
  type CampaignOptions,
  campaignSchema,
  idSchema,
} from './campaign-schema.js';
import { type CampaignHost, campaignKey, type Engine } from './engine/context.js';
import { endEnrolment } from './engine/enrol.js';
import {
  type Enrolment,
  enrolmentKey,
  enrolmentPrefix,
  type JobPayload,
  KeyedLock,
} from './engine/enrolment.js';
import { runStep } from './engine/run-step.js';
import {
  type NoReplyPayload,
  onInbound,
  onLabel,
  onOutbound,
  runNoReply,
} from './engine/triggers.js';
import { CampaignEmitter } from './events.js';
import type { CampaignsConfig } from './options.js';
import { ChannelPace, sendPacingSchema } from './pacing/send-pacing.js';
import { tenantView } from './tenant-view.js';

const STAGE = { trigger: 'campaign-trigger' };

/** The campaign engine on a host, and the handlers of its two jobs. */
export interface BuiltCampaigns {
  campaigns: Campaigns;
  runStep(payload: JobPayload): Promise<void>;
  runNoReply(payload: NoReplyPayload): Promise<void>;
}

/**
 * Builds campaigns on a host (the plug-in API, or a desk for the deprecated wrapper):
 * listens to the desk's events and answers the step and no-reply jobs.
 */
export function buildCampaigns(host: CampaignHost, o: CampaignsConfig): BuiltCampaigns {
  const paces = new Map<string, ChannelPace>();
  const inFlight = new Set<Promise<unknown>>();
  const events = new CampaignEmitter();
  const engine: Engine = {
    host,
    kv: host.storage,
    clock: host.clock,
    logger: o.logger ?? host.logger,
    events,
    lock: new KeyedLock(),
    campaigns: new Map(),
    pace(channelId) {
      let pace = paces.get(channelId);
      if (!pace) {
        const config =
          o.pacing === false
            ? false
            : (o.pacing.channels[channelId] ?? o.pacing.default ?? sendPacingSchema.parse({}));
        const budget = () => host.use(sendBudgetKey(channelId));
        pace = new ChannelPace(channelId, config, host.storage, budget, host.clock, o.random);
        paces.set(channelId, pace);
      }
      return pace;
    },
    track(stage, work) {
      const run = work
        .catch((e: unknown) => {
          const error = e instanceof Error ? e : new Error(String(e));
          engine.logger.error('campaigns: failed', { stage, error: error.message });
          events.emit('error', { error, stage });
        })
        .finally(() => inFlight.delete(run));
      inFlight.add(run);
    },
  };

  const detach = [
    host.on('message.received', (e) => engine.track(STAGE.trigger, onInbound(engine, e))),
    host.on('message.sent', (e) => engine.track(STAGE.trigger, onOutbound(engine, e))),
    host.on('contact.labeled', ({ contact, label }) =>
      engine.track(STAGE.trigger, onLabel(engine, 'contact', label, contact)),
    ),
    host.on('conversation.labeled', ({ conversation, label }) =>
      engine.track(
        STAGE.trigger,
        host.query
          .getContact(conversation.tenantId, conversation.contactId)
          .then(
            (contact) => contact && onLabel(engine, 'conversation', label, contact, conversation),
          ),
      ),
    ),
  ];

  function define(input: CampaignOptions): CampaignConfig {
    const config = parseOrThrow(
      campaignSchema,
      input,
      `campaign "${String((input as { id?: unknown }).id)}"`,
    );
    const hours = config.hours && createBusinessHours(config.hours);
    engine.campaigns.set(campaignKey(config.tenantId, config.id), {
      config,
      ...(hours && { hours }),
    });
    return config;
  }
  for (const c of o.campaigns) define(c as CampaignOptions);

  const views = new Map<string, TenantCampaigns>();
  function tenant(tenantId: string): TenantCampaigns {
    parseOrThrow(idSchema, tenantId, 'tenant id', 'INPUT_INVALID');
    let view = views.get(tenantId);
    if (!view) {
      view = tenantView(engine, tenantId);
      views.set(tenantId, view);
    }
    return view;
  }
  const main = tenant(DEFAULT_TENANT);

  const campaigns: Campaigns = {
    ...main,
    tenant,
    define,
    async remove(campaignId, tenantId = DEFAULT_TENANT) {
      const key = campaignKey(tenantId, campaignId);
      if (!engine.campaigns.has(key)) return false;
      engine.campaigns.delete(key);
      for (const { value } of await engine.kv.list<Enrolment>(
        enrolmentPrefix(tenantId, campaignId),
      )) {
        if (value.status === 'active')
          await engine.lock.run(enrolmentKey(value), () =>
            endEnrolment(engine, value, 'cancelled', 'the campaign was removed'),
          );
      }
      return true;
    },
    async deliveryStatus(channelId, status) {
      const key = await engine.kv.get<string>(`receipt/${channelId}/${status.externalId}`);
      if (!key) return false;
      return engine.lock.run(key, async () => {
        const e = await engine.kv.get<Enrolment>(key);
        const send = e?.sends.find((s) => s.externalIds?.includes(status.externalId));
        if (!e || !send) return false;
        const rank = { sending: 0, sent: 1, delivered: 2, read: 3, failed: 4 } as const;
        if (
          rank[status.status] > rank[send.status] ||
          (status.status === 'failed' && send.status !== 'failed')
        ) {
          send.status = status.status;
          if (status.error) send.error = status.error.message;
          await engine.kv.set(key, e);
        }
        return true;
      });
    },
    on: (name, listener) => events.on(name, listener),
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    close() {
      for (const off of detach) off();
    },
  };
  return {
    campaigns,
    runStep: (payload) => runStep(engine, payload),
    runNoReply: (payload) => runNoReply(engine, payload),
  };
}
