import { z } from 'zod';
import { readBody } from '../http/body.js';
import { ConsoleRefusal } from '../http/respond.js';
import type { Route } from '../http/route.js';
import { cannedListSchema, readCanned, saveCanned } from './canned.js';
import { teamsOf } from './team.js';

/** The signed-in operator, their team, presence and canned replies; settings for admins. */
export const meRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/me$/,
    async run(ctx) {
      const tenantId = ctx.operator.tenantId;
      const teams = await teamsOf(ctx.desk, tenantId);
      const mine = teams.flatMap((t) => t.operators).find((o) => o.id === ctx.operator.id);
      return {
        operator: { ...ctx.operator, presence: mine?.presence ?? null },
        title: ctx.config.title,
        teams,
        channels: ctx.desk.channels.list(tenantId),
        canned: await readCanned(ctx.desk, tenantId),
      };
    },
  },
  {
    method: 'POST',
    path: /^\/api\/me\/presence$/,
    async run(ctx) {
      const { presence } = await readBody(
        ctx.request,
        z.object({ presence: z.enum(['online', 'away', 'offline']) }),
        'presence',
      );
      const member = ctx.desk.teams
        .list(ctx.operator.tenantId)
        .some((t) => t.operators.includes(ctx.operator.id));
      if (!member)
        throw new ConsoleRefusal(
          409,
          'CONFLICT',
          `${ctx.operator.name} is in no team, so presence does not route anything; add them with desk.teams.addOperator().`,
        );
      await ctx.desk.teams.setPresence(ctx.operator.id, presence, {
        tenantId: ctx.operator.tenantId,
      });
      return { presence };
    },
  },
  {
    method: 'PUT',
    path: /^\/api\/canned$/,
    admin: true,
    async run(ctx) {
      const { replies } = await readBody(
        ctx.request,
        z.object({ replies: cannedListSchema }),
        'canned replies',
      );
      await saveCanned(ctx.desk, ctx.operator.tenantId, replies);
      return { replies };
    },
  },
];
