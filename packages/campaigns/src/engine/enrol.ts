import type { Contact } from '@parley/core';
import { stepDueAt } from '../time/send-window.js';
import type { Engine, Registered } from './context.js';
import {
  type Enrolment,
  type EnrolmentSource,
  type EnrolmentStatus,
  enrolmentKey,
  type JobPayload,
  stepJobId,
} from './enrolment.js';

/** Who to enrol: an address on a channel, and what is known about the contact. */
export interface EnrolTarget {
  channelId: string;
  address: string;
  profile?: Enrolment['profile'];
}

export type EnrolResult =
  | { enrolled: true; enrolment: Enrolment }
  | { enrolled: false; reason: 'already-active' | 'already-enrolled'; enrolment: Enrolment };

export const payloadOf = (e: Enrolment): JobPayload => ({
  tenantId: e.tenantId,
  campaignId: e.campaignId,
  channelId: e.channelId,
  address: e.address,
});

/** The desk's contact behind an enrolment, when the desk has met it. */
export function findContact(engine: Engine, e: Enrolment): Promise<Contact | undefined> {
  return engine.host.query.findContact(e.tenantId, {
    channelId: e.channelId,
    externalId: e.address,
  });
}

/** The contact's zone: the list's, else the contact attribute `timeZone`, else the campaign's. */
export function zoneOf(e: Enrolment, contact: Contact | undefined, campaign: Registered): string {
  const attr = contact?.attributes.timeZone;
  return (
    e.profile.timeZone ?? (typeof attr === 'string' ? attr : undefined) ?? campaign.config.timeZone
  );
}

export async function scheduleStep(
  engine: Engine,
  e: Enrolment,
  runAt: number,
  slot?: number,
): Promise<void> {
  await engine.host.jobs.schedule<JobPayload>({
    id: stepJobId(e),
    name: 'step',
    runAt: new Date(runAt),
    payload: { ...payloadOf(e), ...(slot !== undefined && { slot }) },
  });
}

/**
 * Puts a contact into a campaign: the first step is scheduled after its wait. A contact
 * is in a campaign once at a time; after leaving, only `allowReenrol` lets it back.
 */
export function enrol(
  engine: Engine,
  campaign: Registered,
  target: EnrolTarget,
  source: EnrolmentSource,
): Promise<EnrolResult> {
  const { tenantId, id: campaignId } = campaign.config;
  const key = enrolmentKey({ tenantId, campaignId, ...target });
  return engine.lock.run(key, async () => {
    const existing = await engine.kv.get<Enrolment>(key);
    if (existing?.status === 'active')
      return { enrolled: false, reason: 'already-active', enrolment: existing };
    if (existing && !campaign.config.allowReenrol)
      return { enrolled: false, reason: 'already-enrolled', enrolment: existing };
    const now = engine.clock.now().getTime();
    const e: Enrolment = {
      tenantId,
      campaignId,
      channelId: target.channelId,
      address: target.address,
      profile: target.profile ?? { attributes: {} },
      source,
      status: 'active',
      enrolledAt: new Date(now).toISOString(),
      step: 0,
      baseAt: new Date(now).toISOString(),
      sends: [],
    };
    const zone = zoneOf(e, await findContact(engine, e), campaign);
    const due = stepDueAt(campaign.config.steps[0]!, now, zone);
    e.dueAt = new Date(due).toISOString();
    await engine.kv.set(key, e);
    if (!campaign.config.paused) await scheduleStep(engine, e, due);
    engine.events.emit('campaign.enrolled', { enrolment: e });
    return { enrolled: true, enrolment: e };
  });
}

/** Ends an active enrolment (reply, cancel, failure, last step); its pending step is dropped. */
export async function endEnrolment(
  engine: Engine,
  e: Enrolment,
  status: Exclude<EnrolmentStatus, 'active'>,
  reason: string,
): Promise<Enrolment> {
  const ended: Enrolment = {
    ...e,
    status,
    endedAt: engine.clock.now().toISOString(),
    endReason: reason,
  };
  delete ended.dueAt;
  await engine.kv.set(enrolmentKey(e), ended);
  await engine.host.jobs.cancel(stepJobId(e));
  if (status === 'completed') engine.events.emit('campaign.completed', { enrolment: ended });
  else if (status !== 'failed') engine.events.emit('campaign.exited', { enrolment: ended, reason });
  return ended;
}
