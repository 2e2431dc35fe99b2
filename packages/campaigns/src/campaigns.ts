import {
  createBusinessHours,
  DEFAULT_TENANT,
  type Desk,
  type Logger,
  ParleyError,
  parseOrThrow,
  silentLogger,
} from '@parley/core';
import { z } from 'zod';
import {
  type CampaignConfig,
  type CampaignOptions,
  campaignSchema,
  idSchema,
} from './campaign-schema.js';
import { campaignKey, type Engine, type Registered } from './engine/context.js';
import { type EnrolResult, endEnrolment, enrol, scheduleStep } from './engine/enrol.js';
import {
  type Enrolment,
  type EnrolmentStatus,
  enrolmentKey,
  enrolmentPrefix,
  type JobPayload,
  KeyedLock,
  NO_REPLY_JOB,
  pausedKey,
  STEP_JOB,
} from './engine/enrolment.js';
import { runStep } from './engine/run-step.js';
import { type CampaignStats, statsOf } from './engine/stats.js';
import {
  type NoReplyPayload,
  onInbound,
  onLabel,
  onOutbound,
  runNoReply,
} from './engine/triggers.js';
import { CampaignEmitter, type CampaignEventName, type CampaignEvents } from './events.js';
import { type ContactLists, contactLists } from './lists/contact-lists.js';
import { type MemberInput, toMember } from './lists/member.js';
import { ChannelPace, type SendPacing, sendPacingSchema } from './pacing/send-pacing.js';

export interface CampaignsOptions {
  /** The desk campaigns send through (`desk.send`), keep state in (`store.kv('campaigns')`) and schedule on. */
  desk: Desk;
  /** Campaigns defined in code; `define()` adds more. */
  campaigns?: CampaignOptions[];
  /**
   * Send pacing per number (see `SendPacing`): `default` for every channel, `channels`
   * per channel id; `false` turns it off (tests, benches). Default: one send a second
   * at half share, i.e. one every 2 s per number.
   */
  pacing?: false | { default?: SendPacing | false; channels?: Record<string, SendPacing | false> };
  /** Random source for pacing jitter (default `Math.random`). */
  random?: () => number;
  logger?: Logger;
}

/** What happened when a list was launched into a campaign. */
export interface LaunchReport {
  listId: string;
  members: number;
  enrolled: number;
  /** Members already in (or already through) the campaign. */
  skipped: number;
}

/** Campaigns of one tenant; nothing here reaches another tenant's lists or contacts. */
export interface TenantCampaigns {
  readonly tenantId: string;
  readonly lists: ContactLists;
  /** The tenant's campaigns as defined. */
  all(): CampaignConfig[];
  /** Enrols every member of a list (the campaign needs a `channelId`). */
  launch(campaignId: string, options: { list: string }): Promise<LaunchReport>;
  /** Enrols one contact; `channelId` defaults to the campaign's. */
  enrol(campaignId: string, contact: MemberInput & { channelId?: string }): Promise<EnrolResult>;
  /** Takes a contact out of a campaign; false when it was not in it. */
  cancel(campaignId: string, contact: { address: string; channelId?: string }): Promise<boolean>;
  /** Stops sending (kept across restarts) until `resume`; enrolments wait. */
  pause(campaignId: string): Promise<void>;
  resume(campaignId: string): Promise<void>;
  stats(campaignId: string): Promise<CampaignStats>;
  enrolments(campaignId: string, filter?: { status?: EnrolmentStatus }): Promise<Enrolment[]>;
}

