import type { DeskStore } from '@parley/core';
import { startOfLocalDay, startOfLocalMonth } from '@parley/core/internal';
import { z } from 'zod';
import { isTimeZone, timeZoneMessage } from '../util/time-zone.js';

const limit = z
  .object({
    /** Input plus output tokens. */
    tokens: z.number().int().positive().optional(),
    /** US dollars, from the price table. */
    cost: z.number().positive().optional(),
  })
  .strict();

/** Per-tenant usage limits (AI6): whichever is reached first hands conversations to humans. */
export const usageLimitsSchema = z
  .object({
    daily: limit.optional(),
    monthly: limit.optional(),
    /** IANA time zone where days and months start (default UTC). */
    timeZone: z.string().refine(isTimeZone, timeZoneMessage).default('UTC'),
  })
  .strict();

export type UsageLimits = z.input<typeof usageLimitsSchema>;

/** One set of limits for every tenant, or a function giving each tenant its own (agencies). */
export type UsageLimitsOption =
  | UsageLimits
  | ((tenantId: string) => UsageLimits | undefined | Promise<UsageLimits | undefined>);

/** A limit that has been reached. */
export interface LimitBreach {
  tenantId: string;
  period: 'daily' | 'monthly';
  metric: 'tokens' | 'cost';
  used: number;
  limit: number;
  /** When the period started (the tenant's local midnight or first of the month). */
  since: Date;
}

/**
 * The first limit `tenantId` has reached, read from the store's usage records (every
 * assistant of the tenant counts). Checked before each model call: a call that starts
 * under the limit may finish a little over it.
 */
export async function checkUsageLimits(
  store: DeskStore,
  tenantId: string,
  option: UsageLimitsOption | undefined,
  now: Date,
): Promise<LimitBreach | undefined> {
  const raw = typeof option === 'function' ? await option(tenantId) : option;
  if (!raw) return undefined;
  const limits = usageLimitsSchema.parse(raw);
  for (const period of ['daily', 'monthly'] as const) {
    const bounds = limits[period];
    if (!bounds || (bounds.tokens === undefined && bounds.cost === undefined)) continue;
    const since = periodStart(now, limits.timeZone, period);
    const totals = await store.usageTotals(tenantId, { since });
    const tokens = totals.inputTokens + totals.outputTokens;
    if (bounds.tokens !== undefined && tokens >= bounds.tokens) {
      return { tenantId, period, metric: 'tokens', used: tokens, limit: bounds.tokens, since };
    }
    if (bounds.cost !== undefined && totals.cost >= bounds.cost) {
      return { tenantId, period, metric: 'cost', used: totals.cost, limit: bounds.cost, since };
    }
  }
  return undefined;
}

export function describeBreach(b: LimitBreach): string {
  const unit = b.metric === 'cost' ? 'USD' : 'tokens';
  return `${b.period} ${b.metric} limit of ${b.limit} ${unit} reached for tenant "${b.tenantId}" (used ${round(b.used)} since ${b.since.toISOString()})`;
}

/** Start of the day or month containing `now` in `timeZone` (core's zoned-time helpers). */
export function periodStart(now: Date, timeZone: string, period: 'daily' | 'monthly'): Date {
  return period === 'daily' ? startOfLocalDay(now, timeZone) : startOfLocalMonth(now, timeZone);
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
