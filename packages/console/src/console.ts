import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { consoleLogger, ParleyError, parseOrThrow } from '@parley/core';
import { toError } from '@parley/core/internal';
import { attachmentRoutes } from './api/attachment-routes.js';
import { contactRoutes } from './api/contact-routes.js';
import { conversationRoutes } from './api/conversation-routes.js';
import { meRoutes } from './api/me-routes.js';
import { reportRoutes } from './api/report-routes.js';
import { sessionCookie } from './auth/cookies.js';
import { createSessions } from './auth/sessions.js';
import { ConsoleRefusal, errorResponse, html, json } from './http/respond.js';
import { isResponse, type Route } from './http/route.js';
import { type ConsoleOptions, consoleOptionsSchema } from './options.js';
import { consoleAsset } from './server/assets.js';
import { checkChange, sameOrigin } from './server/guards.js';
import { identify, SESSION_COOKIE } from './server/identify.js';
import { appPage, localeOf, loginPage } from './server/pages.js';
import { sharePresence } from './server/shared-presence.js';
import { createConsoleSocket } from './server/socket.js';

/** A mounted console: hand it the requests below `basePath` and the socket upgrades. */
export interface ParleyConsole {
  readonly basePath: string;
  /** Answers every request below `basePath` (Web `Request` → `Response`). */
  fetch(request: Request): Promise<Response>;
  /** Node `upgrade` events for `${basePath}/ws`; returns false for other paths. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Tells consoles of this tenant the customer at `address` is typing (live chat). */
  typing(tenantId: string, address: string, on: boolean): void;
  close(): void;
}

const routes: Route[] = [
  ...meRoutes,
  ...conversationRoutes,
  ...attachmentRoutes,
  ...contactRoutes,
  ...reportRoutes,
];

/**
 * The operator console (IN1, IN2): an inbox page, its JSON API and a live socket, for
 * the operators `authenticate` (or the built-in `login`) signs in. Each operator sees
 * their own tenant only; admins also see settings and reports.
 */
export function createConsole(options: ConsoleOptions): ParleyConsole {
  const config = parseOrThrow(consoleOptionsSchema, options, 'createConsole options');
  const { desk, basePath: base } = config;
  const logger = config.logger ?? consoleLogger;
  const sessions = config.login
    ? createSessions(desk.store.kv('console-sessions'), config.login.sessionMs)
    : undefined;
  const socket = createConsoleSocket({ config, sessions, logger });
  const presence =
    config.presenceSyncMs > 0 ? sharePresence(desk, config.presenceSyncMs, logger) : undefined;
  const cookie = (value: string, maxAgeSeconds?: number) =>
    sessionCookie(SESSION_COOKIE, value, {
      path: base || '/',
      secure: config.login?.secureCookie ?? true,
      ...(maxAgeSeconds !== undefined && { maxAgeSeconds }),
    });
  const redirect = (to: string, headers: Record<string, string> = {}) =>
    new Response(null, { status: 303, headers: { location: to, ...headers } });

  async function login(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const page = (failed: boolean, status = 200) =>
      html(loginPage({ title: config.title, base, locale: localeOf(request), failed }), status);
    if (!config.login)
      return json(
        { error: { code: 'NOT_FOUND', message: 'This console signs in through the host.' } },
        404,
      );
    if (request.method === 'GET') return page(false);
    if (!sameOrigin(request.headers.get('origin'), url.host))
      throw new ConsoleRefusal(403, 'FORBIDDEN', 'Sign in from this server’s own page.');
    const form = new URLSearchParams((await request.text()).slice(0, 4096));
    const operator = await config.login.check(
      form.get('username') ?? '',
      form.get('password') ?? '',
      desk.clock.now().getTime(),
    );
    if (!operator) return page(true, 401);
    const session = await sessions!.create(operator);
    return redirect(`${base}/`, {
      'set-cookie': cookie(session.token, Math.floor(config.login.sessionMs / 1000)),
    });
  }

  async function api(request: Request, path: string): Promise<Response> {
    const who = await identify(config, sessions, request);
    if (!who) throw new ConsoleRefusal(401, 'UNAUTHORIZED', 'Sign in to use the console.');
    if (request.method !== 'GET') checkChange(request, who.csrf);
    if (path === '/api/session' && request.method === 'DELETE') {
      if (who.token) await sessions?.remove(who.token);
      return json({ ok: true }, 200, { 'set-cookie': cookie('', 0) });
    }
    const url = new URL(request.url);
    for (const route of routes) {
      const match = route.path.exec(path);
      if (!match || route.method !== request.method) continue;
      if (route.admin && who.operator.role !== 'admin')
        throw new ConsoleRefusal(403, 'FORBIDDEN', 'Only admins see settings and reports.');
      const params = match.slice(1).map((p) => decodeURIComponent(p));
      const result = await route.run({
        request,
        url,
        params,
        operator: who.operator,
        tenant: desk.tenant(who.operator.tenantId),
        desk,
        config,
      });
      if (isResponse(result)) return result;
      return json(path === '/api/me' ? { ...(result as object), csrf: who.csrf ?? null } : result);
    }
    throw new ConsoleRefusal(404, 'NOT_FOUND', `No ${request.method} ${base}${path}.`);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`))
      throw new ConsoleRefusal(404, 'NOT_FOUND', `The console answers below ${base || '/'}.`);
    const path = url.pathname.slice(base.length) || '/';
    if (path.startsWith('/api/')) return api(request, path);
    if (path === '/login') return login(request);
    const asset = path === '/app.js' || path === '/app.css' ? path : undefined;
    if (asset && request.method === 'GET') return consoleAsset(asset);
    if (path === '/' && request.method === 'GET') {
      if (!(await identify(config, sessions, request)))
        return config.login
          ? redirect(`${base}/login`)
          : html('<!doctype html><title>Sign in</title><p>Sign in to use the console.</p>', 401);
      return html(appPage({ title: config.title, base, locale: localeOf(request) }));
    }
    throw new ConsoleRefusal(404, 'NOT_FOUND', `No ${request.method} ${url.pathname}.`);
  }

  return {
    basePath: base,
    async fetch(request) {
      try {
        return await handle(request);
      } catch (error) {
        if (!(error instanceof ConsoleRefusal) && !ParleyError.isInstance(error))
          logger.error('console request failed', {
            url: request.url,
            error: String(toError(error)),
          });
        return errorResponse(error);
      }
    },
    handleUpgrade: (req, sock, head) => socket.handleUpgrade(req, sock, head),
    typing: (tenantId, address, on) => socket.typing(tenantId, address, on),
    close: () => {
      presence?.stop();
      socket.close();
    },
  };
}
