import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../constants.js';
import {
  type AckStatus,
  type HelloFrame,
  type ServerFrame,
  serverFrameSchema,
  type WelcomeFrame,
  type WireContent,
} from '../protocol.js';

export interface VisitorConnectOptions {
  origin?: string;
  /** Source address on loopback (127.0.0.2, ...) to play another client IP. */
  localAddress?: string;
  headers?: Record<string, string>;
  /** Answer the server's pings (default true). */
  autoPong?: boolean;
}

type FrameOf<T extends ServerFrame['type']> = Extract<ServerFrame, { type: T }>;

/** A scripted visitor on a real `ws` client; every server frame is checked against the zod schema. */
export interface Visitor {
  ws: WebSocket;
  frames: ServerFrame[];
  /** Resolves with the close code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  /** Sends a frame object as JSON, or a raw string/buffer as is. */
  send(frame: object | string | Buffer): void;
  /** The first frame of `type` (matching `match`) not taken before; waits for it. */
  next<T extends ServerFrame['type']>(
    type: T,
    match?: (frame: FrameOf<T>) => boolean,
  ): Promise<FrameOf<T>>;
  hello(extra?: Partial<Omit<HelloFrame, 'type'>>): Promise<WelcomeFrame>;
  /** Sends a message and waits for its ack. */
  say(content: string | WireContent, id?: string): Promise<AckStatus>;
  close(): Promise<void>;
}

let seq = 0;

export function connectVisitor(url: string, options: VisitorConnectOptions = {}): Promise<Visitor> {
  const ws = new WebSocket(url, {
    ...(options.origin !== undefined && { origin: options.origin }),
    ...(options.localAddress !== undefined && { localAddress: options.localAddress }),
    ...(options.headers !== undefined && { headers: options.headers }),
  });
  const frames: ServerFrame[] = [];
  const taken = new Set<ServerFrame>();
  const waiters = new Set<() => void>();
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const w of waiters) w();
    });
  });

  // Errors after the handshake end in 'close', which the tests read.
  ws.on('error', () => {});
  ws.on('message', (data) => {
    const frame = serverFrameSchema.parse(JSON.parse(String(data)));
    frames.push(frame);
    if (frame.type === 'ping' && options.autoPong !== false) ws.send('{"type":"pong"}');
    for (const w of waiters) w();
  });

  const visitor: Visitor = {
    ws,
    frames,
    closed,
    send(frame) {
      ws.send(typeof frame === 'string' || Buffer.isBuffer(frame) ? frame : JSON.stringify(frame));
    },
    next(type, match) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(
            (f) => !taken.has(f) && f.type === type && (!match || match(f as FrameOf<typeof type>)),
          );
          if (found) {
            taken.add(found);
            waiters.delete(check);
            resolve(found as FrameOf<typeof type>);
          } else if (ws.readyState === ws.CLOSED) {
            waiters.delete(check);
            reject(new Error(`socket closed while waiting for a "${type}" frame`));
          }
        };
        waiters.add(check);
        check();
      });
    },
    async hello(extra = {}) {
      visitor.send({ type: 'hello', v: PROTOCOL_VERSION, ...extra });
      return visitor.next('welcome');
    },
    async say(content, id = `m${++seq}`) {
      visitor.send({
        type: 'message',
        id,
        content: typeof content === 'string' ? { type: 'text', text: content } : content,
      });
      return (await visitor.next('ack', (a) => a.id === id)).status;
    },
    async close() {
      if (ws.readyState === ws.CLOSED) return;
      ws.close();
      await closed;
    },
  };

  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(visitor));
    ws.once('unexpected-response', (_req, res) => {
      reject(
        Object.assign(new Error(`handshake refused: ${res.statusCode}`), {
          status: res.statusCode,
        }),
      );
      ws.terminate();
    });
    ws.once('error', reject);
  });
}
