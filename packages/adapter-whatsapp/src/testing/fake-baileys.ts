import type { MessageContent } from '@parley/core';
import type {
  AnyMessageContent,
  AuthenticationCreds,
  BaileysEventMap,
  MessageUpsertType,
  proto,
  UserFacingSocketConfig,
  WAMessage,
  WAMessageKey,
  WAPresence,
} from '@whiskeysockets/baileys';
import type { BaileysSocket, MakeSocket } from '../baileys/socket.js';
import { normaliseJid } from '../phone.js';
import type { FakeSent } from './fake-sent.js';
import { contentFromSent } from './sent-content.js';

export type { FakeSent };

/** A Baileys socket with no network whose events the test drives. */
export interface FakeBaileysSocket extends BaileysSocket {
  readonly config: UserFacingSocketConfig;
  readonly sent: FakeSent[];
  readonly presences: Array<{ type: WAPresence; jid?: string }>;
  readonly reads: WAMessageKey[];
  readonly pairingRequests: string[];
  /** Numbers asked about with `onWhatsApp`. */
  readonly lookups: string[];
  readonly ended: boolean;
  readonly loggedOut: boolean;
  /** Emits any Baileys event, payload typed as Baileys types it. */
  emit<T extends keyof BaileysEventMap>(event: T, arg: BaileysEventMap[T]): void;
  /** `connection.update { connection: 'open' }`. */
  open(): void;
  /** `connection.update { qr }`. */
  showQr(qr?: string): void;
  /** The phone scans the QR: creds become registered, then WhatsApp asks for a restart (515). */
  link(): void;
  /** `connection.update { connection: 'close' }` with a Boom-shaped error of `statusCode`. */
  close(statusCode: number, message?: string): void;
  /** `messages.upsert` (default `notify`). */
  upsert(messages: WAMessage[], type?: MessageUpsertType): void;
  /** Makes the next sends throw `error` (e.g. a 429 rate-overlimit). */
  failNextSends(count: number, error: Error): void;
  /** What was sent to `jid`, read back as Parley content. */
  sentTo(jid: string): MessageContent[];
}

export interface FakeBaileysOptions {
  /** The linked phone, E.164 (default `+5521988776655`). */
  me?: string;
  /**
   * `true` (default): a socket without credentials links itself at once (as if the QR
   * were scanned), and one with credentials opens. `false`: it shows a QR and waits.
   */
  autoLink?: boolean;
  /** `true` (default): a socket with credentials opens at once; `false`: the test calls `open()`. */
  autoOpen?: boolean;
  /**
   * What `onWhatsApp` answers, by digits: a JID, or null for "not on WhatsApp".
   * Numbers not listed exist under `<digits>@s.whatsapp.net`.
   */
  accounts?: Record<string, string | null>;
}

export interface FakeBaileys {
  /** Pass to `baileys({ makeSocket })`. */
  makeSocket: MakeSocket;
  /** Every socket made, oldest first. */
  readonly sockets: FakeBaileysSocket[];
  /** The newest socket. */
  readonly current: FakeBaileysSocket;
}

/** A `makeSocket` that records everything and lets a test play WhatsApp's side. */
export function fakeBaileys(options: FakeBaileysOptions = {}): FakeBaileys {
  const me = (options.me ?? '+5521988776655').replace(/^\+/, '');
  const sockets: FakeBaileysSocket[] = [];
  let seq = 0;
  const makeSocket: MakeSocket = (config) => {
    const socket = createSocket(
      config,
      me,
      options.accounts ?? {},
      () => `3EB0${(++seq).toString(16).toUpperCase().padStart(16, '0')}`,
    );
    sockets.push(socket);
    queueMicrotask(() => {
      if (socket.ended) return;
      if (config.auth.creds.registered) {
        if (options.autoOpen ?? true) socket.open();
      } else if (options.autoLink ?? true) socket.link();
      else socket.showQr();
    });
    return socket;
  };
  return {
    makeSocket,
    sockets,
    get current() {
      const s = sockets.at(-1);
      if (!s) throw new Error('no socket yet: start the desk first');
      return s;
    },
  };
}

