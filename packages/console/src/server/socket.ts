import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { DeskEventName, DeskEvents, Logger, TimerHandle } from '@parley/core';
import { WebSocket, WebSocketServer } from 'ws';
import type { Sessions } from '../auth/sessions.js';
import { headersOf } from '../headers.js';
import type { ConsoleOperator } from '../operator.js';
import type { ConsoleConfig } from '../options.js';
import { sameOrigin } from './guards.js';
import { identify } from './identify.js';

/** What the socket says: which records changed (the page reads them again). */
export type ConsoleFrame =
  | {
      type: 'event';
      name: DeskEventName;
      conversationId?: string;
      contactId?: string;
      /** For `message.received`: a short preview for the browser notification. */
      preview?: string;
    }
  | { type: 'typing'; address: string; on: boolean };

/** The tenant an event belongs to, and the ids it is about (never its payload). */
function describe(payload: DeskEvents[DeskEventName]) {
  const p = payload as {
    tenantId?: string;
    conversation?: { id: string; tenantId: string };
    contact?: { id: string; tenantId: string };
    message?: { tenantId: string; content?: { type: string; text?: string } };
  };
  return {
    tenantId: p.conversation?.tenantId ?? p.contact?.tenantId ?? p.message?.tenantId ?? p.tenantId,
    ...(p.conversation && { conversationId: p.conversation.id }),
    ...(p.contact && { contactId: p.contact.id }),
  };
}

/** Away after this long with no console open: closing the tab stops new assignments. */
const AWAY_AFTER_MS = 60_000;

export function createConsoleSocket(o: {
  config: ConsoleConfig;
  sessions: Sessions | undefined;
  logger: Logger;
}) {
  const { desk, basePath } = o.config;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false });
  const who = new Map<WebSocket, ConsoleOperator>();
  const awayTimers = new Map<string, TimerHandle>();

  const send = (tenantId: string | undefined, frame: ConsoleFrame) => {
    const data = JSON.stringify(frame);
    for (const [ws, op] of who)
      if (op.tenantId === tenantId && ws.readyState === WebSocket.OPEN) ws.send(data);
  };
  const offDesk = desk.onAny((name, payload) => {
    if (name === 'error' || name === 'channel.status') return;
    const { tenantId, ...ids } = describe(payload);
    const message = (payload as DeskEvents['message.received']).message;
    const preview =
      name === 'message.received' && message?.content.type === 'text'
        ? message.content.text.slice(0, 120)
        : undefined;
    send(tenantId, { type: 'event', name, ...ids, ...(preview !== undefined && { preview }) });
  });

  const operatorKey = (op: ConsoleOperator) => `${op.tenantId}\u0000${op.id}`;
  function connected(ws: WebSocket, op: ConsoleOperator) {
    who.set(ws, op);
    awayTimers.get(operatorKey(op))?.cancel();
    awayTimers.delete(operatorKey(op));
    // The console never sends anything; a frame from it is a misbehaving client.
    ws.on('message', () => ws.close(1003, 'the console socket is read-only'));
    ws.on('close', () => {
      who.delete(ws);
      if ([...who.values()].some((other) => operatorKey(other) === operatorKey(op))) return;
      const timer = desk.clock.setTimeout(() => {
        awayTimers.delete(operatorKey(op));
        const member = desk.teams.list(op.tenantId).some((t) => t.operators.includes(op.id));
        if (!member) return;
        void desk.teams
          .setPresence(op.id, 'away', { tenantId: op.tenantId })
          .catch((e: unknown) => o.logger.warn('console: presence not set', { error: String(e) }));
      }, AWAY_AFTER_MS);
      awayTimers.set(operatorKey(op), timer);
    });
  }

  const refuse = (socket: Duplex, status: string) =>
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
      const path = (req.url ?? '/').split('?')[0];
      if (path !== `${basePath}/ws`) return false;
      if (!sameOrigin(req.headers.origin, req.headers.host)) {
        refuse(socket, '403 Forbidden');
        return true;
      }
      const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
        headers: headersOf(req),
      });
      identify(o.config, o.sessions, request).then(
        (identity) => {
          if (!identity) return refuse(socket, '401 Unauthorized');
          wss.handleUpgrade(req, socket, head, (ws) => connected(ws, identity.operator));
        },
        (error: unknown) => {
          o.logger.error('console socket: authenticate failed', { error: String(error) });
          refuse(socket, '500 Internal Server Error');
        },
      );
      return true;
    },
    typing(tenantId: string, address: string, on: boolean) {
      send(tenantId, { type: 'typing', address, on });
    },
    close() {
      offDesk();
      for (const t of awayTimers.values()) t.cancel();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
