import type { ChannelContext, InboundMessage } from '@parley/core';
import type { WAMessage, WAMessageKey } from '@whiskeysockets/baileys';
import type { CommonConfig } from '../adapter-types.js';
import type { BoundedMap } from '../bounded-map.js';
import type { InboundQueue } from '../inbound-queue.js';
import { recordOwnerReply } from '../owner-replies.js';
import type { Pacer } from '../pacing/pacer.js';
import { isGroupJid } from '../phone.js';
import type { AddressBook } from './addresses.js';
import type { BaileysConnection } from './connection.js';
import { editOf } from './edits.js';
import type { FirstMessages } from './first-messages.js';
import { normaliseMessage, skipReason } from './inbound.js';
import { ackRefusal, REACH_OUT_REFUSED } from './refusals.js';
import type { BaileysRuntime } from './runtime.js';
import type { BaileysSocket } from './socket.js';
import type { BaileysConfig } from './transport.js';

/** What a started Baileys channel holds. */
export interface BaileysLive {
  ctx: ChannelContext;
  runtime: BaileysRuntime;
  connection: BaileysConnection;
  pacer: Pacer;
  addresses: AddressBook;
  inbound: InboundQueue;
  /**
   * Keys of recent inbound messages: read receipts, reactions and quotes must name the
   * chat (and LID or phone form) the message really came from.
   */
  recentKeys: BoundedMap<string, WAMessageKey>;
  /** P-26: who wrote to this number, and whether new chats are paused. */
  firstMessages: FirstMessages;
}

const receiptStatus: Record<number, 'sent' | 'delivered' | 'read' | 'failed'> = {
  0: 'failed',
  2: 'sent',
  3: 'delivered',
  4: 'read',
  5: 'read',
};

/** The inbox label of backlog messages left for operators. */
export const OFFLINE_BACKLOG_LABEL = 'Offline backlog';

/**
 * Whether a message from WhatsApp's offline queue is too old to answer now: the
 * customer may have moved on, and a burst of late replies after a long outage reads
 * badly. It is still recorded, held for operators.
 */
function holdFor(
  seconds: number,
  now: number,
  config: BaileysConfig,
): { reason: string; label: string } | undefined {
  const age = seconds > 0 ? now - seconds * 1000 : Number.POSITIVE_INFINITY;
  if (age < config.offlineWindowMs) return undefined;
  const minutes = Number.isFinite(age) ? `${Math.round(age / 60_000)} min` : 'an unknown time';
  return {
    reason: `delivered ${minutes} after it was written, while WhatsApp was disconnected; left for operators`,
    label: OFFLINE_BACKLOG_LABEL,
  };
}

async function handleMessages(
  s: BaileysLive,
  socket: BaileysSocket,
  messages: WAMessage[],
  common: CommonConfig,
  config: BaileysConfig,
  offline: boolean,
): Promise<void> {
  for (const msg of messages) {
    const skip = skipReason(msg, config);
    if (skip) {
      s.ctx.logger.debug('whatsapp: message skipped', { id: msg.key.id, reason: skip });
      continue;
    }
    const key = msg.key;
    const edit = editOf(msg, s.runtime);
    if (edit) {
      const content = normaliseMessage({ key, message: edit.message })?.content;
      if (content && !key.fromMe) await s.ctx.edit(edit.targetId, content);
      continue;
    }
    const normalised = normaliseMessage(msg);
    if (!normalised) continue;
    const group = isGroupJid(key.remoteJid ?? '');
    const { address, phone } = await s.addresses.resolve([key.remoteJid, key.remoteJidAlt]);
    const id = key.id!;
    if (!group) await s.firstMessages.markKnown(address);
    if (key.fromMe) {
      // The owner's replies typed on the phone arrive as news (`notify`); in the
      // offline queue a message of ours is our own send coming back.
      if (offline) continue;
      // Recorded at arrival, like inbound messages: the phone's clock may be off.
      await recordOwnerReply(s.ctx, common, {
        externalId: id,
        to: address,
        content: normalised.content,
      });
      continue;
    }
    const seconds = toSeconds(msg.messageTimestamp);
    s.recentKeys.set(id, {
      remoteJid: key.remoteJid ?? null,
      id,
      fromMe: false,
      ...(key.participant && { participant: key.participant }),
    });
    const inbound: InboundMessage = {
      externalId: id,
      from: {
        externalId: address,
        ...(!group && msg.pushName && { name: msg.pushName }),
        ...(phone !== undefined && { phone }),
      },
      content: normalised.content,
      ...(seconds > 0 && { timestamp: new Date(seconds * 1000) }),
      ...(normalised.replyToExternalId !== undefined && {
        replyToExternalId: normalised.replyToExternalId,
      }),
      ...(normalised.referral !== undefined && { referral: normalised.referral }),
    };
    const hold = offline ? holdFor(seconds, s.ctx.clock.now().getTime(), config) : undefined;
    void s.inbound.receive((m, o) => s.ctx.receive(m, o), inbound, hold && { hold });
    if (common.readReceipts === 'on-receive') {
      void socket.readMessages([s.recentKeys.get(id)!]).catch(() => {});
    }
  }
}

