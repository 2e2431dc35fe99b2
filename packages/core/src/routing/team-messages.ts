import { updateConversation } from '../conversation/transitions.js';
import type { DeskRuntime } from '../desk/runtime.js';
import type { Conversation } from '../model/records.js';
import { channelToldClosed, closedPeriodOf } from './closed-notice.js';
import { say } from './say.js';

/**
 * The closed period a conversation is in, named by when it ends, or undefined while
 * the team is open. Two messages in one night share the key; the next night differs.
 */
function closedPeriod(rt: DeskRuntime, tenantId: string, teamId: string): string | undefined {
  return closedPeriodOf(rt, rt.teams.get(tenantId, teamId)?.config.hours);
}

/**
 * Sends the team's out-of-hours message when the team is closed and this conversation
 * has not had it in this closed period (RT8). Returns the conversation, and whether
 * the team is closed.
 */
export async function noticeIfClosed(
  rt: DeskRuntime,
  conv: Conversation,
): Promise<{ conversation: Conversation; closed: boolean }> {
  const team = conv.teamId === undefined ? undefined : rt.teams.get(conv.tenantId, conv.teamId);
  const period = team ? closedPeriod(rt, conv.tenantId, team.config.id) : undefined;
  if (!team || period === undefined) return { conversation: conv, closed: false };
  // The closed channel's own notice already told the customer: one notice, not two.
  if (channelToldClosed(rt, conv)) return { conversation: conv, closed: true };
  const message = team.config.outOfHoursMessage;
  if (!message || conv.state.outOfHoursPeriod === period)
    return { conversation: conv, closed: true };
  // Recorded before sending: a failed send must not turn into one message per retry.
  const marked = await updateConversation(rt, conv, {
    state: { ...conv.state, outOfHoursPeriod: period },
  });
  return { conversation: await say(rt, marked, message), closed: true };
}

/**
 * What the customer hears when routed to a team: the out-of-hours message while the
 * team is closed, else its auto-message (RT4). Never used for assistants.
 */
export async function greetForTeam(rt: DeskRuntime, conv: Conversation): Promise<Conversation> {
  const { conversation, closed } = await noticeIfClosed(rt, conv);
  const team = conv.teamId === undefined ? undefined : rt.teams.get(conv.tenantId, conv.teamId);
  const autoMessage = team?.config.autoMessage;
  if (autoMessage && !(closed && team?.config.outOfHoursMessage))
    return say(rt, conversation, autoMessage);
  return conversation;
}
