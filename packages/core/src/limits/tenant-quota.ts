import type { Clock } from '../clock.js';
import type { DeskEvents } from '../events.js';
import { dateKey, wallClock } from '../hours/zoned-time.js';
import type { OutboundContext } from '../outbound/outbound-context.js';
import type { Middleware } from '../pipeline/compose.js';
import type { LimitCounter } from './counter.js';
import type { MessageLimitsConfig } from './message-limits-schema.js';

const DAY_TTL_MS = 3 * 86_400_000;
const MONTH_TTL_MS = 40 * 86_400_000;

/** What the quota step needs: the counts, the clock, the limits and a way to say "reached". */
export interface QuotaDeps {
  counter(): LimitCounter;
  clock(): Clock;
  limitsOf(tenantId: string): Promise<MessageLimitsConfig | undefined>;
  reached(event: DeskEvents['limit.reached']): Promise<void>;
}

/**
 * The message limits per tenant (PL1) as an outbound step. Operators are never stopped:
 * a person can always finish a conversation. A message over a limit is held back and
 * `limit.reached` is emitted (and awaited: the desk's listener hands an assistant's
 * conversation to humans, as with AI6 token limits, so nobody waits forever). Counts
 * live in the desk's `LimitCounter`, so a restart keeps them.
 */
export function quotaStep(deps: QuotaDeps): Middleware<OutboundContext> {
  return async function quota(ctx, next) {
    if (ctx.author.kind === 'operator') return next();
    const limits = await deps.limitsOf(ctx.tenantId);
    if (!limits || (limits.daily === undefined && limits.monthly === undefined)) return next();
    const counter = deps.counter();
    const day = dateKey(wallClock(deps.clock().now(), limits.timeZone).date);
    const month = day.slice(0, 7);
    const dayKey = `quota/${ctx.tenantId}/${day}`;
    const monthKey = `quota/${ctx.tenantId}/${month}`;
    const reached =
      limits.daily !== undefined && (await counter.get(dayKey)) >= limits.daily
        ? { period: 'day' as const, limit: limits.daily, name: day }
        : limits.monthly !== undefined && (await counter.get(monthKey)) >= limits.monthly
          ? { period: 'month' as const, limit: limits.monthly, name: month }
          : undefined;
    if (reached) {
      const reason = `message limit reached: tenant "${ctx.tenantId}" sent its ${reached.limit} messages for ${reached.name}`;
      await ctx.suppress(reason);
      await deps.reached({
        tenantId: ctx.tenantId,
        conversation: ctx.conversation,
        author: ctx.author,
        reason,
        period: reached.period,
        limit: reached.limit,
      });
      return;
    }
    try {
      await next();
    } finally {
      // Every part that reached the channel counts, even when a later part failed.
      if (ctx.sent.length > 0) {
        await counter.add(dayKey, ctx.sent.length, DAY_TTL_MS);
        await counter.add(monthKey, ctx.sent.length, MONTH_TTL_MS);
      }
    }
  };
}
