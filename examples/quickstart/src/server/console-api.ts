import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Desk, Logger } from '@parley/core';
import { ParleyError, parseOrThrow } from '@parley/core';
import { z } from 'zod';
import { readJson, requireJson, sameOrigin, sendError, sendJson } from './http-util.js';
import { conversationDetail, type Names, toRow } from './views.js';

export interface ConsoleApiOptions {
  desk: Desk;
  names: Names;
  /** Whether the visitor has read the outbound message with this external id. */
  seen(externalId: string | undefined): boolean;
  /** Who the console acts as (a member of `teamId`), and the assistant it hands back to. */
  operatorId: string;
  teamId: string;
  assistantId: string;
  /** Shown in the console's header: which assistant answers. */
  assistant: { name: string; kind: 'faq' | 'openai'; model?: string };
  logger: Logger;
}

type Handler = (params: string[], req: IncomingMessage, url: URL) => Promise<unknown>;

const text = (what: string, max: number) => z.string().trim().min(1, `${what} is empty`).max(max);
const body = async <T extends z.ZodType>(req: IncomingMessage, schema: T, what: string) =>
  parseOrThrow(schema, await readJson(req), what, 'INPUT_INVALID');

const listQuery = z.object({
  view: z.enum(['all', 'unread', 'solved']).default('all'),
  search: z.string().max(200).optional(),
  label: z.string().max(64).optional(),
  cursor: z.string().max(500).optional(),
});

/**
 * The console's HTTP API: a thin layer over `desk.inbox` and `desk.contacts` (IN1,
 * IN2). Every action is one call of the desk; the console learns what changed from
 * the socket, not from these answers.
 */
export function consoleApi(o: ConsoleApiOptions) {
  const { desk } = o;
  const by = { operatorId: o.operatorId };
  const ok = { ok: true };

  const routes: Array<[method: string, path: RegExp, handler: Handler]> = [
    [
      'GET',
      /^\/api\/me$/,
      async () => {
        const me = (await desk.teams.operators(o.teamId)).find((op) => op.id === o.operatorId);
        return { operator: me, assistant: o.assistant, csat: await desk.csat.averages() };
      },
    ],
    [
      'POST',
      /^\/api\/me\/presence$/,
      async (_p, req) => {
        const { presence } = await body(
          req,
          z.object({ presence: z.enum(['online', 'away', 'offline']) }),
          'presence',
        );
        await desk.teams.setPresence(o.operatorId, presence);
        return ok;
      },
    ],
    [
      'GET',
      /^\/api\/conversations$/,
      async (_p, _req, url) => {
        const q = parseOrThrow(
          listQuery,
          Object.fromEntries(url.searchParams),
          'list query',
          'INPUT_INVALID',
        );
        const page = await desk.inbox.list({
          view: q.view,
          limit: 50,
          ...(q.search && { search: q.search }),
          ...(q.label && { label: q.label }),
          ...(q.cursor && { cursor: q.cursor }),
        });
        return {
          items: page.items.map((item) => toRow(item, o.names)),
          ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }),
        };
      },
    ],
    [
      'GET',
      /^\/api\/conversations\/([^/]+)$/,
      ([id]) => conversationDetail(desk, id!, o.names, o.seen),
    ],
    [
      'POST',
      /^\/api\/conversations\/([^/]+)\/take-over$/,
      ([id]) => desk.inbox.takeOver(id!, by).then(() => ok),
    ],
    [
      'POST',
      /^\/api\/conversations\/([^/]+)\/hand-back$/,
      async ([id]) => {
        const conv = await desk.inbox.get(id!);
        // A conversation that went straight to the team has no assistant of its own yet.
        await desk.inbox.handBack(id!, { assistantId: conv.assistantId ?? o.assistantId });
        return ok;
      },
    ],
    [
      'POST',
      /^\/api\/conversations\/([^/]+)\/reply$/,
      async ([id], req) => {
        const { text: reply } = await body(
          req,
          z.object({ text: text('The reply', 4000) }),
          'reply',
        );
        const sent = await desk.inbox.reply(id!, reply, by);
        return { sent: sent.length };
      },
    ],
    [
      'POST',
      /^\/api\/conversations\/([^/]+)\/solve$/,
      ([id]) => desk.inbox.solve(id!, { by: o.operatorId }).then(() => ok),
    ],
    [
      'POST',
      /^\/api\/conversations\/([^/]+)\/read$/,
      ([id]) => desk.inbox.markRead(id!).then(() => ok),
    ],
    [
      'POST',
      /^\/api\/conversations\/([^/]+)\/unread$/,
      ([id]) => desk.inbox.markUnread(id!).then(() => ok),
    ],
    [
      'POST',
      /^\/api\/conversations\/([^/]+)\/labels$/,
      async ([id], req) => {
        const { label } = await body(req, z.object({ label: text('The label', 64) }), 'label');
        return { labels: (await desk.inbox.addLabel(id!, label)).labels };
      },
    ],
    [
      'DELETE',
      /^\/api\/conversations\/([^/]+)\/labels\/([^/]+)$/,
      async ([id, label]) => ({ labels: (await desk.inbox.removeLabel(id!, label!)).labels }),
    ],
    [
      'POST',
      /^\/api\/contacts\/([^/]+)\/name$/,
      async ([id], req) => {
        const { name } = await body(req, z.object({ name: text('The name', 200) }), 'name');
        return { name: (await desk.contacts.rename(id!, name)).name };
      },
    ],
    [
      'POST',
      /^\/api\/contacts\/([^/]+)\/notes$/,
      async ([id], req) => {
        const { text: note } = await body(req, z.object({ text: text('The note', 5000) }), 'note');
        const author = o.names.get(`operator:${o.operatorId}`) ?? o.operatorId;
        return { note: await desk.contacts.addNote(id!, note, { author }) };
      },
    ],
  ];

  /** Answers `/api/*` requests; false for any other path. */
  return async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ): Promise<boolean> {
    if (!url.pathname.startsWith('/api/')) return false;
    try {
      if (req.method !== 'GET') {
        if (!sameOrigin(req)) {
          throw new ParleyError(
            'UNAUTHORIZED',
            'The console API only answers pages of this server.',
          );
        }
        requireJson(req);
      }
      for (const [method, path, handler] of routes) {
        const match = path.exec(url.pathname);
        if (!match) continue;
        if (req.method !== method) continue;
        const params = match.slice(1).map((p) => decodeURIComponent(p));
        sendJson(res, 200, await handler(params, req, url));
        return true;
      }
      sendJson(res, 404, {
        error: { code: 'NOT_FOUND', message: `No ${req.method} ${url.pathname}.` },
      });
    } catch (error) {
      if (!ParleyError.isInstance(error))
        o.logger.error('console api failed', { error: String(error) });
      sendError(res, error);
    }
    return true;
  };
}
