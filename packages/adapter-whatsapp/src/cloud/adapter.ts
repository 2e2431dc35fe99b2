import {
  type ChannelCapabilities,
  type ChannelContext,
  type InboundMessage,
  type MessageContent,
  type OutboundMessage,
  ParleyError,
  type SendReceipt,
} from '@parley/core';
import { mediaKinds } from '@parley/core/internal';
import {
  type CommonConfig,
  channelOptionsFor,
  identityOf,
  pacerFor,
  type WhatsAppAdapter,
} from '../adapter-types.js';
import { BoundedMap } from '../bounded-map.js';
import { isBsuid } from '../bsuid.js';
import { InboundQueue } from '../inbound-queue.js';
import { decodeMediaLocator } from '../media-locator.js';
import type { Pacer } from '../pacing/pacer.js';
import { digitsOf, whatsappAddress } from '../phone.js';
import { templateContent } from '../template.js';
import { parseChange } from './changes.js';
import { GraphClient, refusalOfError } from './graph.js';
import { senderOf } from './identity.js';
import { normaliseCloudMessage } from './inbound.js';
import { toGraphPayload } from './outbound.js';
import type { CloudMessage } from './payload.js';
import { onEcho, onHistory, onStatus, onSystem } from './reports.js';
import type { CloudApiConfig } from './transport.js';
import { createWebhookHandler } from './webhook.js';

const WINDOW_MS = 24 * 3_600_000;

/** The label of messages delivered after their reply window closed (see `lateHold`). */
export const WINDOW_CLOSED_LABEL = 'Reply window closed';

/**
 * A message Meta delivers more than 24 hours after it was written (its webhook retries
 * run for days after an outage) can be answered only with a template. Without an
 * `outsideWindow` template to answer with, it is recorded and held for operators, who can
 * choose one, instead of a turn whose every reply WhatsApp would refuse.
 */
function lateHold(
  writtenAt: Date,
  now: Date,
  canTemplate: boolean,
): { reason: string; label: string } | undefined {
  const age = now.getTime() - writtenAt.getTime();
  if (canTemplate || !(age >= WINDOW_MS)) return undefined;
  return {
    reason: `delivered ${Math.round(age / 3_600_000)} h after it was written: the 24-hour reply window has closed, so only a template can answer; left for operators`,
    label: WINDOW_CLOSED_LABEL,
  };
}

interface Started {
  ctx: ChannelContext;
  pacer: Pacer;
  inbound: InboundQueue;
}

