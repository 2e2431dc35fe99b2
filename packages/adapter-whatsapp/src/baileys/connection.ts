import { type ChannelContext, ParleyError, type TimerHandle } from '@parley/core';
import { backoffDelay } from '@parley/core/internal';
import type { ConnectionState, proto, WAMessageKey } from '@whiskeysockets/baileys';
import { addressOfPnJid, digitsOf } from '../phone.js';
import type { StoredAuthState } from './auth-state.js';
import { baileysLogger } from './logger.js';
import { disconnectAction, reasonName } from './reconnect.js';
import type { BaileysRuntime } from './runtime.js';
import type { BaileysSocket } from './socket.js';
import type { BaileysConfig } from './transport.js';

export type LinkState =
  | 'connecting'
  | 'open'
  | 'reconnecting'
  | 'logged-out'
  | 'replaced'
  | 'stopped';

export interface ConnectionDeps {
  ctx: ChannelContext;
  runtime: BaileysRuntime;
  config: BaileysConfig;
  /** The configured business number, E.164. */
  number: string;
  random: () => number;
  auth: StoredAuthState;
  getMessage(key: WAMessageKey): Promise<proto.IMessage | undefined>;
  /** Attaches the adapter's message handlers to a new socket. */
  bind(socket: BaileysSocket): void;
  /** The connection ended for good (logged out, replaced, stopped). */
  onEnd(error: ParleyError): void;
  /** WhatsApp time-locked reaching out to new contacts, until `until` if it said. */
  onTimeLock?(until: Date | undefined): void;
}

interface Waiter {
  resolve(socket: BaileysSocket): void;
  reject(error: unknown): void;
  timer: TimerHandle;
}

/**
 * Owns the Baileys socket of one number: creates it, reports QR / pairing code /
 * connected as channel status, persists creds on every update and reconnects by
 * `DisconnectReason` — at once after a restart request, with jittered exponential
 * back-off on the injected clock otherwise, never after a logout or a replacement.
 */
export class BaileysConnection {
  state: LinkState = 'connecting';
  socket: BaileysSocket | undefined;
  private attempts = 0;
  private timer: TimerHandle | undefined;
  private waiters: Waiter[] = [];

  constructor(private readonly deps: ConnectionDeps) {}

  connect(): void {
    if (this.isTerminal()) return;
    const { ctx, runtime, config, auth } = this.deps;
    this.state = this.attempts > 0 ? 'reconnecting' : 'connecting';
    ctx.status({ state: 'connecting', detail: `Connecting WhatsApp ${this.deps.number}.` });
    const logger = baileysLogger(ctx.logger, { channelId: ctx.channelId }, ctx.clock);
    const makeSocket = config.makeSocket ?? runtime.makeWASocket;
    const socket = makeSocket({
      browser: runtime.Browsers.ubuntu('Parley'),
      markOnlineOnConnect: false,
      // History sync stays on (Baileys' default, full history excepted): it carries the
      // LID↔phone mappings; its messages arrive as `append` and start no turn.
      syncFullHistory: false,
      ...config.socket,
      auth: {
        creds: auth.state.creds,
        keys: runtime.makeCacheableSignalKeyStore(auth.state.keys, logger),
      },
      logger,
      getMessage: (key) => this.deps.getMessage(key),
    });
    this.socket = socket;
    let pairingRequested = false;
    socket.ev.on('creds.update', () => {
      void auth
        .saveCreds()
        .catch((error) => ctx.logger.error('whatsapp: could not save creds', { error }));
    });
    socket.ev.on('connection.update', (update) => {
      if (this.socket !== socket) return;
      if (update.qr && !pairingRequested) {
        if (config.link === 'pairing-code') {
          pairingRequested = true;
          void this.requestPairingCode(socket);
        } else {
          ctx.status({
            state: 'qr',
            qr: update.qr,
            detail:
              'Scan this QR code with WhatsApp on the phone: Settings › Linked devices › Link a device.',
          });
        }
      }
      if (update.reachoutTimeLock?.isActive) this.onTimeLock(update);
      if (update.connection === 'open') this.onOpen(socket);
      if (update.connection === 'close') void this.onClose(update);
    });
    this.deps.bind(socket);
  }

