import { parseOrThrow } from '@parley/core';
import { z } from 'zod';
import { readBody } from '../http/body.js';
import type { Route, RouteContext } from '../http/route.js';
import { conversationDetail } from './detail.js';
import { namesFrom, teamsOf } from './team.js';
import { toRow } from './views.js';

const text = (what: string, max: number) => z.string().trim().min(1, `${what} is empty`).max(max);
const id = '([^/]+)';
const conv = (action = '') => new RegExp(`^/api/conversations/${id}${action && `/${action}`}$`);

const listQuery = z.object({
  view: z.enum(['all', 'unread', 'solved']).default('all'),
  search: z.string().max(200).optional(),
  /** A conversation label (`inbox.addLabel`). */
  label: z.string().max(64).optional(),
  /** A contact label (`contacts.addLabel`): the customer's, on all their conversations. */
  contactLabel: z.string().max(64).optional(),
  channel: z.string().max(200).optional(),
  team: z.string().max(200).optional(),
  assignee: z.string().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

// Names change rarely, and reading teams counts every operator's open conversations:
// the list reuses them for a few seconds instead of paying that on every page.
const NAMES_TTL_MS = 5_000;
const nameCache = new WeakMap<
  object,
  Map<string, { at: number; names: Promise<Map<string, string>> }>
>();
const names = (ctx: RouteContext): Promise<Map<string, string>> => {
  let perTenant = nameCache.get(ctx.desk);
  if (!perTenant) nameCache.set(ctx.desk, (perTenant = new Map()));
  const key = `${ctx.operator.tenantId}\u0000${ctx.operator.id}`;
  const hit = perTenant.get(key);
  if (hit && Date.now() - hit.at < NAMES_TTL_MS) return hit.names;
  const fresh = teamsOf(ctx.desk, ctx.operator.tenantId).then((teams) =>
    namesFrom(teams, ctx.operator, ctx.config.assistantNames),
  );
  perTenant.set(key, { at: Date.now(), names: fresh });
  fresh.catch(() => perTenant.delete(key));
  return fresh;
};
const ok = { ok: true };
const by = (ctx: RouteContext) => ({ operatorId: ctx.operator.id });

/** The inbox routes: every one is one call of the operator's tenant view (IN1, IN2). */
export const conversationRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/conversations$/,
    async run(ctx) {
      const q = parseOrThrow(
        listQuery,
        Object.fromEntries(ctx.url.searchParams),
        'list query',
        'INPUT_INVALID',
      );
      const [page, known] = await Promise.all([
        ctx.tenant.inbox.list({
          view: q.view,
          limit: q.limit,
          ...(q.view === 'all' && { status: ['open' as const] }),
          ...(q.search && { search: q.search }),
          ...(q.label && { label: q.label }),
          ...(q.contactLabel && { contactLabel: q.contactLabel }),
          ...(q.channel && { channelId: q.channel }),
          ...(q.team && { teamId: q.team }),
          ...(q.assignee && { assigneeId: q.assignee === 'me' ? ctx.operator.id : q.assignee }),
          ...(q.cursor && { cursor: q.cursor }),
        }),
        names(ctx),
      ]);
      return {
        items: page.items.map((item) => toRow(item, known)),
        ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }),
      };
    },
  },
  {
    method: 'GET',
    path: conv(),
    async run(ctx) {
      const seen = ctx.config.seen;
      const tenantId = ctx.operator.tenantId;
      return conversationDetail(
        ctx.tenant,
        ctx.params[0]!,
        await names(ctx),
        (ext) => (seen ? seen(tenantId, ext) : false),
        ctx.config.basePath,
      );
    },
  },
  {
    method: 'POST',
    path: conv('take-over'),
    run: (ctx) => ctx.tenant.inbox.takeOver(ctx.params[0]!, by(ctx)).then(() => ok),
  },
  {
    method: 'POST',
    path: conv('hand-back'),
    async run(ctx) {
      const [cid] = ctx.params as [string];
      const current = await ctx.tenant.inbox.get(cid);
      const fallback = ctx.config.handBackTo[ctx.operator.tenantId];
      const assistantId = current.assistantId ?? fallback;
      await ctx.tenant.inbox.handBack(cid, assistantId === undefined ? {} : { assistantId });
      return ok;
    },
  },
  {
    method: 'POST',
    path: conv('reply'),
    async run(ctx) {
      const body = await readBody(
        ctx.request,
        z.object({ text: text('The reply', 4000) }),
        'reply',
      );
      const sent = await ctx.tenant.inbox.reply(ctx.params[0]!, body.text, by(ctx));
      return { sent: sent.length };
    },
  },
  {
    method: 'POST',
    path: conv('typing'),
    async run(ctx) {
      const { on } = await readBody(ctx.request, z.object({ on: z.boolean() }), 'typing');
      await ctx.tenant.inbox.typing(ctx.params[0]!, on, { operatorId: ctx.operator.id });
      return ok;
    },
  },
  {
    method: 'POST',
    path: conv('transfer'),
    async run(ctx) {
      const target = await readBody(
        ctx.request,
        z.union([
          z.object({ operatorId: z.string().min(1).max(200) }).strict(),
          z.object({ teamId: z.string().min(1).max(200) }).strict(),
        ]),
        'transfer target',
      );
      const next = await ctx.tenant.inbox.transfer(ctx.params[0]!, target, { by: ctx.operator.id });
      return { assigneeId: next.assigneeId ?? null, teamId: next.teamId ?? null };
    },
  },
  {
    method: 'POST',
    path: conv('solve'),
    run: (ctx) => ctx.tenant.inbox.solve(ctx.params[0]!, { by: ctx.operator.id }).then(() => ok),
  },
  {
    method: 'POST',
    path: conv('reopen'),
    run: (ctx) => ctx.tenant.inbox.reopen(ctx.params[0]!).then(() => ok),
  },
  {
    method: 'POST',
    path: conv('read'),
    run: (ctx) => ctx.tenant.inbox.markRead(ctx.params[0]!).then(() => ok),
  },
  {
    method: 'POST',
    path: conv('unread'),
    run: (ctx) => ctx.tenant.inbox.markUnread(ctx.params[0]!).then(() => ok),
  },
  {
    method: 'POST',
    path: conv('summary'),
    run: async (ctx) => ({ summary: await ctx.tenant.inbox.summarize(ctx.params[0]!) }),
  },
  {
    method: 'POST',
    path: conv('labels'),
    async run(ctx) {
      const { label } = await readBody(
        ctx.request,
        z.object({ label: text('The label', 64) }),
        'label',
      );
      return { labels: (await ctx.tenant.inbox.addLabel(ctx.params[0]!, label)).labels };
    },
  },
  {
    method: 'DELETE',
    path: new RegExp(`^/api/conversations/${id}/labels/${id}$`),
    run: async (ctx) => ({
      labels: (await ctx.tenant.inbox.removeLabel(ctx.params[0]!, ctx.params[1]!)).labels,
    }),
  },
];
