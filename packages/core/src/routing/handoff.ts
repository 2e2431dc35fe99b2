import { summarizeConversation } from '../assistant/summarize.js';
import { updateConversation } from '../conversation/transitions.js';
import { type DeskRuntime, inBackground } from '../desk/runtime.js';
import type { Conversation } from '../model/records.js';
import { sendToTeam } from '../teams/assign.js';
import { noticeIfClosed } from './team-messages.js';

export interface HandoffRequest {
  reason: string;
  summary?: string;
  /** Team to hand to; the assistant's backup team when not given. */
  team?: string;
}

/**
 * Moves the conversation from its assistant to humans (AI2): to the requested team or
 * the assistant's backup team, assigned or queued there (RT7). The assistant's own
 * handoff message stands in for the team's auto-message; the out-of-hours message is
 * still sent when the team is closed.
 */
export async function handOff(
  rt: DeskRuntime,
  conv: Conversation,
  request: HandoffRequest,
): Promise<Conversation> {
  // Already with humans: a second handoff (e.g. the handoff reply hit a limit) is a no-op.
  if (conv.handler === 'queue' || conv.handler === 'operator') return conv;
  rt.inflight.get(conv.id)?.abort(new Error('handed off'));
  const backup = conv.assistantId
    ? rt.assistants.get(conv.tenantId, conv.assistantId)?.backupTeam
    : undefined;
  const teamId = request.team ?? backup ?? conv.teamId;
  const at = rt.clock.now().toISOString();
  const next = await updateConversation(rt, conv, {
    handler: 'queue',
    ...(teamId !== undefined && { teamId }),
    state: {
      ...conv.state,
      handoff: { reason: request.reason, summary: request.summary, at },
      ...(request.summary !== undefined && {
        summary: { text: request.summary, at, by: conv.assistantId ?? 'desk' },
      }),
    },
  });
  rt.bus.emit('handoff.requested', {
    conversation: next,
    reason: request.reason,
    ...(request.summary !== undefined && { summary: request.summary }),
  });
  // Operators always get a summary (IN3): the assistant's, or one made now, after the
  // handoff (never holding it up), by whoever can (the desk's digest at least).
  if (request.summary !== undefined)
    rt.bus.emit('conversation.summarized', { conversation: next, summary: request.summary });
  else inBackground(rt, 'summary', () => summarizeConversation(rt, next));
  if (teamId === undefined) {
    rt.bus.emit('conversation.assigned', { conversation: next });
    return next;
  }
  const assigned = await sendToTeam(rt, next, teamId);
  return (await noticeIfClosed(rt, assigned)).conversation;
}
