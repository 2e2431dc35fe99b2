import type { DeskRuntime } from '../desk/runtime.js';
import { tenantConfig } from '../desk/runtime.js';
import { dateKey, wallClock } from '../hours/zoned-time.js';
import type { Conversation, MessageAuthor } from '../model/records.js';
import { handOff } from '../routing/handoff.js';
import { parseOrThrow } from '../util/zod-error.js';
import { type MessageLimitsConfig, messageLimitsSchema } from './message-limits-schema.js';
import { limitsState } from './state.js';

const DAY_TTL_MS = 3 * 86_400_000;
const MONTH_TTL_MS = 40 * 86_400_000;

/** Messages one tenant sent in its current local day and month, cached from the store. */
export interface TenantCounter {
  day: string;
  month: string;
  sentToday: number;
  sentThisMonth: number;
}

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
 * The counter of the tenant's current periods. Counts live in the store
 * (`kv('limits:<tenant>')`) so a restart keeps them; this process caches and adds to
 * them, so with several processes sending for one tenant the limit is approximate.
 */
async function counterOf(
  rt: DeskRuntime,
  tenantId: string,
  limits: MessageLimitsConfig,
): Promise<TenantCounter> {
  const day = dateKey(wallClock(rt.clock.now(), limits.timeZone).date);
  const month = day.slice(0, 7);
  const { counters } = limitsState(rt);
  const counter = counters.get(tenantId);
  if (counter?.day === day) return counter;
  const kv = rt.store.kv(`limits:${tenantId}`);
  const sentThisMonth =
    counter?.month === month
      ? counter.sentThisMonth
      : ((await kv.get<number>(`sent/${month}`)) ?? 0);
  const loaded = {
    day,
    month,
    sentToday: (await kv.get<number>(`sent/${day}`)) ?? 0,
    sentThisMonth,
  };
  // Another send may have loaded the same day meanwhile: keep one counter per day.
  const raced = counters.get(tenantId);
  if (raced?.day === day) return raced;
  counters.set(tenantId, loaded);
  return loaded;
}

/**
 * Why a message from `author` must not go out under the tenant's message limits, or
 * undefined. Operators are never stopped: a person can always finish a conversation.
 */
export async function quotaSuppression(
  rt: DeskRuntime,
  conv: Conversation,
  author: MessageAuthor,
): Promise<string | undefined> {
  if (author.kind === 'operator') return undefined;
  const limits = await limitsOf(rt, conv.tenantId);
  if (!limits || (limits.daily === undefined && limits.monthly === undefined)) return undefined;
  const c = await counterOf(rt, conv.tenantId, limits);
  if (limits.daily !== undefined && c.sentToday >= limits.daily)
    return `message limit reached: tenant "${conv.tenantId}" sent its ${limits.daily} messages for ${c.day}`;
  if (limits.monthly !== undefined && c.sentThisMonth >= limits.monthly)
    return `message limit reached: tenant "${conv.tenantId}" sent its ${limits.monthly} messages for ${c.month}`;
  return undefined;
}

/**
 * After a message was held back by the limits: an assistant that can no longer answer
 * hands its conversation to humans (as with AI6 token limits), so nobody waits forever.
 */
export async function afterQuotaSuppression(
  rt: DeskRuntime,
  conv: Conversation,
  author: MessageAuthor,
  reason: string,
): Promise<void> {
  if (author.kind !== 'assistant' || conv.handler !== 'assistant') return;
  await handOff(rt, conv, { reason });
}

/** Counts one message the tenant sent, when it has limits. */
export async function countSent(rt: DeskRuntime, tenantId: string): Promise<void> {
  const limits = await limitsOf(rt, tenantId);
  if (!limits || (limits.daily === undefined && limits.monthly === undefined)) return;
  const c = await counterOf(rt, tenantId, limits);
  c.sentToday++;
  c.sentThisMonth++;
  const kv = rt.store.kv(`limits:${tenantId}`);
  await kv.set(`sent/${c.day}`, c.sentToday, { ttlMs: DAY_TTL_MS });
  await kv.set(`sent/${c.month}`, c.sentThisMonth, { ttlMs: MONTH_TTL_MS });
}
