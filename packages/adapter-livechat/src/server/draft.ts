import { randomBytes } from 'node:crypto';
import type { ReplyDraft, ShownAuthor } from '@parley/core';
import type { WireAuthor } from '../protocol.js';
import type { ConnectionHub } from './hub.js';

/**
 * A reply streaming to a visitor's open tabs. The desk hands over the whole text so
 * far; only what is new goes on the wire (`from` = characters kept), and a text that
 * does not extend the last one (the model started over) is sent whole from 0. Nothing
 * is kept in history: the finished reply arrives as a message and replaces the draft.
 */
export function replyDraft(hub: ConnectionHub, to: string, who: ShownAuthor): ReplyDraft {
  const id = `d${randomBytes(9).toString('base64url')}`;
  const author: WireAuthor = { kind: who.kind, ...(who.name !== undefined && { name: who.name }) };
  let sent = '';
  let open = true;
  return {
    write(text) {
      if (!open || text === sent) return;
      const from = text.startsWith(sent) ? sent.length : 0;
      hub.fanout(to, {
        type: 'draft',
        id,
        from,
        text: text.slice(from),
        // The author travels once, with the first piece.
        ...(sent === '' && { author }),
      });
      sent = text;
    },
    close() {
      if (!open) return;
      open = false;
      if (sent !== '') hub.fanout(to, { type: 'draft', id, from: 0, text: '', done: true });
    },
  };
}
