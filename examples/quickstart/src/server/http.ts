import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  DEFAULT_LIVECHAT_PATH,
  type LivechatChannel,
  widgetScript,
} from '@parley/adapter-livechat';
import type { Logger } from '@parley/core';
import { consoleCss, consolePage, consoleScript, shopPage } from './assets.js';
import type { consoleApi } from './console-api.js';
import type { consoleSocket } from './console-socket.js';
import { sameOrigin, sendJson, sendText } from './http-util.js';

/** Where the console's live feed is mounted. */
export const CONSOLE_SOCKET_PATH = '/console/ws';

export interface HttpOptions {
  chat: LivechatChannel;
  api: ReturnType<typeof consoleApi>;
  socket: ReturnType<typeof consoleSocket>;
  logger: Logger;
}

const pages: Record<string, [type: string, body: () => Promise<string>]> = {
  '/': ['text/html', shopPage],
  '/console': ['text/html', consolePage],
  '/console.css': ['text/css', consoleCss],
  '/console.js': ['text/javascript', consoleScript],
  '/widget.js': ['text/javascript', widgetScript],
};

/**
 * One HTTP server for everything: the shop page, the console, their scripts, the
 * console API, and two WebSocket endpoints routed by path (live chat and the console
 * feed; any other upgrade is refused).
 */
export function createHttpServer(o: HttpOptions): Server {
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
    if (await o.api(req, res, url)) return;
    const page = pages[url.pathname];
    if (page && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendText(res, 200, page[0], await page[1]());
    }
    sendText(res, 404, 'text/plain', `Nothing at ${url.pathname}. Try / (the shop) or /console.`);
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === DEFAULT_LIVECHAT_PATH) return o.chat.handleUpgrade(req, socket, head);
    if (path === CONSOLE_SOCKET_PATH && sameOrigin(req))
      return o.socket.handleUpgrade(req, socket, head);
    socket.end(
      `HTTP/1.1 ${path === CONSOLE_SOCKET_PATH ? '403 Forbidden' : '404 Not Found'}\r\nConnection: close\r\n\r\n`,
    );
  });
  return server;
}
