import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type {
  ChannelAdapter,
  ChannelCapabilities,
  ChannelContext,
  ReplyDraft,
  ShownAuthor,
  TimerHandle,
} from '@parley/core';
import { ParleyError, parseOrThrow } from '@parley/core';
import { WebSocketServer } from 'ws';
import { DEFAULT_LIVECHAT_PATH } from './constants.js';
import { type LivechatEventName, type LivechatEvents, livechatEmitter } from './events.js';
import { type LivechatOptions, livechatOptionsSchema } from './options.js';
import { closeCodes, type WireMessage } from './protocol.js';
import { serveSocket } from './server/connection.js';
import { replyDraft } from './server/draft.js';
import { clientIpOf, ipBuckets, originGuard, refuseHandshake } from './server/guards.js';
import { type VisitorHistory, visitorHistory } from './server/history.js';
import { connectionHub } from './server/hub.js';
import { keyedQueue } from './server/keyed-queue.js';
import { relayThrough } from './server/relay.js';
import {
  authorKey,
  EXTERNAL_ID_SEPARATOR,
  outboundFileId,
  toWire,
  wireAuthor,
} from './server/to-wire.js';
import { FILE_URL_PREFIX, type Uploads, uploads } from './server/uploads.js';
import { type VisitorStore, visitorStore } from './server/visitor-store.js';

export interface AttachOptions {
  /** URL path of the socket endpoint (default `/parley/livechat`). */
  path?: string;
}

/** The live-chat channel (CH5): a `ChannelAdapter` plus ways to mount its socket. */
export interface LivechatChannel extends ChannelAdapter {
  readonly kind: 'livechat';
  /**
   * Serves the socket on `server` at `path` (other upgrade paths are left alone).
   * Returns a function that detaches it.
   */
  attach(server: Server, options?: AttachOptions): () => void;
  /** For hosts that route upgrades themselves: hand over an upgrade request. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Observes presence, visitor typing and read receipts, and refused clients. */
  on<E extends LivechatEventName>(
    name: E,
    listener: (payload: LivechatEvents[E]) => void,
  ): () => void;
  /** Open sockets (tabs) of one visitor address; 0 when offline. */
  tabs(address: string): number;
  /** Open sockets on this channel. */
  readonly connections: number;
  /**
   * Shows or hides the business's typing indicator in every tab of the visitor; `who`
   * names who types ("Maria is typing…").
   */
  typing(to: string, on: boolean, who?: ShownAuthor): Promise<void>;
  /** Streams a reply into the visitor's tabs as it is written (AI replies). */
  draft(to: string, who: ShownAuthor): ReplyDraft;
  /** Tells the visitor's tabs the business has read these messages. */
  markRead(to: string, externalIds: string[]): Promise<void>;
  /**
   * The bytes of a file a visitor sent (a `livechat-file:` media link), for the console
   * or the host to show; undefined when it expired or never existed.
   */
  readFile(url: string): Promise<{ mimeType: string; data: Uint8Array } | undefined>;
}

const capabilities: ChannelCapabilities = {
  menus: 'buttons',
  maxMenuOptions: 10,
  media: ['image', 'audio', 'video', 'document'],
  maxTextLength: 4096,
  typing: true,
  readReceipts: true,
  // The visitor's browser loads media links; the engine only checks they are https.
  mediaLinks: true,
  // Files visitors sent stay in the channel; the widget fetches them over its socket.
  mediaLocators: [FILE_URL_PREFIX],
};

/**
 * Creates a live-chat channel. Add it to the desk, then mount it on your HTTP server:
 * `chat.attach(server)` and serve `widgetScript()` to the page.
 */
