import { closeCodes, PROTOCOL_VERSION } from '../constants.js';
import type { ClientFrame, HelloFrame, ServerFrame } from '../protocol.js';
import { reconnectDelay } from './backoff.js';
import { parseServerFrame } from './frames.js';

export type LinkState = 'connecting' | 'online' | 'offline' | 'refused';

export interface LinkOptions {
  url: string;
  hello: Omit<HelloFrame, 'type' | 'v' | 'token'>;
  /** Where the resume token is kept between page loads. */
  tokenKey: string;
  onFrame(frame: ServerFrame): void;
  onState(state: LinkState): void;
}

export interface Link {
  /** Sends now when online; `message` and `upload` frames wait in the outbox until acknowledged. */
  send(frame: ClientFrame): void;
  /** Says hello again (the hello options changed, e.g. the pre-chat form's profile). */
  reconnect(): void;
}

/** Reads and writes localStorage, falling back to memory where it is blocked. */
function tokenStore(key: string) {
  let memory: string | undefined;
  return {
    get(): string | undefined {
      try {
        return localStorage.getItem(key) ?? memory;
      } catch {
        return memory;
      }
    },
    set(value: string) {
      memory = value;
      try {
        localStorage.setItem(key, value);
      } catch {
        // Private mode or blocked storage: the session lasts as long as the page.
      }
    },
  };
}

/**
 * The socket to the server: hello with the resume token, pong to pings, reconnect
 * with exponential back-off and jitter, and an outbox of unacknowledged messages that
 * is sent again after every welcome (the server dedupes them by id).
 */
export function openLink(options: LinkOptions): Link {
  const token = tokenStore(options.tokenKey);
  const outbox = new Map<string, ClientFrame>();
  let ws: WebSocket | undefined;
  let online = false;
  let attempt = 0;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const raw = (frame: ClientFrame) => ws?.send(JSON.stringify(frame));

  // The server pings every heartbeatMs; silence for much longer means a dead link.
  const watch = (heartbeatMs: number) => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => ws?.close(), heartbeatMs * 2.5);
  };

  function connect() {
    options.onState('connecting');
    const socket = new WebSocket(options.url);
    ws = socket;
    let heartbeatMs = 30_000;
    socket.onopen = () => {
      const saved = token.get();
      raw({
        type: 'hello',
        v: PROTOCOL_VERSION,
        ...options.hello,
        ...(saved !== undefined && { token: saved }),
      });
      watch(heartbeatMs);
    };
    socket.onmessage = (event) => {
      const frame = parseServerFrame(event.data);
      if (!frame) return socket.close(closeCodes.badFrame, 'bad frame from server');
      watch(heartbeatMs);
      if (frame.type === 'ping') return raw({ type: 'pong' });
      if (frame.type === 'welcome') {
        attempt = 0;
        online = true;
        heartbeatMs = frame.heartbeatMs;
        token.set(frame.token);
        options.onState('online');
      }
      if (frame.type === 'ack') outbox.delete(frame.id);
      options.onFrame(frame);
      if (frame.type === 'welcome') for (const f of outbox.values()) raw(f);
    };
    socket.onclose = (event) => {
      clearTimeout(watchdog);
      online = false;
      if (ws !== socket) return;
      ws = undefined;
      if (event.code === closeCodes.identityRefused) return options.onState('refused');
      options.onState('offline');
      const slowDown =
        event.code === closeCodes.tryAgainLater || event.code === closeCodes.rateLimited;
      setTimeout(connect, reconnectDelay(attempt++, Math.random, slowDown ? 5_000 : 0));
    };
  }

  connect();
  return {
    /** Says hello again (the hello options changed, e.g. the pre-chat form's profile). */
    reconnect() {
      ws?.close(1000, 'hello again');
    },
    send(frame) {
      if (frame.type === 'message' || frame.type === 'upload') outbox.set(frame.id, frame);
      if (online) raw(frame);
    },
  };
}
