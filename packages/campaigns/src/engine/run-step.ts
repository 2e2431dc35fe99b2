import { type Contact, type Message, type MessageContent, ParleyError } from '@parley/core';
import type { CampaignStep } from '../campaign-schema.js';
import { pickVariant, renderTemplate } from '../template/render.js';
import { nextSendTime, stepDueAt } from '../time/send-window.js';
import { campaignKey, type Engine, type Registered } from './context.js';
import { endEnrolment, findContact, scheduleStep, zoneOf } from './enrol.js';
import { type Enrolment, enrolmentKey, type JobPayload, pausedKey } from './enrolment.js';

/** Channel trouble worth another try later rather than a failed step. */
const RETRYABLE = new Set(['CHANNEL_UNAVAILABLE', 'RATE_LIMITED', 'TIMEOUT']);
const RETRY_MS = 15 * 60_000;
const MAX_TRIES = 3;
export const RECEIPT_TTL_MS = 30 * 86_400_000;

/**
 * The step job: sends the enrolment's next step when hours and pacing allow, else
 * moves itself to when they will. Never waits on the clock (jobs must not): every
 * delay is a reschedule, so it survives restarts with a durable scheduler.
 */
export async function runStep(engine: Engine, payload: JobPayload): Promise<void> {
  await engine.lock.run(enrolmentKey(payload), async () => {
    const e = await engine.kv.get<Enrolment>(enrolmentKey(payload));
    if (e?.status !== 'active') return;
    const campaign = engine.campaigns.get(campaignKey(e.tenantId, e.campaignId));
    if (!campaign) {
      await endEnrolment(engine, e, 'cancelled', 'the campaign was removed');
      return;
    }
    // Resuming reschedules every active enrolment.
    if (campaign.config.paused || (await engine.kv.get(pausedKey(e.tenantId, e.campaignId))))
      return;
    const step = campaign.config.steps[e.step];
    if (!step) {
      await endEnrolment(engine, e, 'completed', 'all steps sent');
      return;
    }
    const interrupted = e.sends.at(-1);
    if (interrupted?.status === 'sending' && interrupted.step === e.step) {
      // A crash between "sending" and the answer: better one lost step than a duplicate.
      interrupted.status = 'failed';
      interrupted.error = 'interrupted while sending; not sent again, to never send twice';
      await advance(engine, e, campaign, engine.clock.now().getTime());
      return;
    }
    const contact = await findContact(engine, e);
    const zone = zoneOf(e, contact, campaign);
    const now = engine.clock.now().getTime();
    const allowed = nextSendTime(now, campaign.config, campaign.hours, zone);
    if (allowed === undefined) {
      await fail(engine, e, 'the campaign hours never open within a year');
      return;
    }
    if (allowed > now) return scheduleStep(engine, e, allowed);
    if (payload.slot === undefined || payload.slot > now) {
      const slot = await engine.pace(e.channelId).reserve();
      if (slot.at > now) return scheduleStep(engine, e, slot.at, slot.held ? slot.at : undefined);
    }
    const sent = await send(engine, e, campaign, step, contact, zone);
    await engine.pace(e.channelId).settle(sent);
  });
}

function contentOf(step: CampaignStep, text: string): MessageContent {
  if (!step.media) return { type: 'text', text };
  return { type: 'media', ...step.media, caption: text };
}

