import type { ChannelContext } from '@parley/core';
import { formatIssues } from '@parley/core/internal';
import type { RawData, WebSocket } from 'ws';
import type { LivechatEmitter } from '../events.js';
import type { LivechatConfig } from '../options.js';
import {
  type AckStatus,
  type ClientFrame,
  clientFrameSchema,
  closeCodes,
  PROTOCOL_VERSION,
  type WireContent,
  type WireMessage,
} from '../protocol.js';
import { closeReason, type ipBuckets } from './guards.js';
import { acceptHello, teamStatusFor } from './hello.js';
import type { VisitorHistory } from './history.js';
import type { ConnectionHub, Peer } from './hub.js';
import type { keyedQueue } from './keyed-queue.js';
import { EXTERNAL_ID_SEPARATOR } from './to-wire.js';
import { tokenBucket } from './token-bucket.js';
import { FILE_URL_PREFIX, type Uploads } from './uploads.js';
import type { VisitorSession, VisitorStore } from './visitor-store.js';

/** What every socket of one channel shares. */
export interface ConnectionDeps {
  config: LivechatConfig;
  ctx: ChannelContext;
  hub: ConnectionHub;
  store: VisitorStore;
  history: VisitorHistory;
  ipLimits: ReturnType<typeof ipBuckets>;
  events: LivechatEmitter;
  /** Feeds one visitor's messages to the engine in the order they arrived. */
  inOrder: ReturnType<typeof keyedQueue>;
  /** Files visitors send; undefined when uploads are off. */
  files: Uploads | undefined;
}

/**
 * Serves one accepted socket: admission (caps, per-IP rate), the hello, then frames in
 * arrival order. Every guard closes only this socket, with a close code and a reason.
 */
