import {
  type ChannelCapabilities,
  type OutboundMessage,
  ParleyError,
  type SendReceipt,
} from '@parley/core';
import { mediaKinds } from '@parley/core/internal';
import type { proto, WAMessage, WAMessageKey } from '@whiskeysockets/baileys';
import {
  type CommonConfig,
  channelOptionsFor,
  identityOf,
  pacerFor,
  type WhatsAppAdapter,
} from '../adapter-types.js';
import { fromStorable, toStorable } from '../binary-json.js';
import { BoundedMap } from '../bounded-map.js';
import { isBsuid } from '../bsuid.js';
import { InboundQueue } from '../inbound-queue.js';
import { decodeMediaLocator } from '../media-locator.js';
import { whatsappAddress } from '../phone.js';
import { AddressBook } from './addresses.js';
import { loadAuthState } from './auth-state.js';
import { BaileysConnection } from './connection.js';
import { FirstMessages } from './first-messages.js';
import { protoFromContent, templatesRefused, toBaileysOutbound } from './outbound.js';
import { refusalOf } from './refusals.js';
import { loadBaileys } from './runtime.js';
import { type BaileysLive, bindSocketEvents } from './socket-events.js';
import { stanzaIdFor } from './stanza-id.js';
import type { BaileysConfig } from './transport.js';

/** A WhatsApp address a QR-linked number can reach: business-scoped ids are Cloud API only. */
function qrAddress(raw: string): string {
  const address = whatsappAddress(raw);
  if (isBsuid(address)) {
    throw new ParleyError(
      'INPUT_INVALID',
      `"${raw}" is a business-scoped user id, which only the Cloud API can message; a number linked by QR needs the phone number or LID.`,
    );
  }
  return address;
}