  /** The open socket; waits up to `connectWaitMs` while reconnecting. */
  waitOpen(): Promise<BaileysSocket> {
    if (this.state === 'open' && this.socket) return Promise.resolve(this.socket);
    if (this.isTerminal()) return Promise.reject(this.unavailable());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: this.deps.ctx.clock.setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(this.unavailable());
        }, this.deps.config.connectWaitMs),
      };
      this.waiters.push(waiter);
    });
  }

  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.end('stopped');
    await this.deps.auth.flush();
  }

  /** Fails every waiter and closes the socket without reconnecting. */
  private end(state: 'stopped' | 'logged-out' | 'replaced'): void {
    this.state = state;
    this.timer?.cancel();
    const socket = this.socket;
    this.socket = undefined;
    const error = this.unavailable();
    for (const w of this.waiters.splice(0)) {
      w.timer.cancel();
      w.reject(error);
    }
    this.deps.onEnd(error);
    if (socket)
      void Promise.resolve()
        .then(() => socket.end(undefined))
        .catch(() => {});
  }

  private onOpen(socket: BaileysSocket): void {
    const { ctx, number } = this.deps;
    const linked = socket.user?.id ? addressOfPnJid(socket.user.id) : undefined;
    if (linked && linked !== number) {
      ctx.status({
        state: 'error',
        detail: `The phone that linked is ${linked}, but this channel is configured for ${number}. Logging it out: link the phone of ${number}.`,
      });
      void socket.logout().catch(() => {});
      return;
    }
    this.attempts = 0;
    this.state = 'open';
    ctx.status({
      state: 'connected',
      detail: `WhatsApp ${number} is connected.`,
      data: { number },
    });
    for (const w of this.waiters.splice(0)) {
      w.timer.cancel();
      w.resolve(socket);
    }
  }

  private async onClose(update: Partial<ConnectionState>): Promise<void> {
    const { ctx, runtime, config, random, number } = this.deps;
    if (this.isTerminal()) return;
    const code = (update.lastDisconnect?.error as { output?: { statusCode?: number } } | undefined)
      ?.output?.statusCode;
    const reason = reasonName(code, runtime.DisconnectReason);
    const action = disconnectAction(code, runtime.DisconnectReason);
    if (action === 'logged-out') {
      this.end('logged-out');
      await this.deps.auth.purge();
      ctx.status({
        state: 'logged-out',
        detail: `WhatsApp logged ${number} out (the device was removed on the phone). Its credentials were deleted: restart the channel and scan a new QR code to link it again.`,
        data: { code, reason },
      });
      return;
    }
    if (action === 'replaced') {
      this.end('replaced');
      ctx.status({
        state: 'disconnected',
        detail: `Another session took over ${number} (connection replaced), so this one stopped. Run each number in one process only.`,
        data: { code, reason },
      });
      return;
    }
    this.socket = undefined;
    if (action === 'restart') {
      this.connect();
      return;
    }
    this.attempts++;
    this.state = 'reconnecting';
    const delayMs = backoffDelay(this.attempts, {
      baseMs: config.reconnect.baseDelayMs,
      maxMs: config.reconnect.maxDelayMs,
      jitter: 'equal',
      random,
    });
    ctx.status({
      state: 'disconnected',
      detail: `WhatsApp ${number} disconnected (${reason}); reconnecting in ${Math.ceil(delayMs / 1000)} s.`,
      data: { code, reason, attempt: this.attempts, delayMs },
    });
    this.timer = ctx.clock.setTimeout(() => this.connect(), delayMs);
  }

  private async requestPairingCode(socket: BaileysSocket): Promise<void> {
    const { ctx, number } = this.deps;
    try {
      const code = await socket.requestPairingCode(digitsOf(number));
      ctx.status({
        state: 'pairing-code',
        pairingCode: code,
        detail: `On the phone of ${number}: Settings › Linked devices › Link a device › Link with phone number instead, then type ${code}.`,
      });
    } catch (error) {
      ctx.status({
        state: 'error',
        detail: `Could not get a pairing code for ${number}: ${(error as Error).message}. Check the number or link by QR code.`,
      });
    }
  }

  private onTimeLock(update: Partial<ConnectionState>): void {
    const ends = update.reachoutTimeLock?.timeEnforcementEnds;
    this.deps.onTimeLock?.(ends ? new Date(ends) : undefined);
    this.deps.ctx.status({
      state: 'error',
      detail: `WhatsApp restricted ${this.deps.number} from messaging new contacts${ends ? ` until ${new Date(ends).toISOString()}` : ''}. Slow down and send only to people who wrote first.`,
      data: { reachoutTimeLock: true, ...(ends && { until: new Date(ends).toISOString() }) },
    });
  }

  private isTerminal(): boolean {
    return this.state === 'stopped' || this.state === 'logged-out' || this.state === 'replaced';
  }

  private unavailable(): ParleyError {
    const why: Record<LinkState, string> = {
      stopped: 'the channel is stopped',
      'logged-out': 'it was logged out; restart the channel and link it again',
      replaced: 'another process took the session over',
      connecting: `it is not connected yet (link it first; waited ${this.deps.config.connectWaitMs} ms)`,
      reconnecting: `it is reconnecting (waited ${this.deps.config.connectWaitMs} ms)`,
      open: 'it is open',
    };
    return new ParleyError(
      'CHANNEL_UNAVAILABLE',
      `WhatsApp ${this.deps.number} cannot send: ${why[this.state]}.`,
      { details: { state: this.state } },
    );
  }
}
