import type { ChannelContext } from '@parley/core';
import type { CommonConfig } from '../adapter-types.js';
import { recordOwnerReply } from '../owner-replies.js';
import type { Pacer } from '../pacing/pacer.js';
import { addressOfPnJid } from '../phone.js';
import type { HistoryMessage } from './changes.js';
import { refusalOfCode } from './graph.js';
import { echoRecipientOf, senderOf, statusRecipientOf } from './identity.js';
import { normaliseCloudMessage } from './inbound.js';
import type { CloudMessage, CloudStatus } from './payload.js';

const statuses = new Set(['sent', 'delivered', 'read', 'failed']);
const STATUS_TTL_MS = 7 * 86_400_000;

/**
 * One delivery status. `failed` marks the stored message failed with Meta's
 * explanation (`error_data.details`, else the title) and emits `message.failed`.
 */
export async function onStatus(
  ctx: ChannelContext,
  common: CommonConfig,
  pacer: Pacer,
  st: CloudStatus,
): Promise<void> {
  // Meta delivers statuses at least once; the claim makes each (message, status) count once.
  if (!statuses.has(st.status) || !(await ctx.claim(`status:${st.id}:${st.status}`, STATUS_TTL_MS)))
    return;
  const error = st.errors?.[0];
  // P-26: a throttling or policy refusal reported after the send backs the number off,
  // as the same code in the send's answer would.
  if (refusalOfCode(error?.code)) {
    pacer.backOff(`Meta reported ${error?.code} (${error?.title ?? error?.message ?? 'refused'})`);
  }
  const to = statusRecipientOf(st);
  const explanation = error?.error_data?.details ?? error?.message ?? error?.title;
  if (st.status === 'read') ctx.read(to, [st.id]);
  if (st.status === 'failed') {
    await ctx.delivery({
      externalId: st.id,
      status: 'failed',
      reason: explanation ?? 'WhatsApp reported the message as failed.',
      ...(error?.code !== undefined && { code: error.code }),
    });
  }
  common.onDeliveryStatus?.({
    externalId: st.id,
    to,
    status: st.status as 'sent' | 'delivered' | 'read' | 'failed',
    at: new Date(Number(st.timestamp) * 1000),
    ...(error && { error: { code: error.code ?? 'unknown', message: explanation ?? '' } }),
  });
}

/**
 * A system notice: `user_changed_number` moves the contact (and its open
 * conversation) to the new number. True when the message was such a notice.
 */
export async function onSystem(ctx: ChannelContext, m: CloudMessage): Promise<boolean> {
  if (m.type !== 'system') return false;
  const next = m.system?.wa_id ?? m.system?.new_wa_id;
  if (m.system?.type === 'user_changed_number' && next) {
    const moved = await ctx.moveContact(senderOf(m), addressOfPnJid(next));
    ctx.logger.info('whatsapp: customer changed number', { id: m.id, moved: !!moved });
  } else {
    ctx.logger.debug('whatsapp: cloud notice skipped', { id: m.id, type: m.system?.type });
  }
  return true;
}

/** A message the owner sent from the WhatsApp Business app (coexistence). */
export async function onEcho(
  ctx: ChannelContext,
  common: CommonConfig,
  m: CloudMessage,
  options: { pause?: boolean } = {},
): Promise<void> {
  const normalised = normaliseCloudMessage(m);
  if (!normalised) return;
  const reply = {
    externalId: m.id,
    to: echoRecipientOf(m),
    content: normalised.content,
  };
  if (options.pause === false) {
    if (common.ownerReplies !== 'ignore') await ctx.echo({ ...reply, pause: false });
    return;
  }
  await recordOwnerReply(ctx, common, reply);
}

/**
 * The chat history of a WhatsApp Business app number joining the Cloud API: each
 * past message is recorded where it belongs, the owner's as operator messages, the
 * customers' without a turn (nobody answers a message from last month), and nothing
 * pauses: it is the past.
 */
export async function onHistory(
  ctx: ChannelContext,
  common: CommonConfig,
  item: HistoryMessage,
): Promise<void> {
  const { message: m } = item;
  const fromBusiness = m.to !== undefined || (m.from && addressOfPnJid(m.from) === common.number);
  if (fromBusiness) {
    await onEcho(ctx, common, { ...m, to: m.to ?? item.thread }, { pause: false });
    return;
  }
  const normalised = normaliseCloudMessage(m);
  if (!normalised) return;
  // Stored in arrival order (threads come oldest first); the real time is the
  // timestamp, so an old message does not open a new 24-hour window.
  await ctx.receive({
    externalId: m.id,
    from: { externalId: senderOf(m) || addressOfPnJid(item.thread) },
    content: normalised.content,
    timestamp: new Date(Number(m.timestamp) * 1000),
    recordOnly: 'history',
  });
}
