import type { InboundMessage, MessageContent, Referral } from '@parley/core';
import type { IncomingComment } from '../transport.js';
import {
  commentValueSchema,
  type MessagingEvent,
  mentionValueSchema,
  messagingEventSchema,
  type WebhookAttachment,
  type WebhookPayload,
  type WebhookReferral,
} from './payload.js';
import { type ThreadEvent, threadEventOf } from './thread-events.js';

/** One thing a webhook delivery asks Parley to do, in delivery order. */
export type WebhookEvent =
  | {
      kind: 'message';
      inbound: InboundMessage;
      /** True for what opens Instagram's 24 h window (messages, postbacks). */
      opensWindow: boolean;
    }
  | { kind: 'comment'; comment: IncomingComment }
  | ThreadEvent
  | { kind: 'mention'; mediaId: string; commentId?: string; at: Date }
  | { kind: 'skipped'; reason: string };

/** Meta sends epoch seconds in some places and milliseconds in others. */
function toDate(time: number | undefined, fallback: Date): Date {
  if (time === undefined) return fallback;
  return new Date(time < 1e12 ? time * 1000 : time);
}

/**
 * Flattens a delivery into events for `accountId`; malformed parts are skipped, never
 * fatal. One Meta app may send several accounts' events to one URL: entries of other
 * accounts are skipped, so an account never answers another's customers.
 */
export function normalisePayload(
  payload: WebhookPayload,
  accountId: string,
  now: Date,
): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  for (const entry of payload.entry) {
    if (entry.id !== accountId) {
      events.push({ kind: 'skipped', reason: `entry for another account (${entry.id})` });
      continue;
    }
    const delivered = [
      ...(entry.messaging ?? []).map((raw) => ({ raw, standby: false })),
      ...(entry.standby ?? []).map((raw) => ({ raw, standby: true })),
    ];
    for (const { raw, standby } of delivered) {
      const parsed = messagingEventSchema.safeParse(raw);
      if (!parsed.success) {
        events.push({
          kind: 'skipped',
          reason: `malformed messaging event: ${parsed.error.message}`,
        });
        continue;
      }
      // Our own sends come back as echoes, with the account as sender.
      if (parsed.data.sender.id === entry.id) {
        events.push({ kind: 'skipped', reason: 'sent by this account' });
        continue;
      }
      const thread = threadEventOf(parsed.data);
      if (thread) {
        events.push(thread);
        continue;
      }
      const found = messagingEvents(parsed.data, now);
      // Another app holds the thread: what the customer says is recorded, never answered.
      events.push(...(standby ? found.map(recordedOnly('standby')) : found));
    }
    for (const change of entry.changes ?? []) {
      if (change.field === 'mentions') {
        const mention = mentionValueSchema.safeParse(change.value);
        events.push(
          mention.success
            ? {
                kind: 'mention',
                mediaId: mention.data.media_id,
                ...(mention.data.comment_id !== undefined && {
                  commentId: mention.data.comment_id,
                }),
                at: toDate(entry.time, now),
              }
            : { kind: 'skipped', reason: `malformed mention: ${mention.error.message}` },
        );
        continue;
      }
      if (change.field !== 'comments' && change.field !== 'live_comments') {
        events.push({ kind: 'skipped', reason: `field ${change.field}` });
        continue;
      }
      const parsed = commentValueSchema.safeParse(change.value);
      if (!parsed.success) {
        events.push({ kind: 'skipped', reason: `malformed comment: ${parsed.error.message}` });
        continue;
      }
      const v = parsed.data;
      if (v.from.id === entry.id) {
        events.push({ kind: 'skipped', reason: 'comment by this account' });
        continue;
      }
      events.push({
        kind: 'comment',
        comment: {
          commentId: v.id,
          postId: v.media.id,
          postIds: [v.media.id],
          text: v.text,
          from: {
            id: v.from.id,
            ...(v.from.username !== undefined && { username: v.from.username }),
          },
          at: toDate(entry.time, now),
        },
      });
    }
  }
  return events;
}

