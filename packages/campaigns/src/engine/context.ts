import type { BusinessHours, Clock, KeyValue, Logger, PluginApi } from '@parley/core';
import type { CampaignConfig } from '../campaign-schema.js';
import type { CampaignEmitter } from '../events.js';
import type { ChannelPace } from '../pacing/send-pacing.js';
import type { KeyedLock } from './enrolment.js';

/** A campaign as registered: its validated config and compiled hours. */
export interface Registered {
  config: CampaignConfig;
  hours?: BusinessHours;
}

/** The campaigns' job names (`campaigns:step`, `campaigns:no-reply` as a plug-in). */
export type CampaignJobName = 'step' | 'no-reply';

/**
 * What campaigns need of a desk: the plug-in API's members, never the raw store.
 * `campaigns()` passes its `PluginApi`; the deprecated `createCampaigns({ desk })`
 * builds one from the desk.
 */
export type CampaignHost = Pick<
  PluginApi,
  'storage' | 'query' | 'jobs' | 'desk' | 'clock' | 'logger' | 'on' | 'use'
>;

/** What the campaign engine's parts share. Not public API. */
export interface Engine {
  readonly host: CampaignHost;
  readonly kv: KeyValue;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: CampaignEmitter;
  readonly lock: KeyedLock;
  /** Campaigns by `tenantId/campaignId`. */
  readonly campaigns: Map<string, Registered>;
  pace(channelId: string): ChannelPace;
  /** Keeps background work (event reactions) findable by `idle()`, failures reported. */
  track(stage: string, work: Promise<unknown>): void;
}

export const campaignKey = (tenantId: string, campaignId: string) => `${tenantId}/${campaignId}`;
