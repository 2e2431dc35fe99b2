import type {
  AnyMessageContent,
  MiscMessageGenerationOptions,
  proto,
} from '@whiskeysockets/baileys';

/** One message the fake socket was asked to send. */
export interface FakeSent {
  jid: string;
  id: string;
  /** What went through `sendMessage`. */
  content?: AnyMessageContent;
  /** What went through `relayMessage` (native menus). */
  relay?: proto.IMessage;
  options?: MiscMessageGenerationOptions;
}