function messagingEvents(e: MessagingEvent, now: Date): WebhookEvent[] {
  const from = { externalId: e.sender.id };
  const timestamp = toDate(e.timestamp, now);
  const base = { from, timestamp };
  if (e.message) {
    const m = e.message;
    if (m.is_echo) return [{ kind: 'skipped', reason: 'echo of a sent message' }];
    if (m.is_deleted) return [{ kind: 'skipped', reason: 'message deleted by the customer' }];
    const extra = {
      ...(m.reply_to?.mid !== undefined && { replyToExternalId: m.reply_to.mid }),
      ...referralOf(m),
    };
    const contents: MessageContent[] = [];
    if (m.quick_reply) {
      contents.push({
        type: 'choice',
        optionId: m.quick_reply.payload,
        ...(m.text !== undefined && { title: m.text }),
      });
    } else if (m.text !== undefined && m.text.length > 0) {
      contents.push({ type: 'text', text: m.text });
    }
    for (const a of m.attachments ?? []) contents.push(attachmentContent(a));
    if (contents.length === 0) {
      contents.push({
        type: 'unsupported',
        description: m.is_unsupported
          ? 'a message type Instagram does not share with apps'
          : 'an empty message',
      });
    }
    // Several parts of one message keep distinct, stable ids so retries still dedupe.
    return contents.map((content, i) => ({
      kind: 'message',
      opensWindow: true,
      inbound: {
        ...base,
        ...extra,
        externalId: i === 0 ? m.mid : `${m.mid}#${i}`,
        content,
      },
    }));
  }
  if (e.postback) {
    const p = e.postback;
    return [
      {
        kind: 'message',
        opensWindow: true,
        inbound: {
          ...base,
          externalId: p.mid ?? `postback:${e.sender.id}:${timestamp.getTime()}`,
          content: {
            type: 'choice',
            optionId: p.payload,
            ...(p.title !== undefined && { title: p.title }),
          },
        },
      },
    ];
  }
  if (e.reaction) {
    const r = e.reaction;
    return [
      {
        kind: 'message',
        opensWindow: false,
        inbound: {
          ...base,
          externalId: `reaction:${r.mid}:${e.sender.id}:${timestamp.getTime()}`,
          content: {
            type: 'reaction',
            emoji: r.action === 'unreact' ? '' : (r.emoji ?? '❤️'),
            targetExternalId: r.mid,
          },
        },
      },
    ];
  }
  if (e.referral) {
    // An ig.me link (or ad) opened an existing thread: recorded; rules route on its ref.
    const referral = adReferral(e.referral);
    return [
      {
        kind: 'message',
        opensWindow: false,
        inbound: {
          ...base,
          externalId: `referral:${e.sender.id}:${timestamp.getTime()}`,
          content: {
            type: 'unsupported',
            description: `opened the conversation from ${e.referral.ref ? `a link (ref ${e.referral.ref})` : 'a link'}`,
          },
          referral,
          recordOnly: 'referral',
        },
      },
    ];
  }
  return [{ kind: 'skipped', reason: 'unknown messaging event' }];
}

function referralOf(m: NonNullable<MessagingEvent['message']>): { referral?: Referral } {
  if (m.reply_to?.story) {
    const url = m.reply_to.story.url;
    return { referral: { source: 'instagram_story_reply', ...(url !== undefined && { url }) } };
  }
  if (m.referral) return { referral: adReferral(m.referral) };
  return {};
}

function adReferral(r: WebhookReferral): Referral {
  const ad = r.ads_context_data;
  const url = ad?.photo_url ?? ad?.video_url;
  return {
    source: r.source ? `instagram_${r.source.toLowerCase()}` : 'instagram_ad',
    ...(r.ad_id !== undefined && { adId: r.ad_id }),
    ...(r.ref !== undefined && { ref: r.ref }),
    ...(ad?.ad_title !== undefined && { headline: ad.ad_title }),
    ...(url !== undefined && { url }),
  };
}

const mediaKinds: Record<string, 'image' | 'video' | 'audio' | 'document'> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'document',
  animated_image: 'image',
};

function attachmentContent(a: WebhookAttachment): MessageContent {
  const url = a.payload?.url;
  const kind = mediaKinds[a.type];
  if (kind && url) return { type: 'media', kind, url };
  if (url && ['share', 'ig_post', 'ig_reel', 'reel', 'story_mention'].includes(a.type)) {
    const label = a.type === 'story_mention' ? 'mentioned the account in a story' : 'shared a post';
    const title = a.payload?.title;
    return { type: 'text', text: `[${label}] ${title ? `${title} ` : ''}${url}` };
  }
  return { type: 'unsupported', description: `Instagram ${a.type} attachment` };
}

/** Marks a message event recorded only (`standby`): stored and shown, answered by nothing. */
function recordedOnly(reason: string) {
  return (event: WebhookEvent): WebhookEvent =>
    event.kind === 'message'
      ? { ...event, inbound: { ...event.inbound, recordOnly: reason } }
      : event;
}
