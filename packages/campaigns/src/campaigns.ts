import { type Desk, type Logger, parseOrThrow, type ServiceKey, silentLogger } from '@parley/core';
import { z } from 'zod';
import type { Campaigns, CampaignsOptions } from './api.js';
import { buildCampaigns } from './build-campaigns.js';
import type { CampaignHost } from './engine/context.js';
import { type JobPayload, LEGACY_JOB_TYPES } from './engine/enrolment.js';
import type { NoReplyPayload } from './engine/triggers.js';
import { campaignsOptionsSchema } from './options.js';

/** @deprecated Options of `createCampaigns`; use `campaigns()` as a desk plug-in. */
export interface CreateCampaignsOptions extends CampaignsOptions {
  desk: Desk;
  logger?: Logger;
}

const deskSchema = z.custom<Desk>(
  (v) => typeof v === 'object' && v !== null && typeof (v as Desk).send === 'function',
  'expected a desk from createDesk()',
);

/**
 * @deprecated Use the plug-in: `createDesk({ plugins: [campaigns({ ... })] })`. Kept for
 * one release: it keeps the old job types (`parley.campaign-step`, ...) so jobs already
 * scheduled still run. Create it before `desk.start()`.
 */
export function createCampaigns(options: CreateCampaignsOptions): Campaigns {
  const { desk, ...rest } = options;
  parseOrThrow(deskSchema, desk, 'createCampaigns options.desk');
  const config = parseOrThrow(campaignsOptionsSchema, rest, 'createCampaigns options');
  const built = buildCampaigns(deskHost(desk), config);
  desk.scheduler.define<JobPayload>(LEGACY_JOB_TYPES.step, (job) => built.runStep(job.payload));
  desk.scheduler.define<NoReplyPayload>(LEGACY_JOB_TYPES['no-reply'], (job) =>
    built.runNoReply(job.payload),
  );
  return built.campaigns;
}

/** The plug-in API's members campaigns use, taken from a desk (the old way in). */
function deskHost(desk: Desk): CampaignHost {
  const { store, scheduler } = desk;
  return {
    storage: store.kv('campaigns'),
    query: {
      getContact: (t, id) => store.getContact(t, id),
      findContact: (t, identity) => store.findContactByIdentity(t, identity),
      getConversation: (t, id) => store.getConversation(t, id),
      findActiveConversation: (t, ch, contact) => store.findActiveConversation(t, ch, contact),
      listMessages: (t, id, o) => store.listMessages(t, id, o),
    },
    jobs: {
      schedule: ({ name, ...job }) =>
        scheduler.schedule({
          ...job,
          type: LEGACY_JOB_TYPES[name as keyof typeof LEGACY_JOB_TYPES],
        }),
      cancel: (id) => scheduler.cancel(id),
      get: (id) => scheduler.get(id),
    },
    desk,
    clock: desk.clock,
    logger: silentLogger,
    on: (name, listener) => desk.on(name, listener),
    // Services reach plug-ins only: here campaigns keep to their own share of the cap.
    use: <T>(_key: ServiceKey<T>) => undefined,
  };
}
