import { parseOrThrow, type ReportQuery } from '@parley/core';
import { isTimeZone } from '@parley/core/internal';
import { z } from 'zod';
import type { Route, RouteContext } from '../http/route.js';
import { groupings, reportRows, toCsv, toXlsx } from './report-table.js';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'no such date');

const querySchema = z.object({
  since: day,
  /** The last day included. */
  until: day,
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, 'tz is an IANA zone such as America/Sao_Paulo')
    .default('UTC'),
  channel: z.string().max(200).optional(),
  team: z.string().max(200).optional(),
  operator: z.string().max(200).optional(),
  label: z.string().max(64).optional(),
  assistant: z.string().max(200).optional(),
  by: z.enum(groupings).default('day'),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

/** Local midnight of `date` in `tz` (the offset at noon is good for every zone but a DST day's first hours). */
function midnight(date: string, tz: string): Date {
  const noon = new Date(`${date}T12:00:00Z`);
  const local = new Date(noon.toLocaleString('en-US', { timeZone: tz }));
  const utc = new Date(noon.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(Date.parse(`${date}T00:00:00Z`) - (local.getTime() - utc.getTime()));
}

function reportQuery(ctx: RouteContext) {
  const q = parseOrThrow(
    querySchema,
    Object.fromEntries(ctx.url.searchParams),
    'report query',
    'INPUT_INVALID',
    'Use ?since=2026-03-01&until=2026-03-31 (the last day included).',
  );
  const next = new Date(Date.parse(`${q.until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const query: ReportQuery = {
    since: midnight(q.since, q.tz),
    until: midnight(next, q.tz),
    timeZone: q.tz,
    ...(q.channel && { channelId: q.channel }),
    ...(q.team && { teamId: q.team }),
    ...(q.operator && { operatorId: q.operator }),
    ...(q.label && { label: q.label }),
    ...(q.assistant && { assistantId: q.assistant }),
  };
  return { q, query };
}

/** Reports for admins: the figures as JSON, and each table as CSV or XLSX. */
export const reportRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/reports$/,
    admin: true,
    async run(ctx) {
      return ctx.tenant.reports.overview(reportQuery(ctx).query);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/reports\/export$/,
    admin: true,
    async run(ctx) {
      const { q, query } = reportQuery(ctx);
      const rows = reportRows(await ctx.tenant.reports.overview(query), q.by);
      const name = `parley-report-${q.by}-${q.since}-to-${q.until}.${q.format}`;
      const headers = {
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      if (q.format === 'csv')
        return new Response(toCsv(rows), {
          headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
        });
      return new Response(await toXlsx(rows, `by ${q.by}`), {
        headers: {
          ...headers,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
      });
    },
  },
];