/** Follow-up campaigns (OB2) on a desk. The top-level members are the default tenant's. */
export interface Campaigns extends TenantCampaigns {
  tenant(tenantId: string): TenantCampaigns;
  /** Registers or replaces a campaign. Define every campaign at start-up, on every start. */
  define(options: CampaignOptions): CampaignConfig;
  /** Removes a campaign and takes every contact out of it. */
  remove(campaignId: string, tenantId?: string): Promise<boolean>;
  /**
   * A delivery report from the channel (WhatsApp `onDeliveryStatus`): counts the
   * campaign message as delivered or read. False when it was no campaign message.
   */
  deliveryStatus(
    channelId: string,
    status: {
      externalId: string;
      status: 'sent' | 'delivered' | 'read' | 'failed';
      error?: { message: string };
    },
  ): Promise<boolean>;
  on<E extends CampaignEventName>(
    name: E,
    listener: (payload: CampaignEvents[E]) => unknown,
  ): () => void;
  /** Resolves when reactions to desk events under way have finished (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops listening to the desk (jobs stay scheduled). */
  close(): void;
}

const optionsSchema = z
  .object({
    desk: z.custom<Desk>(
      (v) => typeof v === 'object' && v !== null && typeof (v as Desk).send === 'function',
      'expected a desk from createDesk()',
    ),
    campaigns: z.array(z.unknown()).default([]),
    pacing: z
      .union([
        z.literal(false),
        z
          .object({
            default: z.union([z.literal(false), sendPacingSchema]).optional(),
            channels: z.record(idSchema, z.union([z.literal(false), sendPacingSchema])).default({}),
          })
          .strict(),
      ])
      .default({ channels: {} }),
    random: z.custom<() => number>((v) => typeof v === 'function').default(() => Math.random),
    logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null).optional(),
  })
  .strict();

const STAGE = { step: 'campaign-step', noReply: 'campaign-no-reply', trigger: 'campaign-trigger' };

/**
 * Follow-up campaigns on a desk (OB2). Create it before `desk.start()`: it registers
 * its job types with the desk's scheduler.
 *
 * ```ts
 * const campaigns = createCampaigns({ desk, pacing: { channels: { wa: { minIntervalMs: 1200, jitterMs: 1800, dailyCap: 1000 } } } });
 * campaigns.define({ id: 'cart', channelId: 'wa', steps: [{ after: { hours: 2 }, message: 'Oi {{first_name|}}! Seu carrinho ainda está aqui.' }] });
 * ```
 */
