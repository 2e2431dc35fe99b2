import { updateConversation } from '../conversation/transitions.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { compileHours } from '../hours/business-hours.js';
import type { Conversation } from '../model/records.js';
import { sendToTeam } from '../teams/assign.js';
import { sayOncePerClosedPeriod } from './closed-notice.js';
import { startMenu } from './menu.js';
import type { RouteReason } from './route-reason.js';
import type { RouteTarget } from './target-schema.js';
import { greetForTeam } from './team-messages.js';

export type { RouteReason } from './route-reason.js';

export interface RouteDecision {
  /** Undefined: humans, with no particular team. */
  target: RouteTarget | undefined;
  reason: RouteReason;
  ruleId?: string;
}

/**
 * Sends the conversation where the decision says (RT1–RT4): an assistant if it is
 * enabled and within its hours, else its backup team; a team (assigned or queued,
 * then its auto-message); a menu. Runs holding the conversation's key.
 */
export async function routeTo(
  rt: DeskRuntime,
  conv: Conversation,
  decision: RouteDecision,
): Promise<Conversation> {
  const { target } = decision;
  let next: Conversation;
  let final = decision;
  if (target && 'menu' in target) {
    const menu = rt.menus.get(conv.tenantId, target.menu);
    next = menu ? await startMenu(rt, conv, menu) : await toHumans(rt, conv);
  } else if (target && 'assistant' in target) {
    const assistant = rt.assistants.get(conv.tenantId, target.assistant);
    const available =
      assistant?.enabled === true &&
      (assistant.hours === undefined || compileHours(assistant.hours).isOpen(rt.clock.now()));
    if (available) {
      const { teamId: _t, assigneeId: _a, ...rest } = conv;
      next = await updateConversation(rt, rest, {
        handler: 'assistant',
        assistantId: target.assistant,
      });
    } else {
      const backup = target.backupTeam ?? assistant?.backupTeam;
      final = {
        ...decision,
        reason: 'assistant-unavailable',
        target: backup === undefined ? undefined : { team: backup },
      };
      // Off its hours, the assistant's own notice comes first (RT8).
      const told = assistant?.enabled
        ? (
            await sayOncePerClosedPeriod(
              rt,
              conv,
              'assistantOutOfHoursPeriod',
              assistant.hours,
              assistant.outOfHoursMessage,
            )
          ).conversation
        : conv;
      next = backup === undefined ? await toHumans(rt, told) : await toTeam(rt, told, backup);
    }
  } else if (target && 'team' in target) {
    next = await toTeam(rt, conv, target.team);
  } else {
    next = await toHumans(rt, conv);
  }
  rt.bus.emit('conversation.routed', {
    conversation: next,
    reason: final.reason,
    ...(final.target !== undefined && { target: final.target }),
    ...(final.ruleId !== undefined && { ruleId: final.ruleId }),
  });
  return next;
}

async function toTeam(rt: DeskRuntime, conv: Conversation, teamId: string): Promise<Conversation> {
  return greetForTeam(rt, await sendToTeam(rt, conv, teamId));
}

/** No route configured: the conversation waits for any human. */
async function toHumans(rt: DeskRuntime, conv: Conversation): Promise<Conversation> {
  const { teamId: _t, assigneeId: _a, ...rest } = conv;
  const next = await updateConversation(rt, rest, { handler: 'queue' });
  rt.bus.emit('conversation.assigned', { conversation: next });
  return next;
}
