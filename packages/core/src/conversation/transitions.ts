import type { RouteTarget } from '../desk/options.js';
import type { DeskRuntime } from '../desk/runtime.js';
import type { Conversation } from '../model/records.js';

/** Saves `conv` with `patch` applied and `updatedAt` moved to now. */
export async function updateConversation(
  rt: DeskRuntime,
  conv: Conversation,
  patch: Partial<Conversation>,
): Promise<Conversation> {
  const next: Conversation = { ...conv, ...patch, updatedAt: rt.clock.now() };
  await rt.store.saveConversation(next);
  return next;
}

/** Points the conversation at a route target (RT1): an assistant, or a team's queue. */
export async function applyRoute(
  rt: DeskRuntime,
  conv: Conversation,
  target: RouteTarget | undefined,
): Promise<Conversation> {
  if (target && 'assistant' in target) {
    const { teamId: _t, assigneeId: _a, ...rest } = conv;
    return updateConversation(rt, rest as Conversation, {
      handler: 'assistant',
      assistantId: target.assistant,
    });
  }
  const teamId = target && 'team' in target ? target.team : undefined;
  const next = await updateConversation(rt, conv, {
    handler: 'queue',
    ...(teamId !== undefined && { teamId }),
  });
  rt.bus.emit('conversation.assigned', {
    conversation: next,
    ...(teamId !== undefined && { teamId }),
  });
  return next;
}

export interface HandoffRequest {
  reason: string;
  summary?: string;
  /** Team to hand to; the assistant's backup team when not given. */
  team?: string;
}

/** Moves the conversation from its assistant to humans and says so (AI2). */
export async function handOff(
  rt: DeskRuntime,
  conv: Conversation,
  request: HandoffRequest,
): Promise<Conversation> {
  rt.inflight.get(conv.id)?.abort(new Error('handed off'));
  const backup = conv.assistantId ? rt.assistants.get(conv.assistantId)?.backupTeam : undefined;
  const teamId = request.team ?? backup ?? conv.teamId;
  const next = await updateConversation(rt, conv, {
    handler: 'queue',
    ...(teamId !== undefined && { teamId }),
    state: {
      ...conv.state,
      handoff: {
        reason: request.reason,
        summary: request.summary,
        at: rt.clock.now().toISOString(),
      },
    },
  });
  rt.bus.emit('handoff.requested', {
    conversation: next,
    reason: request.reason,
    ...(request.summary !== undefined && { summary: request.summary }),
  });
  rt.bus.emit('conversation.assigned', {
    conversation: next,
    ...(teamId !== undefined && { teamId }),
  });
  return next;
}