export function createCampaigns(options: CampaignsOptions): Campaigns {
  const o = parseOrThrow(optionsSchema, options, 'createCampaigns options');
  const { desk } = o;
  const paces = new Map<string, ChannelPace>();
  const inFlight = new Set<Promise<unknown>>();
  const events = new CampaignEmitter();
  const engine: Engine = {
    desk,
    kv: desk.store.kv('campaigns'),
    clock: desk.clock,
    logger: o.logger ?? silentLogger,
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
        pace = new ChannelPace(channelId, config, desk.store, desk.clock, o.random);
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

  desk.scheduler.define<JobPayload>(STEP_JOB, (job) => runStep(engine, job.payload));
  desk.scheduler.define<NoReplyPayload>(NO_REPLY_JOB, (job) => runNoReply(engine, job.payload));
  const detach = [
    desk.on('message.received', (e) => engine.track(STAGE.trigger, onInbound(engine, e))),
    desk.on('message.sent', (e) => engine.track(STAGE.trigger, onOutbound(engine, e))),
    desk.on('contact.labeled', ({ contact, label }) =>
      engine.track(STAGE.trigger, onLabel(engine, 'contact', label, contact)),
    ),
    desk.on('conversation.labeled', ({ conversation, label }) =>
      engine.track(
        STAGE.trigger,
        desk.store
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

  return {
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
}

function tenantView(engine: Engine, tenantId: string): TenantCampaigns {
  const lists = contactLists(engine.kv, tenantId, () => engine.clock.now());

  function campaign(campaignId: string): Registered {
    const found = engine.campaigns.get(campaignKey(tenantId, campaignId));
    if (!found) {
      throw new ParleyError(
        'NOT_FOUND',
        `No campaign "${campaignId}" in tenant "${tenantId}"; define it with campaigns.define({ id: "${campaignId}", tenantId: "${tenantId}", ... }).`,
      );
    }
    return found;
  }
  function channelOf(c: Registered, given?: string): string {
    const channelId = given ?? c.config.channelId;
    if (!channelId) {
      throw new ParleyError(
        'INPUT_INVALID',
        `Campaign "${c.config.id}" has no channelId; give the campaign one or pass channelId to enrol().`,
      );
    }
    const channel = engine.desk.channels.list(tenantId).find((ch) => ch.id === channelId);
    if (!channel)
      throw new ParleyError('NOT_FOUND', `No channel "${channelId}" in tenant "${tenantId}".`);
    return channelId;
  }
  async function enrolments(campaignId: string) {
    return (await engine.kv.list<Enrolment>(enrolmentPrefix(tenantId, campaignId))).map(
      (r) => r.value,
    );
  }

  return {
    tenantId,
    lists,
    all: () =>
      [...engine.campaigns.values()]
        .filter((c) => c.config.tenantId === tenantId)
        .map((c) => c.config),
    async launch(campaignId, { list }) {
      const c = campaign(campaignId);
      const channelId = channelOf(c);
      await lists.get(list);
      const report: LaunchReport = { listId: list, members: 0, enrolled: 0, skipped: 0 };
      let cursor: string | undefined;
      do {
        const page = await lists.members(list, {
          limit: 1000,
          ...(cursor !== undefined && { cursor }),
        });
        for (const { address, ...profile } of page.items) {
          report.members++;
          const result = await enrol(
            engine,
            c,
            { channelId, address, profile },
            { type: 'list', listId: list },
          );
          if (result.enrolled) report.enrolled++;
          else report.skipped++;
        }
        cursor = page.nextCursor;
      } while (cursor);
      return report;
    },
    async enrol(campaignId, input) {
      const c = campaign(campaignId);
      const channelId = channelOf(c, input.channelId);
      const parsed = toMember(input);
      if ('reason' in parsed)
        throw new ParleyError('INPUT_INVALID', `Cannot enrol this contact: ${parsed.reason}.`);
      const { address, ...profile } = parsed.member;
      return enrol(engine, c, { channelId, address, profile }, { type: 'api' });
    },
    async cancel(campaignId, contact) {
      const c = campaign(campaignId);
      const key = enrolmentKey({
        tenantId,
        campaignId,
        channelId: channelOf(c, contact.channelId),
        address: contact.address,
      });
      return engine.lock.run(key, async () => {
        const e = await engine.kv.get<Enrolment>(key);
        if (e?.status !== 'active') return false;
        await endEnrolment(engine, e, 'cancelled', 'cancelled');
        return true;
      });
    },
    async pause(campaignId) {
      const c = campaign(campaignId);
      engine.campaigns.set(campaignKey(tenantId, campaignId), {
        ...c,
        config: { ...c.config, paused: true },
      });
      await engine.kv.set(pausedKey(tenantId, campaignId), true);
    },
    async resume(campaignId) {
      const c = campaign(campaignId);
      engine.campaigns.set(campaignKey(tenantId, campaignId), {
        ...c,
        config: { ...c.config, paused: false },
      });
      await engine.kv.delete(pausedKey(tenantId, campaignId));
      const now = engine.clock.now().getTime();
      for (const e of await enrolments(campaignId)) {
        if (e.status !== 'active') continue;
        const due = e.dueAt ? Date.parse(e.dueAt) : now;
        await scheduleStep(engine, e, Math.max(due, now));
      }
    },
    async stats(campaignId) {
      const c = campaign(campaignId);
      return statsOf(campaignId, c.config.steps.length, await enrolments(campaignId));
    },
    async enrolments(campaignId, filter = {}) {
      campaign(campaignId);
      const all = await enrolments(campaignId);
      return filter.status === undefined ? all : all.filter((e) => e.status === filter.status);
    },
  };
}
