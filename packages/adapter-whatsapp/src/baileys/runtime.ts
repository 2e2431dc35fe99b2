import type * as BaileysModule from '@whiskeysockets/baileys';

/** The parts of Baileys used at run time, loaded on first use so Cloud-API-only hosts never load it. */
export type BaileysRuntime = Pick<
  typeof BaileysModule,
  | 'makeWASocket'
  | 'initAuthCreds'
  | 'makeCacheableSignalKeyStore'
  | 'proto'
  | 'DisconnectReason'
  | 'downloadContentFromMessage'
  | 'Browsers'
>;

let loading: Promise<BaileysRuntime> | undefined;

export function loadBaileys(): Promise<BaileysRuntime> {
  loading ??= import('@whiskeysockets/baileys').then((m) => m as BaileysRuntime);
  return loading;
}
