import type { BusinessHours, Clock, Desk, KeyValue, Logger } from '@parley/core';
import type { CampaignConfig } from '../campaign-schema.js';
import type { CampaignEmitter } from '../events.js';
import type { ChannelPace } from '../pacing/send-pacing.js';
import type { KeyedLock } from './enrolment.js';

/** A campaign as registered: its validated config and compiled hours. */
export interface Registered {
  config: CampaignConfig;
  hours?: BusinessHours;
}

/** What the campaign engine's parts share. Not public API. */
export interface Engine {
  readonly desk: Desk;
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
