import {
  type Contact,
  type Conversation,
  contentText,
  type DeskEvents,
  foldText,
  type Message,
} from '@parley/core';
import type { CampaignTrigger } from '../campaign-schema.js';
import type { Engine, Registered } from './context.js';
import { type EnrolTarget, endEnrolment, enrol } from './enrol.js';
import { type Enrolment, enrolmentKey } from './enrolment.js';

type Trigger<T extends CampaignTrigger['type']> = Extract<CampaignTrigger, { type: T }>;

export interface NoReplyPayload {
  tenantId: string;
  campaignId: string;
  conversationId: string;
  channelId: string;
  /** When the business's message that started the wait was sent (ms). */
  since: number;
}

const noReplyJobId = (tenantId: string, campaignId: string, conversationId: string) =>
  `campaign-no-reply/${tenantId}/${campaignId}/${conversationId}`;

function campaignsOf(engine: Engine, tenantId: string): Registered[] {
  return [...engine.campaigns.values()].filter((c) => c.config.tenantId === tenantId);
}

function triggersOf<T extends CampaignTrigger['type']>(c: Registered, type: T): Trigger<T>[] {
  return c.config.triggers.filter((t): t is Trigger<T> => t.type === type);
}

/** Where a campaign reaches a contact: its own channel, else the conversation's. */
function targetFor(
  c: Registered,
  contact: Contact,
  conversation?: Pick<Conversation, 'channelId' | 'contactAddress'>,
): EnrolTarget | undefined {
  const channelId = c.config.channelId ?? conversation?.channelId;
  if (channelId === undefined) {
    const first = contact.identities[0];
    return (
      first && {
        channelId: first.channelId,
        address: first.externalId,
        profile: profileOf(contact),
      }
    );
  }
  const address =
    conversation?.channelId === channelId
      ? conversation.contactAddress
      : contact.identities.find((i) => i.channelId === channelId)?.externalId;
  return address === undefined ? undefined : { channelId, address, profile: profileOf(contact) };
}

function profileOf(contact: Contact): Enrolment['profile'] {
  return {
    ...(contact.name !== undefined && { name: contact.name }),
    ...(contact.phone !== undefined && { phone: contact.phone }),
    ...(contact.email !== undefined && { email: contact.email }),
    attributes: {},
  };
}

function keywordMatch(text: string, trigger: Trigger<'keyword'>): string | undefined {
  const folded = foldText(text).trim();
  for (const keyword of trigger.keywords) {
    const k = foldText(keyword).trim();
    if (
      trigger.match === 'exact'
        ? folded === k
        : new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(k)}($|[^\\p{L}\\p{N}])`, 'u').test(folded)
    )
      return keyword;
  }
  return undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A customer message: first every campaign the contact is in and that stops on reply
 * lets it go (OB2), then keyword and ad-referral triggers may enrol it, then no-reply
 * waits on this conversation end.
 */
export async function onInbound(engine: Engine, event: DeskEvents['message.received']) {
  const { message, conversation, contact } = event;
  const campaigns = campaignsOf(engine, message.tenantId);
  for (const c of campaigns) {
    if (!c.config.stopOnReply) continue;
    for (const identity of contact.identities) {
      await stopOnReply(engine, c, identity.channelId, identity.externalId, message);
    }
  }
  for (const c of campaigns) {
    if (triggersOf(c, 'no-reply').length > 0)
      await engine.host.jobs.cancel(noReplyJobId(c.config.tenantId, c.config.id, conversation.id));
    const target = () => targetFor(c, contact, conversation);
    for (const t of triggersOf(c, 'keyword')) {
      const keyword = keywordMatch(contentText(message.content), t);
      const to = keyword === undefined ? undefined : target();
      if (keyword !== undefined && to)
        await enrol(engine, c, to, { type: 'keyword', keyword, messageId: message.id });
    }
    for (const t of triggersOf(c, 'referral')) {
      const ref = message.referral;
      if (!ref) continue;
      if (t.source !== undefined && ref.source !== t.source) continue;
      if (t.adIds !== undefined && (ref.adId === undefined || !t.adIds.includes(ref.adId)))
        continue;
      const to = target();
      if (to)
        await enrol(engine, c, to, {
          type: 'referral',
          ...(ref.adId !== undefined && { adId: ref.adId }),
          messageId: message.id,
        });
    }
  }
}

async function stopOnReply(
  engine: Engine,
  c: Registered,
  channelId: string,
  address: string,
  message: Message,
) {
  const key = enrolmentKey({
    tenantId: c.config.tenantId,
    campaignId: c.config.id,
    channelId,
    address,
  });
  await engine.lock.run(key, async () => {
    const e = await engine.kv.get<Enrolment>(key);
    if (e?.status !== 'active') return;
    if ('messageId' in e.source && e.source.messageId === message.id) return;
    if (Date.parse(e.enrolledAt) > message.createdAt.getTime()) return;
    await endEnrolment(engine, e, 'replied', 'the contact wrote to the business');
  });
}

/** A label on a contact or a conversation enrols the contact in campaigns waiting for it. */
export async function onLabel(
  engine: Engine,
  on: 'contact' | 'conversation',
  label: string,
  contact: Contact,
  conversation?: Conversation,
) {
  for (const c of campaignsOf(engine, contact.tenantId)) {
    const wanted = triggersOf(c, 'label').some(
      (t) => t.label === label && (t.on === 'either' || t.on === on),
    );
    const to = wanted ? targetFor(c, contact, conversation) : undefined;
    if (to) await enrol(engine, c, to, { type: 'label', label });
  }
}

/** The business wrote: campaigns with a no-reply trigger start (or restart) their wait. */
export async function onOutbound(engine: Engine, event: DeskEvents['message.sent']) {
  const { message, conversation } = event;
  if (message.author.kind === 'system' && message.author.id?.startsWith('campaign:')) return;
  for (const c of campaignsOf(engine, message.tenantId)) {
    if (c.config.channelId !== undefined && c.config.channelId !== conversation.channelId) continue;
    for (const t of triggersOf(c, 'no-reply')) {
      await engine.host.jobs.schedule<NoReplyPayload>({
        id: noReplyJobId(c.config.tenantId, c.config.id, conversation.id),
        name: 'no-reply',
        runAt: new Date(message.createdAt.getTime() + t.hours * 3_600_000),
        payload: {
          tenantId: c.config.tenantId,
          campaignId: c.config.id,
          conversationId: conversation.id,
          channelId: conversation.channelId,
          since: message.createdAt.getTime(),
        },
      });
    }
  }
}

/** The wait is over and the contact never answered: enrol it. */
export async function runNoReply(engine: Engine, p: NoReplyPayload) {
  const c = engine.campaigns.get(`${p.tenantId}/${p.campaignId}`);
  if (!c) return;
  const { query } = engine.host;
  const conversation = await query.getConversation(p.tenantId, p.conversationId);
  const contact = conversation && (await query.getContact(p.tenantId, conversation.contactId));
  if (!conversation || !contact) return;
  // An answer cancels the wait; this is the net for one that raced the job.
  if (contact.lastInboundAt && contact.lastInboundAt.getTime() > p.since) return;
  const to = targetFor(c, contact, conversation);
  if (to) await enrol(engine, c, to, { type: 'no-reply', conversationId: conversation.id });
}
