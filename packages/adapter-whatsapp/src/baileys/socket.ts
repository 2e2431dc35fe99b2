import type {
  BaileysEventEmitter,
  UserFacingSocketConfig,
  WASocket,
} from '@whiskeysockets/baileys';

/**
 * The part of a Baileys socket the adapter uses. `makeWASocket()` returns a superset;
 * tests pass a fake with the same shape (see `@parley/adapter-whatsapp/testing`).
 */
export interface BaileysSocket {
  ev: BaileysEventEmitter;
  user?: WASocket['user'];
  sendMessage: WASocket['sendMessage'];
  relayMessage: WASocket['relayMessage'];
  sendPresenceUpdate: WASocket['sendPresenceUpdate'];
  readMessages: WASocket['readMessages'];
  requestPairingCode: WASocket['requestPairingCode'];
  onWhatsApp: WASocket['onWhatsApp'];
  logout: WASocket['logout'];
  end: WASocket['end'];
}

/** Creates a socket from Baileys' config; default: Baileys' own `makeWASocket`. */
export type MakeSocket = (config: UserFacingSocketConfig) => BaileysSocket;

/** The Boom status code Baileys puts on connection errors (`DisconnectReason`). */
export function statusCodeOf(error: unknown): number | undefined {
  const output = (error as { output?: { statusCode?: unknown } } | undefined)?.output;
  return typeof output?.statusCode === 'number' ? output.statusCode : undefined;
}