function createSocket(
  config: UserFacingSocketConfig,
  me: string,
  accounts: Record<string, string | null>,
  nextId: () => string,
): FakeBaileysSocket {
  const listeners = new Map<string, Set<(arg: never) => void>>();
  const sent: FakeSent[] = [];
  let failures = { count: 0, error: new Error('send failed') };
  let ended = false;
  let loggedOut = false;
  let qrs = 0;
  const creds = config.auth.creds as AuthenticationCreds;

  const socket: FakeBaileysSocket = {
    config,
    sent,
    presences: [],
    reads: [],
    pairingRequests: [],
    lookups: [],
    get ended() {
      return ended;
    },
    get loggedOut() {
      return loggedOut;
    },
    get user() {
      return creds.me;
    },
    ev: {
      on(event, listener) {
        let set = listeners.get(event);
        if (!set) listeners.set(event, (set = new Set()));
        set.add(listener as (arg: never) => void);
      },
      off(event, listener) {
        listeners.get(event)?.delete(listener as (arg: never) => void);
      },
      removeAllListeners(event) {
        listeners.delete(event);
      },
      emit(event, arg) {
        for (const l of [...(listeners.get(event) ?? [])]) (l as (a: typeof arg) => void)(arg);
        return true;
      },
    },
    emit(event, arg) {
      socket.ev.emit(event, arg);
    },
    open() {
      socket.emit('connection.update', { connection: 'open', receivedPendingNotifications: true });
    },
    showQr(qr) {
      socket.emit('connection.update', { qr: qr ?? `2@fake-qr-${++qrs},${me},ref` });
    },
    link() {
      Object.assign(creds, {
        me: { id: `${me}:12@s.whatsapp.net`, lid: `${me.slice(-9)}123456:12@lid` },
        registered: true,
      });
      socket.emit('creds.update', { me: creds.me, registered: true });
      socket.close(515, 'Stream Errored (restart required)');
    },
    close(statusCode, message = 'Connection Failure') {
      const error = Object.assign(new Error(message), {
        isBoom: true,
        output: { statusCode, payload: { statusCode, message } },
      });
      socket.emit('connection.update', {
        connection: 'close',
        lastDisconnect: { error, date: new Date() },
      });
    },
    upsert(messages, type = 'notify') {
      socket.emit('messages.upsert', { messages, type });
    },
    failNextSends(count, error) {
      failures = { count, error };
    },
    sentTo(jid) {
      const target = normaliseJid(jid);
      return sent.filter((s) => normaliseJid(s.jid) === target).map(contentFromSent);
    },
    async sendMessage(jid, content, options) {
      if (failures.count > 0) {
        failures.count--;
        throw failures.error;
      }
      // Like Baileys: the caller's `messageId` when given, a fresh id otherwise.
      const id = options?.messageId ?? nextId();
      sent.push({ jid, id, content, ...(options && { options }) });
      return {
        key: { remoteJid: jid, fromMe: true, id },
        message: protoOf(content),
        messageTimestamp: Math.floor(Date.now() / 1000),
      };
    },
    async relayMessage(jid, message, opts) {
      if (failures.count > 0) {
        failures.count--;
        throw failures.error;
      }
      const id = opts.messageId ?? nextId();
      sent.push({ jid, id, relay: message });
      return id;
    },
    async sendPresenceUpdate(type, jid) {
      socket.presences.push({ type, ...(jid !== undefined && { jid }) });
    },
    async readMessages(keys) {
      socket.reads.push(...keys);
    },
    async requestPairingCode(phoneNumber) {
      socket.pairingRequests.push(phoneNumber);
      return 'PRLY4CDE';
    },
    async onWhatsApp(...numbers) {
      socket.lookups.push(...numbers);
      return numbers.flatMap((n) => {
        const digits = n.replace(/\D/g, '');
        const jid = digits in accounts ? accounts[digits] : `${digits}@s.whatsapp.net`;
        return jid ? [{ jid, exists: true }] : [];
      });
    },
    async logout() {
      loggedOut = true;
      socket.close(401, 'Intentional Logout');
    },
    async end() {
      if (ended) return;
      ended = true;
      socket.close(428, 'Connection Closed');
    },
  };
  return socket;
}

/** Roughly the proto Baileys builds for sent content (what getMessage must hand back). */
function protoOf(content: AnyMessageContent): proto.IMessage {
  const c = content as Record<string, unknown>;
  if (typeof c.text === 'string') return { extendedTextMessage: { text: c.text } };
  for (const kind of ['image', 'video', 'audio', 'document', 'sticker'] as const) {
    if (c[kind] !== undefined) {
      return {
        [`${kind}Message`]: {
          url: `https://mmg.whatsapp.net/v/fake-${kind}.enc`,
          directPath: `/v/fake-${kind}.enc`,
          mediaKey: new Uint8Array(32).fill(7),
          mimetype: (c.mimetype as string | undefined) ?? 'application/octet-stream',
          ...(typeof c.caption === 'string' && { caption: c.caption }),
        },
      };
    }
  }
  return { conversation: JSON.stringify(c) };
}