export function serveSocket(ws: WebSocket, ip: string, deps: ConnectionDeps): void {
  const { config, ctx, hub, events, ipLimits } = deps;
  const peer: Peer = { ws, ip, alive: true };
  const bucket = tokenBucket(config.rate, ctx.clock);
  let closing = false;

  const close = (code: number, reason: string) => {
    if (closing) return;
    closing = true;
    const address = peer.session?.address;
    events.emit('connection.refused', { ip, code, reason, ...(address && { address }) });
    ws.close(code, closeReason(reason));
  };

  ws.on('error', (error: Error & { code?: string }) => {
    // ws closes the socket itself (1009 for an oversized frame); record why.
    if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      events.emit('connection.refused', { ip, code: closeCodes.tooBig, reason: 'frame too big' });
    } else {
      ctx.logger.debug('livechat: socket error', { ip, error: error.message });
    }
  });

  const refusal = admission(ip, deps);
  if (refusal) {
    close(refusal.code, refusal.reason);
    return;
  }
  hub.add(peer);

  const helloTimer = ctx.clock.setTimeout(() => {
    if (!peer.session) close(closeCodes.timeout, 'no hello in time');
  }, config.helloTimeoutMs);

  let chain = Promise.resolve();
  ws.on('message', (data, isBinary) => {
    peer.alive = true;
    chain = chain
      .then(() => onFrame(data, isBinary))
      .catch((error: unknown) => {
        ctx.logger.error('livechat: frame handling failed', { ip, error: String(error) });
        close(closeCodes.internalError, 'internal error');
      });
  });

  ws.on('close', (code, reason) => {
    helloTimer.cancel();
    const tabs = hub.remove(peer);
    if (peer.session) {
      events.emit('visitor.disconnected', {
        address: peer.session.address,
        code,
        reason: reason.toString(),
        tabs,
      });
    }
  });

  async function onFrame(data: RawData, isBinary: boolean): Promise<void> {
    if (closing) return;
    if (isBinary) return close(closeCodes.badFrame, 'binary frames are not supported');
    // Only a visitor who said hello may send a file-sized frame; refuse it unread otherwise.
    if (!peer.session && (data as Buffer).length > config.maxPayloadBytes) {
      return close(closeCodes.tooBig, 'frame too big');
    }
    let json: unknown;
    try {
      // ws hands text frames over as a Buffer (binaryType "nodebuffer").
      json = JSON.parse((data as Buffer).toString('utf8'));
    } catch {
      return close(closeCodes.badFrame, 'invalid JSON');
    }
    const parsed = clientFrameSchema.safeParse(json);
    if (!parsed.success) {
      return close(closeCodes.badFrame, `invalid frame: ${formatIssues(parsed.error)}`);
    }
    const frame = parsed.data;
    // The socket takes frames big enough for a file; every other frame keeps the small cap.
    if (frame.type !== 'upload' && (data as Buffer).length > config.maxPayloadBytes) {
      return close(closeCodes.tooBig, 'frame too big');
    }
    if (frame.type === 'pong') return;
    if (!bucket.take() || !ipLimits.take(ip)) {
      return close(closeCodes.rateLimited, 'rate limit exceeded, slow down');
    }
    if (frame.type === 'hello') return onHello(frame);
    const session = peer.session;
    if (!session) return close(closeCodes.badFrame, 'send hello first');
    switch (frame.type) {
      case 'message':
        return onMessage(session, frame);
      case 'typing':
        events.emit('visitor.typing', { address: session.address, on: frame.on });
        return;
      case 'read':
        return onRead(session, frame.ids);
      case 'upload':
        return onUpload(session, frame);
      case 'file':
        return onFile(session, frame.id);
    }
  }

  async function onUpload(
    session: VisitorSession,
    frame: Extract<ClientFrame, { type: 'upload' }>,
  ): Promise<void> {
    const outcome = deps.files
      ? await deps.files.accept(session.address, frame.data)
      : { ok: false as const, reason: 'uploads are off on this channel' };
    if (!outcome.ok) {
      // Only this file is refused: the widget marks it not delivered, the chat goes on.
      events.emit('connection.refused', {
        ip,
        code: closeCodes.badFrame,
        reason: `upload refused: ${outcome.reason}`,
        address: session.address,
      });
      hub.send(peer, { type: 'ack', id: frame.id, status: 'failed' });
      return;
    }
    await accept(session, frame.id, {
      type: 'media',
      kind: outcome.kind,
      url: `${FILE_URL_PREFIX}${outcome.id}`,
      mimeType: outcome.mimeType,
      fileName: frame.name,
      ...(frame.caption && { caption: frame.caption }),
    });
  }

  /** The bytes of one of this visitor's files, for the widget to show. */
  async function onFile(session: VisitorSession, id: string): Promise<void> {
    const file = await deps.files?.read(id, session.address);
    if (file) hub.send(peer, { type: 'file', id, mimeType: file.mimeType, data: file.data });
  }

  async function onHello(frame: Extract<ClientFrame, { type: 'hello' }>): Promise<void> {
    if (peer.session) return close(closeCodes.badFrame, 'hello sent twice');
    const outcome = await acceptHello(frame, config, deps.store, ctx.channelId);
    if (!outcome.ok) return close(outcome.code, outcome.reason);
    if (closing) return;
    helloTimer.cancel();
    const { session } = outcome;
    peer.session = session;
    // Frames fanned out while the history is read wait, and follow the welcome.
    const tabs = hub.join(peer, session.address);
    const [history, team] = await Promise.all([
      deps.history.load(session.address),
      teamStatusFor(session, config, ctx),
    ]);
    hub.release(peer, {
      type: 'welcome',
      v: PROTOCOL_VERSION,
      visitorId: session.address,
      token: outcome.token,
      resumed: outcome.resumed,
      identified: session.identifier !== undefined,
      history,
      maxMessageChars: config.maxMessageChars,
      heartbeatMs: config.heartbeatMs,
      ...(config.uploads !== false && {
        upload: { maxBytes: config.uploads.maxBytes, types: [...config.uploads.types] },
      }),
      ...(team && { team }),
    });
    events.emit('visitor.connected', {
      address: session.address,
      resumed: outcome.resumed,
      identified: session.identifier !== undefined,
      tabs,
    });
  }

  async function onMessage(
    session: VisitorSession,
    frame: Extract<ClientFrame, { type: 'message' }>,
  ): Promise<void> {
    const { address } = session;
    let content: WireContent;
    if (frame.content.type === 'text') {
      if (frame.content.text.length > config.maxMessageChars) {
        return close(closeCodes.tooBig, `message too long (max ${config.maxMessageChars} chars)`);
      }
      if (frame.content.text.trim() === '') return close(closeCodes.badFrame, 'empty message');
      content = frame.content;
    } else {
      // The title comes from the menu the server sent, never from the client.
      const option = await deps.history.findOption(address, frame.content.optionId);
      content = option
        ? { type: 'choice', optionId: option.id, title: option.title }
        : { type: 'text', text: frame.content.title || frame.content.optionId };
    }
    await accept(session, frame.id, content);
  }

  /** Mirrors an inbound message to the visitor's other tabs and feeds it to the desk. */
  async function accept(session: VisitorSession, id: string, content: WireContent): Promise<void> {
    const { address } = session;
    const message: WireMessage = { id, dir: 'in', content, at: ctx.clock.now().getTime() };
    const externalId = `${address}${EXTERNAL_ID_SEPARATOR}${id}`;
    // A message sent again after a reconnect is already the desk's: no second mirror.
    if (!(await ctx.findMessage(externalId))) {
      deps.history.note(address, message);
      hub.fanout(address, { type: 'message', message }, peer);
    }
    const ack = (status: AckStatus) => {
      if (status !== 'accepted') deps.history.forget(address, message);
      hub.send(peer, { type: 'ack', id, status });
    };
    void deps
      .inOrder(address, () =>
        ctx.receive({
          externalId,
          from: {
            externalId: address,
            ...(session.name !== undefined && { name: session.name }),
            ...(session.email !== undefined && { email: session.email }),
            ...(session.phone !== undefined && { phone: session.phone }),
            ...(session.language !== undefined && { language: session.language }),
          },
          content,
          timestamp: new Date(message.at),
        }),
      )
      .then(
        (outcome) => ack(outcome.status),
        (error: unknown) => {
          ctx.logger.error('livechat: receive failed', { address, error: String(error) });
          ack('failed');
        },
      );
  }

  /** The visitor saw business messages: kept for history and reported to the desk. */
  async function onRead(session: VisitorSession, ids: readonly string[]): Promise<void> {
    const { address } = session;
    const shown = new Set(
      (await deps.history.load(address)).filter((m) => m.dir === 'out').map((m) => m.id),
    );
    const fresh = await deps.store.markRead(
      address,
      'out',
      ids.filter((id) => shown.has(id)),
    );
    if (fresh.length === 0) return;
    ctx.read(address, fresh);
    events.emit('visitor.read', { address, ids: fresh });
  }
}

/** Why a new socket from `ip` may not stay: the caps, then the per-IP rate. */
function admission(ip: string, { config, hub, ipLimits }: ConnectionDeps) {
  if (hub.size >= config.maxConnections) {
    return { code: closeCodes.tryAgainLater, reason: 'server full, try again later' };
  }
  if (hub.countIp(ip) >= config.maxConnectionsPerIp) {
    return { code: closeCodes.tryAgainLater, reason: 'too many connections from your address' };
  }
  if (!ipLimits.take(ip)) {
    return { code: closeCodes.rateLimited, reason: 'connecting too often, slow down' };
  }
  return undefined;
}
