import { updateConversation } from '../conversation/transitions.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { toError } from '../errors.js';
import type { SurveyState } from '../model/conversation-state.js';
import { localize } from '../model/localized-text.js';
import type { Conversation, Message } from '../model/records.js';
import { say } from '../routing/say.js';
import { timeKey } from '../util/time-key.js';
import { csatOptionId } from './score.js';

/** A survey waiting for its answer, and who the answer will be about. */
export type { SurveyState } from '../model/conversation-state.js';

import type { CsatResponse } from './csat-response.js';

export type { CsatResponse };

export const csatSpace = (rt: DeskRuntime, tenantId: string) => rt.store.kv(`csat:${tenantId}`);

/** The survey a solved conversation waits on, while it has not expired. */
export function pendingSurvey(conv: Conversation, now: Date): SurveyState | undefined {
  const survey = conv.state.csat;
  if (conv.status !== 'solved' || !survey || typeof survey.expiresAt !== 'string') return undefined;
  return new Date(survey.expiresAt) > now ? survey : undefined;
}

/**
 * Sends the channel's 1–5 survey after a solve, when enabled (IN6). Who handled the
 * conversation is noted now, so the score is credited to them however it moves later:
 * the operator assigned, or the assistant when it was answering.
 */
export async function requestSurvey(rt: DeskRuntime, conv: Conversation): Promise<Conversation> {
  const csat = rt.channels.get(conv.channelId)?.config.csat;
  if (!csat?.enabled) return conv;
  const now = rt.clock.now();
  const survey: SurveyState = {
    askedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + csat.expiresAfterHours * 3_600_000).toISOString(),
    channelId: conv.channelId,
    ...(conv.teamId !== undefined && { teamId: conv.teamId }),
    ...(conv.assigneeId !== undefined && { operatorId: conv.assigneeId }),
    ...(conv.handler === 'assistant' &&
      conv.assistantId !== undefined && { assistantId: conv.assistantId }),
  };
  const marked = await updateConversation(rt, conv, { state: { ...conv.state, csat: survey } });
  try {
    const next = await say(rt, marked, {
      type: 'menu',
      text: localize(csat.question, conv.language),
      options: csat.options.map((title, i) => ({
        id: csatOptionId(i + 1),
        title: localize(title, conv.language),
      })),
    });
    rt.bus.emit('csat.requested', { conversation: next });
    return next;
  } catch (e) {
    // The solve stands even when the channel cannot take the survey right now.
    rt.bus.emit('error', {
      error: toError(e),
      stage: 'csat-request',
      conversationId: conv.id,
      channelId: conv.channelId,
    });
    return (await rt.store.getConversation(conv.tenantId, conv.id)) ?? marked;
  }
}

/** Records the answer, thanks the customer, and leaves the conversation solved. */
export async function recordAnswer(
  rt: DeskRuntime,
  conv: Conversation,
  survey: SurveyState,
  score: number,
  message: Message,
  answer: string,
): Promise<Conversation> {
  const now = rt.clock.now();
  const response: CsatResponse = {
    conversationId: conv.id,
    score,
    channelId: survey.channelId,
    ...(survey.teamId !== undefined && { teamId: survey.teamId }),
    ...(survey.operatorId !== undefined && { operatorId: survey.operatorId }),
    ...(survey.assistantId !== undefined && { assistantId: survey.assistantId }),
    answer,
    at: now,
  };
  await csatSpace(rt, conv.tenantId).set(`${timeKey(now)}/${conv.id}`, {
    ...response,
    at: now.toISOString(),
  });
  const { csat: _c, ...state } = conv.state;
  // An answer is not work for an operator: it leaves the unread count as it was.
  let next = await updateConversation(rt, conv, {
    state,
    unreadCount: Math.max(0, conv.unreadCount - 1),
  });
  rt.bus.emit('csat.submitted', { conversation: next, score, message, response });
  const thanks = rt.channels.get(conv.channelId)?.config.csat?.thanks;
  if (thanks) next = await say(rt, next, thanks);
  return next;
}
