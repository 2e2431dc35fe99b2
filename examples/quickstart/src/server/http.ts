import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  DEFAULT_LIVECHAT_PATH,
  type LivechatChannel,
  widgetScript,
} from '@parley/adapter-livechat';
import { nodeHandler, type ParleyConsole } from '@parley/console';
import type { Logger } from '@parley/core';
import { shopPage } from './assets.js';
import { sendJson, sendText } from './http-util.js';

export interface HttpOptions {
  chat: LivechatChannel;
  console: ParleyConsole;
  logger: Logger;
}

const pages: Record<string, [type: string, body: (url: string) => Promise<string>]> = {
  '/': ['text/html', shopPage],
  '/widget.js': ['text/javascript', widgetScript],
};

/**
 * One HTTP server for everything: the shop page, the widget script, the operator
 * console (`@parley/console` below /console), and two WebSocket endpoints routed by
 * path (live chat and the console feed; any other upgrade is refused).
 */
export function createHttpServer(o: HttpOptions): Server {
  const operators = nodeHandler(o.console);
  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      o.logger.error('request failed', { url: req.url, error: String(error) });
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: 'INTERNAL', message: String(error) } });
      else res.end();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/console' || url.pathname.startsWith('/console/'))
      return operators(req, res);
    const page = pages[url.pathname];
    if (page && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendText(res, 200, page[0], await page[1](url.href));
    }
    sendText(res, 404, 'text/plain', `Nothing at ${url.pathname}. Try / (the shop) or /console/.`);
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === DEFAULT_LIVECHAT_PATH) return o.chat.handleUpgrade(req, socket, head);
    if (o.console.handleUpgrade(req, socket, head)) return;
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  return server;
}