/** The Baileys transport as a channel adapter (CH1). Build it with `whatsapp({ transport: baileys() })`. */
export function createBaileysAdapter(common: CommonConfig, config: BaileysConfig): WhatsAppAdapter {
  let live: BaileysLive | undefined;
  const recentKeys = new BoundedMap<string, WAMessageKey>(10_000);
  const capabilities: ChannelCapabilities = {
    menus: config.menus === 'native' ? 'list' : 'none',
    maxMenuOptions: 10,
    media: mediaKinds,
    maxTextLength: 4096,
    typing: true,
    readReceipts: common.readReceipts !== 'never',
  };

  const started = (): BaileysLive => {
    if (!live) {
      throw new ParleyError(
        'CHANNEL_UNAVAILABLE',
        `WhatsApp ${common.number} is not started; call \`await desk.start()\` first.`,
      );
    }
    return live;
  };

  async function getMessage(
    s: BaileysLive,
    key: WAMessageKey,
  ): Promise<proto.IMessage | undefined> {
    if (!key.id) return undefined;
    const cached = await s.ctx.kv.get(`sent:${key.id}`);
    if (cached !== undefined) return fromStorable<proto.IMessage>(cached);
    const found = await s.ctx.findMessage(key.id);
    return found && protoFromContent(found.content);
  }

  const adapter: WhatsAppAdapter = {
    ...identityOf(common, 'baileys'),
    capabilities,

    async start(ctx) {
      const runtime = await loadBaileys();
      const auth = await loadAuthState(ctx.kv, runtime);
      const pacer = pacerFor(
        common,
        ctx,
        { minIntervalMs: 1200, jitterMs: 1800, dailyCap: 1000 },
        refusalOf,
      );
      const s = {
        ctx,
        runtime,
        pacer,
        addresses: new AddressBook(ctx.kv, ctx.logger),
        inbound: new InboundQueue(ctx.logger),
        recentKeys,
        firstMessages: new FirstMessages(ctx, common.number, config.coldMessages),
      } as BaileysLive;
      s.connection = new BaileysConnection({
        ctx,
        runtime,
        config,
        number: common.number,
        random: common.random,
        auth,
        getMessage: (key) => getMessage(s, key),
        bind: (socket) => bindSocketEvents(s, socket, common, config),
        onEnd: (error) => pacer.close(error),
        onTimeLock: (until) =>
          void s.firstMessages
            .pause(
              until ?? new Date(ctx.clock.now().getTime() + 86_400_000),
              'WhatsApp time-locked reaching out to new contacts',
            )
            .catch((error) => ctx.logger.error('whatsapp: could not pause new chats', { error })),
      });
      live = s;
      s.connection.connect();
    },

    async stop() {
      const s = live;
      live = undefined;
      await s?.connection.stop();
    },

    address: qrAddress,

    async send(message: OutboundMessage, options): Promise<SendReceipt> {
      const s = started();
      const jid = await s.addresses.jidFor(qrAddress(message.to), (digits) => lookupJid(s, digits));
      const { address } = await s.addresses.resolve([jid]);
      await s.firstMessages.check(address);
      const outbound = toBaileysOutbound(message.content, {
        nativeMenus: config.menus === 'native',
        keyOf: (id) => recentKeys.get(id) ?? { remoteJid: jid, id, fromMe: false },
      });
      const quoted = message.replyToExternalId
        ? await quotedMessage(
            s,
            recentKeys.get(message.replyToExternalId) ?? {
              remoteJid: jid,
              id: message.replyToExternalId,
              fromMe: false,
            },
          )
        : undefined;
      // The part's own WhatsApp id: a re-run of a crashed turn sends the part under the
      // same id, and a send retried after a rate limit too, so recipients keep one.
      const messageId = stanzaIdFor(
        { tenantId: s.ctx.tenantId, channelId: s.ctx.channelId, number: common.number },
        message.id,
      );
      const sent = await s.pacer.run(async () => {
        const socket = await s.connection.waitOpen();
        if (outbound.kind === 'relay') {
          const id = await socket.relayMessage(jid, outbound.message, { messageId });
          return { id, message: outbound.message };
        }
        const result = await socket.sendMessage(jid, outbound.content, {
          messageId,
          ...(quoted && { quoted }),
        });
        if (!result?.key.id) {
          throw new ParleyError(
            'CHANNEL_SEND_FAILED',
            `WhatsApp gave no message id for the send to ${message.to}.`,
          );
        }
        return { id: result.key.id, message: result.message ?? undefined };
      }, options.signal);
      // The chat exists now: later sends to it are not first messages.
      await s.firstMessages.markKnown(address);
      if (sent.message) {
        await s.ctx.kv.set(`sent:${sent.id}`, toStorable(sent.message), {
          ttlMs: config.sentCacheTtlMs,
        });
      }
      return { externalId: sent.id };
    },

    async typing(to, on) {
      const s = started();
      if (s.connection.state !== 'open' || !s.connection.socket) return;
      const jid = await s.addresses.jidFor(qrAddress(to));
      await s.connection.socket.sendPresenceUpdate(on ? 'composing' : 'paused', jid);
    },

    async markRead(to, externalIds) {
      const s = started();
      if (common.readReceipts === 'never' || externalIds.length === 0) return;
      const jid = await s.addresses.jidFor(qrAddress(to));
      const keys = externalIds.map(
        (id) => recentKeys.get(id) ?? { remoteJid: jid, id, fromMe: false },
      );
      const socket = await s.connection.waitOpen();
      await socket.readMessages(keys);
    },

    channel: (options) => channelOptionsFor(adapter, options),

    async sendTemplate() {
      throw templatesRefused();
    },

    async downloadMedia(media) {
      const s = started();
      const locator = media.url ? decodeMediaLocator(media.url) : undefined;
      if (media.data) return media.data;
      if (locator?.transport !== 'baileys') {
        throw new ParleyError(
          'INPUT_INVALID',
          'This media did not come from a Baileys WhatsApp channel; fetch its url yourself.',
        );
      }
      const stream = await s.runtime.downloadContentFromMessage(
        {
          mediaKey: Buffer.from(locator.mediaKey, 'base64'),
          ...(locator.directPath !== undefined && { directPath: locator.directPath }),
          ...(locator.url !== undefined && { url: locator.url }),
        },
        locator.kind,
      );
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },

    whenIdle: async () => live?.inbound.idle(),
  };
  return adapter;
}

/** Asks WhatsApp for a number's JID: null when the number has no account. */
async function lookupJid(s: BaileysLive, digits: string): Promise<string | null | undefined> {
  const socket = await s.connection.waitOpen();
  const results = await socket.onWhatsApp(digits);
  if (!results) return undefined;
  return results.find((r) => r.exists)?.jid ?? null;
}

/** The message being replied to, as Baileys wants it for `quoted`. */
async function quotedMessage(s: BaileysLive, key: WAMessageKey): Promise<WAMessage> {
  const found = await s.ctx.findMessage(key.id!);
  const message = (found && protoFromContent(found.content)) ?? { conversation: '' };
  return { key, message };
}