async function send(
  engine: Engine,
  e: Enrolment,
  campaign: Registered,
  step: CampaignStep,
  contact: Contact | undefined,
  zone: string,
): Promise<boolean> {
  const attr = contact?.attributes.language;
  const language = e.profile.language ?? (typeof attr === 'string' ? attr : undefined);
  const name = contact?.name ?? e.profile.name;
  const phone = contact?.phone ?? e.profile.phone;
  const email = contact?.email ?? e.profile.email;
  const rendered = renderTemplate(pickVariant(step.message, language, campaign.config.language), {
    ...(name !== undefined && { name }),
    ...(phone !== undefined && { phone }),
    ...(email !== undefined && { email }),
    attributes: { ...e.profile.attributes, ...contact?.attributes },
  });
  if (!rendered.ok) {
    await fail(
      engine,
      e,
      `the contact has no ${rendered.missing.map((m) => `{{${m}}}`).join(', ')}; add it or give a fallback like {{name|there}}`,
    );
    return false;
  }
  const at = engine.clock.now();
  e.sends.push({ step: e.step, status: 'sending', at: at.toISOString() });
  await engine.kv.set(enrolmentKey(e), e);
  let messages: Message[];
  try {
    messages = await engine.host.desk
      .tenant(e.tenantId)
      .send(
        { channelId: e.channelId, to: e.address, ...(name !== undefined && { name }) },
        contentOf(step, rendered.text),
        { author: { kind: 'system', id: `campaign:${e.campaignId}` } },
      );
  } catch (error) {
    e.sends.pop();
    const err = error instanceof Error ? error : new Error(String(error));
    const tries = e.sends.filter((s) => s.step === e.step && s.status === 'failed').length + 1;
    if (ParleyError.isInstance(err) && RETRYABLE.has(err.code) && tries < MAX_TRIES) {
      e.sends.push({
        step: e.step,
        status: 'failed',
        at: at.toISOString(),
        error: err.message,
        retried: true,
      });
      await engine.kv.set(enrolmentKey(e), e);
      await scheduleStep(engine, e, at.getTime() + RETRY_MS);
      return false;
    }
    await fail(engine, e, err.message, true);
    return false;
  }
  const record = e.sends.at(-1)!;
  if (messages.length === 0) {
    await fail(engine, e, 'the desk held the message back (a tenant message limit)', true);
    return false;
  }
  record.status = 'sent';
  record.messageIds = messages.map((m) => m.id);
  const externalIds = messages.flatMap((m) => (m.externalId === undefined ? [] : [m.externalId]));
  if (externalIds.length > 0) record.externalIds = externalIds;
  for (const externalId of externalIds) {
    await engine.kv.set(`receipt/${e.channelId}/${externalId}`, enrolmentKey(e), {
      ttlMs: RECEIPT_TTL_MS,
    });
  }
  // Saved before it is told: a listener reading stats sees this send.
  await engine.kv.set(enrolmentKey(e), e);
  engine.events.emit('campaign.sent', {
    enrolment: { ...e, sends: e.sends.map((s) => ({ ...s })) },
    step: e.step,
    messages,
  });
  await advance(engine, e, campaign, at.getTime(), zone);
  return true;
}

/** Moves to the next step (scheduling it), or completes the enrolment. */
async function advance(
  engine: Engine,
  e: Enrolment,
  campaign: Registered,
  base: number,
  zone?: string,
): Promise<void> {
  e.step++;
  e.baseAt = new Date(base).toISOString();
  const next = campaign.config.steps[e.step];
  if (!next) {
    await endEnrolment(engine, e, 'completed', 'all steps sent');
    return;
  }
  const due = stepDueAt(next, base, zone ?? zoneOf(e, await findContact(engine, e), campaign));
  e.dueAt = new Date(due).toISOString();
  await engine.kv.set(enrolmentKey(e), e);
  await scheduleStep(engine, e, due);
}

/** The step could not be sent: recorded, and the contact leaves the campaign. */
async function fail(
  engine: Engine,
  e: Enrolment,
  reason: string,
  replaceSending = false,
): Promise<void> {
  const at = engine.clock.now().toISOString();
  if (replaceSending && e.sends.at(-1)?.status === 'sending') e.sends.pop();
  e.sends.push({ step: e.step, status: 'failed', at, error: reason });
  const ended = await endEnrolment(engine, e, 'failed', reason);
  engine.events.emit('campaign.failed', { enrolment: ended, step: e.step, error: reason });
}
