import type { BaileysRuntime } from './runtime.js';

/** What to do when the socket closes, by Baileys' `DisconnectReason`. */
export type DisconnectAction =
  /** 401: the phone removed this device. Stop, purge credentials, ask for a new link. */
  | 'logged-out'
  /** 440: another session opened with these credentials. Stop: another process owns the number. */
  | 'replaced'
  /** 515: WhatsApp asks for a fresh socket (always right after linking). Reconnect at once. */
  | 'restart'
  /** Anything else (connection lost, timed out, server unavailable, ...): back off and retry. */
  | 'backoff';

export function disconnectAction(
  code: number | undefined,
  reasons: BaileysRuntime['DisconnectReason'],
): DisconnectAction {
  switch (code) {
    case reasons.loggedOut:
      return 'logged-out';
    case reasons.connectionReplaced:
      return 'replaced';
    case reasons.restartRequired:
      return 'restart';
    default:
      return 'backoff';
  }
}

/** The enum members' names for a code, for status details (`408` → `connectionLost/timedOut`). */
export function reasonName(
  code: number | undefined,
  reasons: BaileysRuntime['DisconnectReason'],
): string {
  if (code === undefined) return 'unknown';
  const names = Object.entries(reasons)
    .filter(([name, value]) => value === code && Number.isNaN(Number(name)))
    .map(([name]) => name);
  return names.length > 0 ? names.join('/') : `code ${code}`;
}
