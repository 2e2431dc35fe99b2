import { updateConversation } from '../conversation/transitions.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { Conversation } from '../model/records.js';
import { sendToTeam } from '../teams/assign.js';
import { operatorRuntime, teamRuntime, teamsOf } from '../teams/registry.js';

/** Where a transfer sends a conversation: one operator, or a team's queue (RT7). */
export type TransferTarget = { operatorId: string } | { teamId: string };

/**
 * Moves a conversation to another operator or team (IN2). The assistant stops at once;
 * an operator keeps the conversation's team when they serve it, else takes it under
 * their first team; a team assigns it by its policy or queues it. Runs holding the
 * conversation's key (the caller's `release` drains the freed seats afterwards).
 */
export async function transferConversation(
  rt: DeskRuntime,
  conv: Conversation,
  target: TransferTarget,
  by: string | undefined,
): Promise<Conversation> {
  if (conv.status !== 'open')
    throw new ParleyError(
      'CONFLICT',
      `Conversation "${conv.id}" is ${conv.status}; reopen it before transferring it.`,
    );
  rt.inflight.get(conv.id)?.abort(new Error('transferred'));
  if ('teamId' in target) {
    teamRuntime(rt, conv.tenantId, target.teamId);
    return sendToTeam(rt, conv, target.teamId);
  }
  operatorRuntime(rt, conv.tenantId, target.operatorId);
  const teams = teamsOf(rt, conv.tenantId, target.operatorId);
  const teamId = conv.teamId !== undefined && teams.includes(conv.teamId) ? conv.teamId : teams[0];
  const { queuedAt: _q, ...state } = conv.state;
  const next = await updateConversation(rt, conv, {
    handler: 'operator',
    assigneeId: target.operatorId,
    ...(teamId !== undefined && { teamId }),
    state: { ...state, transfer: { from: conv.assigneeId ?? null, by: by ?? null } },
  });
  rt.bus.emit('conversation.assigned', {
    conversation: next,
    operatorId: target.operatorId,
    ...(teamId !== undefined && { teamId }),
  });
  return next;
}

/** Opens a solved conversation again (IN2); the holder stays, the survey is dropped. */
export async function reopenConversation(
  rt: DeskRuntime,
  conv: Conversation,
): Promise<Conversation> {
  if (conv.status === 'open') return conv;
  if (conv.status === 'closed')
    throw new ParleyError(
      'CONFLICT',
      `Conversation "${conv.id}" is closed; the customer's next message opens a new one.`,
    );
  const { solvedAt: _s, ...rest } = conv;
  const { csat: _c, ...state } = conv.state;
  const next = await updateConversation(rt, rest, {
    status: 'open',
    state,
    lastActivityAt: rt.clock.now(),
  });
  rt.bus.emit('conversation.reopened', { conversation: next });
  return next;
}
