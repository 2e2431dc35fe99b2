import type { KeyValue } from '@parley/core';
import type { AttributeValue } from '../lists/member.js';

/** How a contact came into a campaign. */
export type EnrolmentSource =
  | { type: 'list'; listId: string }
  | { type: 'api' }
  | { type: 'label'; label: string }
  | { type: 'referral'; adId?: string; messageId: string }
  | { type: 'keyword'; keyword: string; messageId: string }
  | { type: 'no-reply'; conversationId: string };

export type EnrolmentStatus = 'active' | 'completed' | 'replied' | 'failed' | 'cancelled';

/** One message a step sent (or failed to send) to the contact. */
export interface StepSend {
  step: number;
  /** `sending` is written before the send, so a crash mid-send never sends twice. */
  status: 'sending' | 'sent' | 'delivered' | 'read' | 'failed';
  at: string;
  messageIds?: string[];
  externalIds?: string[];
  error?: string;
  /** A failure the step was tried again after (channel trouble); not counted as failed. */
  retried?: boolean;
}

/** A contact's way through one campaign, kept in the store. */
export interface Enrolment {
  tenantId: string;
  campaignId: string;
  channelId: string;
  /** The contact's id on the channel. */
  address: string;
  /** What the list or the caller said about the contact; the desk's contact wins where it has a value. */
  profile: {
    name?: string;
    phone?: string;
    email?: string;
    language?: string;
    timeZone?: string;
    attributes: Record<string, AttributeValue>;
  };
  source: EnrolmentSource;
  status: EnrolmentStatus;
  enrolledAt: string;
  /** The next step to send (index into the campaign's steps). */
  step: number;
  /** What the next step's wait counts from: the enrolment, then each send. */
  baseAt: string;
  /** When the next step is due (before hours and pacing move it). */
  dueAt?: string;
  sends: StepSend[];
  endedAt?: string;
  endReason?: string;
}

export interface JobPayload {
  tenantId: string;
  campaignId: string;
  channelId: string;
  address: string;
  /** A pacing slot reserved for this send: at or after it, the send goes without asking again. */
  slot?: number;
}

/** Job types of the deprecated `createCampaigns({ desk })` (the plug-in's are `campaigns:<name>`). */
export const LEGACY_JOB_TYPES = {
  step: 'parley.campaign-step',
  'no-reply': 'parley.campaign-no-reply',
} as const;

export const enrolmentKey = (
  p: Pick<JobPayload, 'tenantId' | 'campaignId' | 'channelId' | 'address'>,
) => `enrol/${p.tenantId}/${p.campaignId}/${p.channelId}/${p.address}`;

export const enrolmentPrefix = (tenantId: string, campaignId: string) =>
  `enrol/${tenantId}/${campaignId}/`;

/** Set while a campaign is paused at runtime (kept across restarts). */
export const pausedKey = (tenantId: string, campaignId: string) =>
  `paused/${tenantId}/${campaignId}`;

export const stepJobId = (
  p: Pick<JobPayload, 'tenantId' | 'campaignId' | 'channelId' | 'address'>,
) => `campaign/${p.tenantId}/${p.campaignId}/${p.channelId}/${p.address}`;

export async function loadEnrolment(kv: KeyValue, key: string): Promise<Enrolment | undefined> {
  return kv.get<Enrolment>(key);
}

/** Runs work one at a time per key, in this process (enrolment read-modify-writes). */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.then(fn);
    const tail = run.catch(() => {});
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return run;
  }
}
