import { updateConversation } from '../conversation/transitions.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { compileHours } from '../hours/business-hours.js';
import type { BusinessHoursConfig } from '../hours/hours-schema.js';
import type { LocalizedText } from '../model/localized-text.js';
import type { Conversation } from '../model/records.js';
import { say } from './say.js';

/**
 * The closed period `hours` are in now, named by when it ends, or undefined while open
 * (or without hours). Two messages in one night share the name; the next night differs.
 */
export function closedPeriodOf(
  rt: DeskRuntime,
  hours: BusinessHoursConfig | undefined,
): string | undefined {
  if (!hours) return undefined;
  const compiled = compileHours(hours);
  const now = rt.clock.now();
  if (compiled.isOpen(now)) return undefined;
  return compiled.nextOpening(now)?.toISOString() ?? 'never';
}

/** Which out-of-hours notice a conversation had, by who was closed (RT8). */
export type ClosedNoticeKey = 'channelOutOfHoursPeriod' | 'assistantOutOfHoursPeriod';

/**
 * Says `message` once per closed period of `hours` (RT8), remembered in the
 * conversation's state under `key`. Returns the conversation and whether it was said.
 */
export async function sayOncePerClosedPeriod(
  rt: DeskRuntime,
  conv: Conversation,
  key: ClosedNoticeKey,
  hours: BusinessHoursConfig | undefined,
  message: LocalizedText | undefined,
): Promise<{ conversation: Conversation; said: boolean }> {
  const period = closedPeriodOf(rt, hours);
  if (period === undefined || !message || conv.state[key] === period)
    return { conversation: conv, said: false };
  // Recorded before sending: a failed send must not turn into one message per retry.
  const marked = await updateConversation(rt, conv, { state: { ...conv.state, [key]: period } });
  return { conversation: await say(rt, marked, message), said: true };
}

/** True when the conversation's channel is closed and already told the customer so. */
export function channelToldClosed(rt: DeskRuntime, conv: Conversation): boolean {
  const config = rt.channels.get(conv.channelId)?.config;
  if (!config?.outOfHoursMessage) return false;
  const period = closedPeriodOf(rt, config.hours);
  return period !== undefined && conv.state.channelOutOfHoursPeriod === period;
}
