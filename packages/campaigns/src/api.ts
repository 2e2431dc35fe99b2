import type { Logger } from '@parley/core';
import type { CampaignConfig, CampaignOptions } from './campaign-schema.js';
import type { EnrolResult } from './engine/enrol.js';
import type { Enrolment, EnrolmentStatus } from './engine/enrolment.js';
import type { CampaignStats } from './engine/stats.js';
import type { CampaignEventName, CampaignEvents } from './events.js';
import type { ContactLists } from './lists/contact-lists.js';
import type { MemberInput } from './lists/member.js';
import type { SendPacing } from './pacing/send-pacing.js';

// The public types of @parley/campaigns, apart from the parts that build them, so the
// plug-in, the engine and the tenant views can import them without a cycle.

/** Options of `campaigns()`: the campaigns and how fast they may send. */
export interface CampaignsOptions {
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
  /** Default: the desk's logger. */
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