/**
 * Attaches the handlers of one socket: new and offline-queued messages, LID↔phone
 * mappings from every source, delivery receipts and WhatsApp's caps on new chats.
 */
export function bindSocketEvents(
  s: BaileysLive,
  socket: BaileysSocket,
  common: CommonConfig,
  config: BaileysConfig,
): void {
  socket.ev.on('messages.upsert', ({ messages, type }) => {
    // `notify` is news. `append` is WhatsApp's offline queue (what customers wrote while
    // the socket was down) and our own sends (skipped as ours): recorded, and answered
    // only within `offlineWindowMs`. History sync arrives as `messaging-history.set`
    // and is never answered.
    if (type !== 'notify' && type !== 'append') return;
    const offline = type === 'append';
    void s.inbound.enqueue(() => handleMessages(s, socket, messages, common, config, offline));
  });
  socket.ev.on('lid-mapping.update', ({ lid, pn }) => {
    void s.inbound.enqueue(() => s.addresses.link(lid, pn));
  });
  socket.ev.on('messaging-history.set', ({ lidPnMappings }) => {
    const pairs = lidPnMappings ?? [];
    if (pairs.length === 0) return;
    void s.inbound.enqueue(async () => {
      for (const { lid, pn } of pairs) await s.addresses.link(lid, pn);
    });
  });
  socket.ev.on('contacts.upsert', (contacts) => {
    for (const c of contacts) {
      if (c.lid && c.phoneNumber) {
        const { lid, phoneNumber } = c;
        void s.inbound.enqueue(() => s.addresses.link(lid, phoneNumber));
      }
    }
  });
  socket.ev.on('messages.update', (updates) => {
    const reports = updates.flatMap(({ key, update }) => {
      const status = typeof update.status === 'number' ? receiptStatus[update.status] : undefined;
      const refused = status === 'failed' ? ackRefusal(update.messageStubParameters) : undefined;
      return key.fromMe && key.id && key.remoteJid && status
        ? [{ id: key.id, jid: key.remoteJid, status, refused }]
        : [];
    });
    if (reports.length === 0) return;
    // P-26: a 463 in the ack pauses the whole number at once (not after the queue of
    // receipts), and the message is not sent again: a retry is another reach-out.
    for (const { refused } of reports) if (refused) s.pacer.backOff(refused);
    void s.inbound.enqueue(async () => {
      for (const { id, jid, status, refused } of reports) {
        const { address } = await s.addresses.resolve([jid]);
        if (status === 'read') s.ctx.read(address, [id]);
        // WhatsApp's ERROR receipt says no more than that, unless it carries a 463.
        if (status === 'failed') {
          await s.ctx.delivery({
            externalId: id,
            status: 'failed',
            reason: refused
              ? `${refused}; the number is paused and the message is not sent again.`
              : 'WhatsApp reported an error receipt: the message was not delivered.',
            code: refused ? REACH_OUT_REFUSED : 'ERROR',
          });
        }
        common.onDeliveryStatus?.({ externalId: id, to: address, status, at: s.ctx.clock.now() });
      }
    });
  });
  socket.ev.on('message-capping.update', (info) => {
    const status = info.capping_status;
    if (status === 'CAPPED') {
      const until = cycleEnd(info.cycle_end_timestamp, s.ctx.clock.now());
      void s.firstMessages
        .pause(
          until,
          `WhatsApp capped new chats (${info.used_quota ?? '?'} of ${info.total_quota ?? '?'} used)`,
        )
        .catch((error) => s.ctx.logger.error('whatsapp: could not pause new chats', { error }));
      s.ctx.status({
        state: 'error',
        detail: `WhatsApp capped new chats from ${common.number} (${info.used_quota ?? '?'} of ${info.total_quota ?? '?'} used): first messages are paused until ${until.toISOString()}; replies to people who wrote still go out.`,
        data: { capping: info, pausedUntil: until.toISOString() },
      });
    } else if (status === 'SECOND_WARNING') {
      s.ctx.status({
        state: 'error',
        detail: `WhatsApp warns that ${common.number} is close to its new-chat cap (${info.used_quota ?? '?'} of ${info.total_quota ?? '?'} used). Stop starting conversations; answer only people who write first.`,
        data: { capping: info },
      });
    } else if (status === 'NONE' || status === 'FIRST_WARNING') {
      void s.firstMessages
        .resume()
        .catch((error) => s.ctx.logger.error('whatsapp: could not resume new chats', { error }));
    }
  });
}

/** The end of a capping cycle (Unix seconds or ms, as a string); a day from now when absent. */
function cycleEnd(raw: string | undefined, now: Date): Date {
  const n = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isFinite(n) && n > 0) return new Date(n < 1e12 ? n * 1000 : n);
  return new Date(now.getTime() + 86_400_000);
}

/** `messageTimestamp` is a number, or a protobuf Long after decoding. */
function toSeconds(value: WAMessage['messageTimestamp']): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'toNumber' in value) return value.toNumber();
  // proto's toJSON() renders 64-bit numbers as decimal strings.
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return 0;
}
