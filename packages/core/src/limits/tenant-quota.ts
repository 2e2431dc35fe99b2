import type { DeskRuntime } from '../desk/runtime.js';
import { tenantConfig } from '../desk/runtime.js';
import { dateKey, wallClock } from '../hours/zoned-time.js';
import type { OutboundContext } from '../outbound/outbound-context.js';
import type { Middleware } from '../pipeline/compose.js';
import { parseOrThrow } from '../util/zod-error.js';
import { type MessageLimitsConfig, messageLimitsSchema } from './message-limits-schema.js';

const DAY_TTL_MS = 3 * 86_400_000;
const MONTH_TTL_MS = 40 * 86_400_000;

/** The tenant's limits: its own, else the desk's (an object or a lookup); undefined: none. */
async function limitsOf(
  rt: DeskRuntime,
  tenantId: string,
): Promise<MessageLimitsConfig | undefined> {
  const own = tenantConfig(rt, tenantId).messageLimits;
  if (own) return own;
  const desk = rt.config.messageLimits;
  if (typeof desk !== 'function') return desk;
  const found = await desk(tenantId);
  return found && parseOrThrow(messageLimitsSchema, found, `messageLimits("${tenantId}")`);
}

/**
 * The message limits per tenant (PL1) as an outbound step. Operators are never stopped:
 * a person can always finish a conversation. A message over a limit is held back and
 * `limit.reached` is emitted (and awaited: the desk's listener hands an assistant's
 * conversation to humans, as with AI6 token limits, so nobody waits forever). Counts
 * live in the desk's `LimitCounter`, so a restart keeps them.
 */
export function quotaStep(rt: DeskRuntime): Middleware<OutboundContext> {
  return async function quota(ctx, next) {
    if (ctx.author.kind === 'operator') return next();
    const limits = await limitsOf(rt, ctx.tenantId);
    if (!limits || (limits.daily === undefined && limits.monthly === undefined)) return next();
    const day = dateKey(wallClock(rt.clock.now(), limits.timeZone).date);
    const month = day.slice(0, 7);
    const dayKey = `quota/${ctx.tenantId}/${day}`;
    const monthKey = `quota/${ctx.tenantId}/${month}`;
    const reached =
      limits.daily !== undefined && (await rt.counter.get(dayKey)) >= limits.daily
        ? { period: 'day' as const, limit: limits.daily, name: day }
        : limits.monthly !== undefined && (await rt.counter.get(monthKey)) >= limits.monthly
          ? { period: 'month' as const, limit: limits.monthly, name: month }
          : undefined;
    if (reached) {
      const reason = `message limit reached: tenant "${ctx.tenantId}" sent its ${reached.limit} messages for ${reached.name}`;
      await ctx.suppress(reason);
      await rt.bus.emitAndWait('limit.reached', {
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
        await rt.counter.add(dayKey, ctx.sent.length, DAY_TTL_MS);
        await rt.counter.add(monthKey, ctx.sent.length, MONTH_TTL_MS);
      }
    }
  };
}
