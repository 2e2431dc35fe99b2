import type { proto, WAMessage } from '@whiskeysockets/baileys';
import type { BaileysRuntime } from './runtime.js';

/**
 * The edit a message carries: WhatsApp sends a customer's edit as a `protocolMessage`
 * of type MESSAGE_EDIT naming the original by key, with the new content, sometimes
 * wrapped in `editedMessage`. Undefined for anything else.
 */
export function editOf(
  msg: WAMessage,
  runtime: Pick<BaileysRuntime, 'proto'>,
): { targetId: string; message: proto.IMessage } | undefined {
  const m = msg.message?.editedMessage?.message ?? msg.message;
  const p = m?.protocolMessage;
  if (p?.type !== runtime.proto.Message.ProtocolMessage.Type.MESSAGE_EDIT) return undefined;
  if (!p.key?.id || !p.editedMessage) return undefined;
  return { targetId: p.key.id, message: p.editedMessage };
}
