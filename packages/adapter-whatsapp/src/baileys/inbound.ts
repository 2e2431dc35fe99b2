import type { MediaKind, MessageContent } from '@parley/core';
import type { proto, WAMessage } from '@whiskeysockets/baileys';
import { encodeMediaLocator } from '../media-locator.js';
import { adReferral, type NormalisedMessage } from '../normalised.js';
import { isGroupJid, jidServer } from '../phone.js';
import { parseVcard } from '../vcard.js';

const ignoredServers = new Set(['broadcast', 'newsletter', 'call', 'bot']);

/**
 * Why a message must not start a turn (or, sent by this number, be recorded as the
 * owner's reply), or undefined when it should.
 */
export function skipReason(msg: WAMessage, options: { groups: boolean }): string | undefined {
  const jid = msg.key.remoteJid ?? '';
  if (!msg.key.id || !jid) return 'no message id';
  // The owner's messages are recorded only in one-to-one chats.
  if (msg.key.fromMe && isGroupJid(jid)) return 'sent by this number to a group';
  if (ignoredServers.has(jidServer(jid)) || msg.broadcast) return 'status or broadcast';
  if (isGroupJid(jid) && !options.groups) return 'group message (groups are off)';
  // Stubs (undecryptable placeholders, system notices) carry no content; the real
  // message, if any, is delivered again under the same id.
  if (!msg.message || msg.messageStubType) return 'no content';
  return undefined;
}

/** Peels the wrappers WhatsApp puts around content (disappearing, view-once, captioned documents). */
export function unwrapMessage(
  message: proto.IMessage | null | undefined,
): proto.IMessage | undefined {
  let m = message ?? undefined;
  for (let depth = 0; m && depth < 5; depth++) {
    const inner =
      m.ephemeralMessage?.message ??
      m.viewOnceMessage?.message ??
      m.viewOnceMessageV2?.message ??
      m.viewOnceMessageV2Extension?.message ??
      m.documentWithCaptionMessage?.message ??
      m.deviceSentMessage?.message;
    if (!inner) break;
    m = inner;
  }
  return m;
}

/**
 * Normalises a Baileys message into `MessageContent`; undefined for protocol traffic
 * (revokes, edits, key distribution) that is not something the customer said.
 */
export function normaliseMessage(msg: WAMessage): NormalisedMessage | undefined {
  const m = unwrapMessage(msg.message);
  if (!m) return undefined;
  const content = contentOf(m);
  if (!content) return undefined;
  const context = contextOf(m);
  const out: NormalisedMessage = { content };
  if (context?.stanzaId) out.replyToExternalId = context.stanzaId;
  const ad = context?.externalAdReply;
  const referral = adReferral(
    ad ? { ...ad, headline: ad.title ?? null, clickId: ad.ctwaClid ?? null } : undefined,
  );
  if (referral) out.referral = referral;
  return out;
}

function contentOf(m: proto.IMessage): MessageContent | undefined {
  const text = m.conversation ?? m.extendedTextMessage?.text;
  if (typeof text === 'string') {
    return text.trim()
      ? { type: 'text', text }
      : { type: 'unsupported', description: 'empty text' };
  }
  const media = mediaOf(m);
  if (media) return media;
  const place = m.locationMessage ?? m.liveLocationMessage;
  if (place) {
    return {
      type: 'location',
      latitude: place.degreesLatitude ?? 0,
      longitude: place.degreesLongitude ?? 0,
      ...('name' in place && place.name ? { name: place.name } : {}),
      ...('address' in place && place.address ? { address: place.address } : {}),
    };
  }
  const cards = m.contactsArrayMessage?.contacts ?? (m.contactMessage ? [m.contactMessage] : []);
  if (cards.length > 0) {
    return {
      type: 'contacts',
      contacts: cards.map((c) => parseVcard(c.vcard ?? '', c.displayName ?? undefined)),
    };
  }
  if (m.reactionMessage?.key?.id) {
    return {
      type: 'reaction',
      emoji: m.reactionMessage.text ?? '',
      targetExternalId: m.reactionMessage.key.id,
    };
  }
  const choice = choiceOf(m);
  if (choice) return choice;
  const poll = pollOf(m);
  if (poll) return poll;
  // Votes are encrypted for the poll's creator; edits arrive through `editOf`.
  if (m.pollUpdateMessage || m.editedMessage) return undefined;
  if (m.protocolMessage || m.senderKeyDistributionMessage || m.reactionMessage) return undefined;
  const kind = Object.keys(m).find(
    (k) => k !== 'messageContextInfo' && (m as Record<string, unknown>)[k] != null,
  );
  return kind ? { type: 'unsupported', description: describe(kind) } : undefined;
}

