import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { LivechatChannel } from '@parley/adapter-livechat';
import type { Desk, DeskEventName, DeskEvents } from '@parley/core';
import { WebSocketServer } from 'ws';

/** What the console's socket says: which records changed (the page re-reads them). */
export type ConsoleFrame =
  | { type: 'event'; name: DeskEventName; conversationId?: string; contactId?: string }
  | { type: 'typing'; address: string; on: boolean };

/** The ids an event is about, without its payload: the console fetches what it shows. */
function idsOf(payload: DeskEvents[DeskEventName]): {
  conversationId?: string;
  contactId?: string;
} {
  const p = payload as { conversation?: { id: string }; contact?: { id: string } };
  return {
    ...(p.conversation && { conversationId: p.conversation.id }),
    ...(p.contact && { contactId: p.contact.id }),
  };
}

/**
 * The console's live feed: every desk event (`desk.onAny`) and visitor typing, pushed to
 * every open console. A `ws` server with `noServer: true`, so it shares the HTTP server
 * with live chat: upgrades are routed by path in `http.ts`.
 */
export function consoleSocket(desk: Desk, chat: LivechatChannel) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false });
  const broadcast = (frame: ConsoleFrame) => {
    const data = JSON.stringify(frame);
    for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send(data);
  };
  const offDesk = desk.onAny((name, payload) => {
    // Errors stay in the server log; channel status has no conversation to refresh.
    if (name === 'error' || name === 'channel.status') return;
    broadcast({ type: 'event', name, ...idsOf(payload) });
  });
  const offTyping = chat.on('visitor.typing', ({ address, on }) =>
    broadcast({ type: 'typing', address, on }),
  );
  // The console never sends anything; a frame from it is a misbehaving client.
  wss.on('connection', (ws) =>
    ws.on('message', () => ws.close(1003, 'the console socket is read-only')),
  );

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    get clients() {
      return wss.clients.size;
    },
    close() {
      offDesk();
      offTyping();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