export function livechat(options: LivechatOptions = {}): LivechatChannel {
  const config = parseOrThrow(livechatOptionsSchema, options, 'livechat options');
  const allowOrigin = originGuard(config.allowedOrigins);
  const wss = new WebSocketServer({
    noServer: true,
    // Room for a base64 file; other frames keep `maxPayloadBytes` (checked per frame).
    maxPayload:
      config.uploads === false
        ? config.maxPayloadBytes
        : Math.max(config.maxPayloadBytes, Math.ceil((config.uploads.maxBytes * 4) / 3) + 4_096),
    perMessageDeflate: false,
    clientTracking: false,
  });
  const hub = connectionHub(config.maxBufferedBytes);
  const inOrder = keyedQueue();
  let running:
    | {
        ctx: ChannelContext;
        store: VisitorStore;
        history: VisitorHistory;
        heartbeat: TimerHandle;
        /** Stops relaying frames to and from other processes. */
        unrelay?: () => void;
        files: Uploads | undefined;
      }
    | undefined;
  const events = livechatEmitter((error) =>
    running?.ctx.logger.error('livechat: event listener failed', { error: String(error) }),
  );
  let ipLimits: ReturnType<typeof ipBuckets> | undefined;

  const started = (what: string) => {
    if (!running) {
      throw new ParleyError(
        'CHANNEL_UNAVAILABLE',
        `The live-chat channel cannot ${what} before it starts; call \`await desk.start()\` first.`,
      );
    }
    return running;
  };

  function beat() {
    if (!running) return;
    for (const peer of hub.peers) {
      if (!peer.alive) {
        events.emit('connection.refused', {
          ip: peer.ip,
          code: closeCodes.timeout,
          reason: 'heartbeat timeout',
          ...(peer.session && { address: peer.session.address }),
        });
        peer.ws.terminate();
        continue;
      }
      peer.alive = false;
      hub.send(peer, { type: 'ping' });
    }
    ipLimits?.prune((ip) => hub.countIp(ip) > 0);
    running.history.prune();
    running.heartbeat = running.ctx.clock.setTimeout(beat, config.heartbeatMs);
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const ip = clientIpOf(req, config.clientIp);
    if (!running || !ipLimits) return refuseHandshake(socket, 503, 'live chat is not started');
    const origin = req.headers.origin;
    let allowed = false;
    try {
      allowed = allowOrigin(origin);
    } catch (error) {
      running.ctx.logger.error('livechat: allowedOrigins check threw', { error: String(error) });
    }
    if (!allowed) {
      events.emit('connection.refused', { ip, code: 403, reason: 'origin not allowed' });
      return refuseHandshake(socket, 403, `origin ${origin ?? '(none)'} is not allowed`);
    }
    const { ctx, store, history, files } = running;
    const limits = ipLimits;
    wss.handleUpgrade(req, socket, head, (ws) =>
      serveSocket(ws, ip, {
        config,
        ctx,
        hub,
        store,
        history,
        ipLimits: limits,
        events,
        inOrder,
        files,
      }),
    );
  }

  return {
    kind: 'livechat',
    capabilities,

    async start(ctx) {
      if (config.allowedOrigins === '*') {
        ctx.logger.warn(
          `livechat ${ctx.channelId}: allowedOrigins is '*': any web page may open visitor sockets. List your site's origins in production.`,
        );
      } else if (config.allowedOrigins === undefined) {
        ctx.logger.warn(
          `livechat ${ctx.channelId}: no allowedOrigins: every socket is refused until you list your site's origins.`,
        );
      }
      const store = visitorStore({
        kv: ctx.kv,
        ttlMs: config.sessionTtlMs,
        readLimit: config.historyLimit,
      });
      const history = visitorHistory(ctx, store, config.historyLimit);
      ipLimits = ipBuckets(config.ipRate, ctx.clock);
      running = {
        ctx,
        store,
        history,
        heartbeat: ctx.clock.setTimeout(beat, config.heartbeatMs),
        ...(config.fanout && {
          unrelay: relayThrough(hub, config.fanout, ctx.channelId, ctx.logger),
        }),
        files:
          config.uploads === false
            ? undefined
            : uploads(ctx.kv, config.uploads, config.sessionTtlMs),
      };
    },

    async stop() {
      if (!running) return;
      running.heartbeat.cancel();
      running.unrelay?.();
      running = undefined;
      for (const peer of [...hub.peers]) peer.ws.close(closeCodes.goingAway, 'server stopping');
    },

    async send(message, { signal } = {}) {
      const { ctx, store, history } = started('send');
      if (signal?.aborted) {
        throw new ParleyError('ABORTED', 'The send was aborted before it reached the visitor.');
      }
      const author = wireAuthor(message.author, message.authorName);
      const { content } = message;
      // Bytes (an operator's upload) are kept like a visitor's file; the widget fetches them.
      if (content.type === 'media' && content.url === undefined && content.data !== undefined) {
        if (!running?.files) {
          throw new ParleyError(
            'INPUT_INVALID',
            'This live-chat channel has uploads turned off, so it cannot send files: set `uploads` or send media by https URL.',
          );
        }
        await running.files.keep(outboundFileId(message.id), message.to, content);
      }
      const wire: WireMessage = {
        id: message.id,
        dir: 'out',
        content: toWire(content, message.id),
        at: ctx.clock.now().getTime(),
        ...(author && { author }),
      };
      // History shows names too, and the desk's store keeps only author ids.
      const key = authorKey(message.author);
      if (key !== undefined && message.authorName !== undefined) {
        await store.rememberName(key, message.authorName);
      }
      history.note(message.to, wire);
      hub.fanout(message.to, { type: 'message', message: wire });
      return { externalId: message.id };
    },

    async typing(to, on, who) {
      started('show typing');
      const author = on && who ? wireAuthor({ kind: who.kind, id: '' }, who.name) : undefined;
      hub.fanout(to, { type: 'typing', on, ...(author && { author }) });
    },

    draft(to, who) {
      started('stream a reply');
      return replyDraft(hub, to, who);
    },

    async markRead(to, externalIds) {
      const { store } = started('send read receipts');
      const prefix = `${to}${EXTERNAL_ID_SEPARATOR}`;
      const ids = externalIds
        .filter((id) => id.startsWith(prefix))
        .map((id) => id.slice(prefix.length));
      if (ids.length === 0) return;
      await store.markRead(to, 'in', ids);
      hub.fanout(to, { type: 'read', ids });
    },

    attach(server, attachOptions = {}) {
      const path = attachOptions.path ?? DEFAULT_LIVECHAT_PATH;
      if (!path.startsWith('/')) {
        throw new ParleyError('CONFIG_INVALID', `attach path "${path}" must start with "/".`);
      }
      const listener = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        if ((req.url ?? '/').split('?')[0] === path) handleUpgrade(req, socket, head);
      };
      server.on('upgrade', listener);
      return () => {
        server.off('upgrade', listener);
      };
    },

    async readFile(url) {
      const { files } = started('read files');
      if (!url.startsWith(FILE_URL_PREFIX)) return undefined;
      const file = await files?.read(url.slice(FILE_URL_PREFIX.length));
      return (
        file && { mimeType: file.mimeType, data: new Uint8Array(Buffer.from(file.data, 'base64')) }
      );
    },

    handleUpgrade,
    on: events.on,
    tabs: (address) => hub.tabs(address),
    get connections() {
      return hub.size;
    },
  };
}
