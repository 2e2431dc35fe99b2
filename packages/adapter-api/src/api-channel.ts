import {
  type ChannelAdapter,
  type ChannelCapabilities,
  type ChannelContext,
  ParleyError,
} from '@parley/core';
import { mediaKinds } from '@parley/core/internal';
import { ContactBook } from './contact-book.js';
import { createHandler } from './http/handler.js';
import { generateInboxToken, tokenBits } from './http/inbox-token.js';
import { type ApiChannelOptions, parseOptions } from './options.js';
import {
  type ApiChannelWebhook,
  ChannelWebhook,
  reportDisabled,
} from './webhook/channel-webhook.js';

/** The API channel (CH6, CH7): HTTP in with the inbox token, signed webhook out. */
export interface ApiChannel extends ChannelAdapter {
  readonly kind: 'api';
  /**
   * The HTTP API: mount it in any framework that speaks Web `Request`/`Response`
   * (Hono, Next.js, Bun, Deno; `node:http` through a small bridge). See the README for
   * the routes.
   */
  fetch(request: Request): Promise<Response>;
  /** The outbound webhook: its endpoint, delivery log, dead letters and replay. */
  readonly webhook: ApiChannelWebhook;
  /**
   * Replaces the inbox token without a restart (P-19): `next` (default: a fresh
   * `generateInboxToken()`) is valid at once, the old one for `overlapMs` more (default
   * 0: revoked now). Returns the new token; store it, it is not kept in clear.
   */
  rotateInboxToken(next?: string, options?: { overlapMs?: number }): string;
}

/**
 * A live-desk API channel. An external system creates contacts and conversations and
 * posts customer messages over HTTP; every outbound message is delivered to
 * `webhookUrl`, signed (Standard Webhooks) through a durable outbox, so `send`
 * resolves once the message is queued, never lost, whatever the receiver does.
 */
export function apiChannel(options: ApiChannelOptions): ApiChannel {
  const config = parseOptions(options);
  const webhook = new ChannelWebhook(config);
  let running: { ctx: ChannelContext; book: ContactBook } | undefined;
  const handler = createHandler(config, () => running);

  const capabilities: ChannelCapabilities = {
    // The receiver gets menus as data (`content.options`) and renders them its own way.
    menus: 'buttons',
    maxMenuOptions: 20,
    media: mediaKinds,
    maxTextLength: config.maxTextLength,
    typing: false,
    readReceipts: false,
    // The receiver fetches links itself; the engine only checks they are https.
    mediaLinks: true,
  };

  return {
    kind: 'api',
    capabilities,
    async start(ctx) {
      const endpoint = await webhook.start(ctx);
      running = { ctx, book: new ContactBook(ctx) };
      if (endpoint.enabled) {
        ctx.status({ state: 'connected', detail: `delivering to ${config.webhookUrl}` });
      } else {
        reportDisabled(ctx, endpoint.disabledReason);
      }
    },
    async stop() {
      running = undefined;
      await webhook.stop();
    },
    async send(message) {
      // Recorded before queueing: a receiver that polls the moment the webhook lands
      // finds the conversation (business-started ones included).
      const book = running?.book;
      if (book) {
        const known = await book.get(message.to);
        if (!known) {
          const now = running!.ctx.clock.now().toISOString();
          // The desk opened this contact; its profile is the desk's from the start.
          await book.save({
            id: message.to,
            attributes: {},
            verified: false,
            origin: 'business',
            createdAt: now,
            updatedAt: now,
            inDesk: true,
          });
        } else if (!known.inDesk) {
          // Created over HTTP, first written to by the desk: the profile moves there.
          await book.handToDesk(known);
        }
        await book.noteConversation(message.conversationId, message.to);
      }
      return webhook.send(message);
    },
    fetch: handler,
    rotateInboxToken(next = generateInboxToken(), { overlapMs = 0 } = {}) {
      if (tokenBits(next) < 128) {
        throw new ParleyError(
          'INPUT_INVALID',
          'The new inbox token is too guessable: use at least 128 random bits (generateInboxToken()).',
        );
      }
      const now = running?.ctx.clock.now().getTime() ?? Date.now();
      handler.checkToken.rotate(next, overlapMs, now);
      return next;
    },
    webhook: webhook.api,
  };
}