const mediaFields: Array<[keyof proto.IMessage, MediaKind]> = [
  ['imageMessage', 'image'],
  ['videoMessage', 'video'],
  ['ptvMessage', 'video'],
  ['audioMessage', 'audio'],
  ['documentMessage', 'document'],
  ['stickerMessage', 'sticker'],
];

function mediaOf(m: proto.IMessage): MessageContent | undefined {
  for (const [field, kind] of mediaFields) {
    const media = m[field] as
      | (proto.Message.IImageMessage & proto.Message.IDocumentMessage)
      | null
      | undefined;
    if (!media) continue;
    if (!media.mediaKey) return { type: 'unsupported', description: `${kind} without media key` };
    const url = encodeMediaLocator({
      transport: 'baileys',
      kind,
      mediaKey: Buffer.from(media.mediaKey).toString('base64'),
      ...(media.directPath && { directPath: media.directPath }),
      ...(media.url && { url: media.url }),
    });
    return {
      type: 'media',
      kind,
      url,
      ...(media.mimetype && { mimeType: media.mimetype }),
      ...(media.fileName && { fileName: media.fileName }),
      ...(media.caption && { caption: media.caption }),
    };
  }
  return undefined;
}

function choiceOf(m: proto.IMessage): MessageContent | undefined {
  const pick = (optionId: string | null | undefined, title: string | null | undefined) =>
    optionId ? ({ type: 'choice', optionId, ...(title && { title }) } as const) : undefined;
  if (m.buttonsResponseMessage) {
    const b = m.buttonsResponseMessage;
    return pick(b.selectedButtonId, b.selectedDisplayText);
  }
  if (m.listResponseMessage) {
    const l = m.listResponseMessage;
    return pick(l.singleSelectReply?.selectedRowId, l.title);
  }
  if (m.templateButtonReplyMessage) {
    const t = m.templateButtonReplyMessage;
    return pick(t.selectedId, t.selectedDisplayText);
  }
  const flow = m.interactiveResponseMessage;
  if (flow) {
    let id: string | undefined;
    try {
      const params = JSON.parse(flow.nativeFlowResponseMessage?.paramsJson ?? '{}');
      id = typeof params.id === 'string' ? params.id : undefined;
    } catch {
      id = undefined;
    }
    return pick(id, flow.body?.text);
  }
  return undefined;
}

/** A poll the customer created: its question and options, as a menu (never `unsupported`). */
function pollOf(m: proto.IMessage): MessageContent | undefined {
  const poll = m.pollCreationMessage ?? m.pollCreationMessageV2 ?? m.pollCreationMessageV3;
  const options = (poll?.options ?? [])
    .map((o) => o.optionName?.trim())
    .filter((name): name is string => !!name)
    .slice(0, 20);
  if (!poll?.name?.trim() || options.length === 0) return undefined;
  return {
    type: 'menu',
    text: poll.name,
    options: options.map((name, i) => ({ id: `${i + 1}`, title: name })),
  };
}

function contextOf(m: proto.IMessage): proto.IContextInfo | undefined {
  for (const value of Object.values(m)) {
    const info = (value as { contextInfo?: proto.IContextInfo | null } | null)?.contextInfo;
    if (info) return info;
  }
  return undefined;
}

/** `pollCreationMessageV3` → `poll creation message`. */
function describe(field: string): string {
  return field
    .replace(/V\d+$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