/** The Cloud API transport as a channel adapter (CH2). Build it with `whatsapp({ transport: cloudApi() })`. */
export function createCloudAdapter(common: CommonConfig, config: CloudApiConfig): WhatsAppAdapter {
  const graph = new GraphClient(config);
  let live: Started | undefined;
  // The newest inbound message id per address: read receipts and typing name one.
  const lastInbound = new BoundedMap<string, string>(10_000);
  const receipts = common.readReceipts !== 'never';
  // Meta shows the typing indicator only while marking the customer's message read,
  // so it is on only where reading at once is wanted anyway.
  const typing = common.readReceipts === 'on-receive';
  const capabilities: ChannelCapabilities = {
    menus: config.menus === 'native' ? 'list' : 'none',
    maxMenuOptions: 10,
    media: mediaKinds,
    maxTextLength: 4096,
    typing,
    readReceipts: receipts,
    replyWindowMs: WINDOW_MS,
    // Meta fetches `link` media itself; inbound media is re-sent by its id.
    mediaLinks: true,
    mediaLocators: ['whatsapp-cloud-media:'],
  };

  const started = (): Started => {
    if (!live) {
      throw new ParleyError(
        'CHANNEL_UNAVAILABLE',
        `WhatsApp ${common.number} is not started; call \`await desk.start()\` first.`,
      );
    }
    return live;
  };

  /** The canonical address the Cloud API can send to: a phone number or a business-scoped id. */
  const cloudAddress = (to: string): string => {
    const address = whatsappAddress(to);
    if (!address.startsWith('+') && !isBsuid(address)) {
      throw new ParleyError(
        'INPUT_INVALID',
        `The Cloud API sends to phone numbers and business-scoped user ids only; "${to}" is neither.`,
      );
    }
    return address;
  };

  /** The one way content leaves: Graph payload, paced, to the number's digits. */
  async function deliver(
    s: Started,
    to: string,
    content: MessageContent,
    options: { signal?: AbortSignal | undefined; replyToExternalId?: string | undefined },
  ): Promise<SendReceipt> {
    const address = cloudAddress(to);
    // A person known only by a business-scoped id is addressed by `recipient`, not `to`.
    const recipient = isBsuid(address) ? { recipient: address } : { to: digitsOf(address) };
    const payload = await toGraphPayload(content, {
      nativeMenus: config.menus === 'native',
      upload: (media) =>
        graph.uploadMedia(
          media.data,
          media.mimeType ?? 'application/octet-stream',
          media.fileName ?? media.kind,
        ),
    });
    const id = await s.pacer.run(
      () =>
        graph.sendMessage({
          recipient_type: 'individual',
          ...recipient,
          ...payload,
          ...(options.replyToExternalId !== undefined && {
            context: { message_id: options.replyToExternalId },
          }),
        }),
      options.signal,
    );
    return { externalId: id };
  }

  /** Resolves once the message is durably accepted (false: Meta should deliver it again). */
  async function onMessage(
    s: Started,
    m: CloudMessage,
    names: Map<string, string>,
  ): Promise<boolean> {
    if (await onSystem(s.ctx, m)) return true;
    const normalised = normaliseCloudMessage(m);
    if (!normalised) return true;
    const address = senderOf(m);
    lastInbound.set(address, m.id);
    const name = names.get(m.from ?? '') ?? names.get(m.from_user_id ?? '');
    const inbound: InboundMessage = {
      externalId: m.id,
      from: {
        externalId: address,
        ...(address.startsWith('+') && { phone: address }),
        ...(name && { name }),
      },
      content: normalised.content,
      timestamp: new Date(Number(m.timestamp) * 1000),
      ...(normalised.replyToExternalId !== undefined && {
        replyToExternalId: normalised.replyToExternalId,
      }),
      ...(normalised.referral !== undefined && { referral: normalised.referral }),
    };
    const hold =
      inbound.timestamp &&
      lateHold(inbound.timestamp, s.ctx.clock.now(), config.outsideWindow !== undefined);
    const accepted = s.inbound.receive((i, o) => s.ctx.receive(i, o), inbound, hold && { hold });
    if (common.readReceipts === 'on-receive') void graph.markRead(m.id, false).catch(() => {});
    const outcome = await accepted;
    return outcome !== undefined && outcome.status !== 'failed';
  }

  const adapter: WhatsAppAdapter = {
    ...identityOf(common, 'cloud-api'),
    capabilities,

    async start(ctx) {
      const pacer = pacerFor(common, ctx, { minIntervalMs: 0, jitterMs: 0 }, refusalOfError);
      live = { ctx, pacer, inbound: new InboundQueue(ctx.logger) };
      ctx.status({
        state: 'connected',
        detail: `WhatsApp Cloud API ${common.number} is ready for webhooks.`,
      });
    },

    async stop() {
      live?.pacer.close(
        new ParleyError('CHANNEL_UNAVAILABLE', `WhatsApp ${common.number} was stopped.`),
      );
      live = undefined;
    },

    address: cloudAddress,

    async send(message: OutboundMessage, options): Promise<SendReceipt> {
      const s = started();
      // A LID or group is refused as such, before any window question.
      cloudAddress(message.to);
      const last = message.lastInboundAt?.getTime();
      // Templates are what WhatsApp allows outside the window; everything else waits for one.
      if (
        message.content.type !== 'template' &&
        (last === undefined || s.ctx.clock.now().getTime() - last >= WINDOW_MS)
      ) {
        const template = config.outsideWindow?.(message);
        if (template) {
          return deliver(s, message.to, templateContent(template), { signal: options.signal });
        }
        throw new ParleyError(
          'REPLY_WINDOW_CLOSED',
          `${message.to} ${last === undefined ? 'has never written to' : 'last wrote more than 24 hours ago to'} ${common.number}, so WhatsApp accepts only a template. Send one with desk.send({ channelId, to }, { type: 'template', name, language, variables }), or pick one automatically with cloudApi({ outsideWindow }).`,
          { details: { to: message.to, lastInboundAt: message.lastInboundAt?.toISOString() } },
        );
      }
      return deliver(s, message.to, message.content, {
        signal: options.signal,
        replyToExternalId: message.replyToExternalId,
      });
    },

    async typing(to, on) {
      const last = lastInbound.get(whatsappAddress(to));
      // The indicator ends by itself with the reply (or after 25 s); there is no "off".
      if (!on || !typing || !last) return;
      await graph.markRead(last, true);
    },

    async markRead(_to, externalIds) {
      const last = externalIds.at(-1);
      if (!receipts || !last) return;
      await graph.markRead(last, false);
    },

    fetch: createWebhookHandler(config, {
      ready: () => live !== undefined,
      onChange(value) {
        const s = live;
        if (!s) return Promise.resolve(true);
        const change = parseChange(value);
        for (const bad of change.rejected) {
          s.ctx.logger.warn('whatsapp: webhook item skipped, the rest of the batch goes on', bad);
        }
        let recorded = true;
        // Answered once every message is recorded: a 500 makes Meta deliver them again.
        return s.inbound
          .enqueue(async () => {
            for (const st of change.statuses) await onStatus(s.ctx, common, s.pacer, st);
            const accepted = await Promise.all(
              change.messages.map((m) => onMessage(s, m, change.names)),
            );
            recorded = accepted.every(Boolean);
            for (const m of change.echoes) await onEcho(s.ctx, common, m);
            for (const item of change.history) await onHistory(s.ctx, common, item);
          })
          .then(() => recorded);
      },
    }),

    channel: (options) => channelOptionsFor(adapter, options),

    sendTemplate: (to, template) => deliver(started(), to, templateContent(template), {}),

    async downloadMedia(media) {
      if (media.data) return media.data;
      const locator = media.url ? decodeMediaLocator(media.url) : undefined;
      if (locator?.transport !== 'cloud-api') {
        throw new ParleyError(
          'INPUT_INVALID',
          'This media did not come from a WhatsApp Cloud API channel; fetch its url yourself.',
        );
      }
      return graph.downloadMedia(locator.mediaId);
    },

    whenIdle: async () => live?.inbound.idle(),
  };
  return adapter;
}
