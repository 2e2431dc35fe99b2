import { type DeskPlugin, ParleyError, parseOrThrow } from '@parley/core';
import type { Campaigns, CampaignsOptions } from './api.js';
import { type BuiltCampaigns, buildCampaigns } from './build-campaigns.js';
import type { JobPayload } from './engine/enrolment.js';
import type { NoReplyPayload } from './engine/triggers.js';
import { campaignsOptionsSchema } from './options.js';

/** The campaigns plug-in: install it with `createDesk({ plugins })`, then use it as `Campaigns`. */
export interface CampaignsPlugin extends DeskPlugin, Campaigns {
  readonly id: 'campaigns';
}

/**
 * Follow-up campaigns (OB2) as a desk plug-in. Enrolments, lists and pacing counts live
 * in the plug-in's storage (`store.kv('campaigns')`, as before); steps run as the desk
 * jobs `campaigns:step` and `campaigns:no-reply`; a channel's shared daily budget is
 * read through its `SendBudget` service.
 *
 * ```ts
 * const followUps = campaigns({ pacing: { channels: { wa: { minIntervalMs: 1200, jitterMs: 1800 } } } });
 * const desk = createDesk({ store, channels, plugins: [followUps] });
 * followUps.define({ id: 'cart', channelId: 'wa', steps: [{ after: { hours: 2 }, message: 'Oi {{first_name|}}!' }] });
 * ```
 */
export function campaigns(options: CampaignsOptions = {}): CampaignsPlugin {
  const config = parseOrThrow(campaignsOptionsSchema, options, 'campaigns() options');
  let built: BuiltCampaigns | undefined;
  const ready = (): Campaigns => {
    if (!built)
      throw new ParleyError(
        'CONFIG_INVALID',
        'campaigns(): the plug-in is not installed yet; pass it to createDesk({ plugins }) first.',
      );
    return built.campaigns;
  };
  return {
    id: 'campaigns',
    jobs: {
      step: { run: (job) => built!.runStep((job as { payload: JobPayload }).payload) },
      'no-reply': {
        run: (job) => built!.runNoReply((job as { payload: NoReplyPayload }).payload),
      },
    },
    init(api) {
      built = buildCampaigns(api, config);
    },
    async stop() {
      await built?.campaigns.idle();
    },
    get tenantId() {
      return ready().tenantId;
    },
    get lists() {
      return ready().lists;
    },
    all: () => ready().all(),
    launch: (id, o) => ready().launch(id, o),
    enrol: (id, contact) => ready().enrol(id, contact),
    cancel: (id, contact) => ready().cancel(id, contact),
    pause: (id) => ready().pause(id),
    resume: (id) => ready().resume(id),
    stats: (id) => ready().stats(id),
    enrolments: (id, filter) => ready().enrolments(id, filter),
    tenant: (tenantId) => ready().tenant(tenantId),
    define: (o) => ready().define(o),
    remove: (id, tenantId) => ready().remove(id, tenantId),
    deliveryStatus: (channelId, status) => ready().deliveryStatus(channelId, status),
    on: (name, listener) => ready().on(name, listener),
    idle: () => ready().idle(),
    close: () => ready().close(),
  };
}
