import { updateConversation } from '../conversation/transitions.js';
import { operatorExclusive } from '../desk/operator-lane.js';
import { type DeskRuntime, keyOf } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { Conversation } from '../model/records.js';
import { buildAssistantInput } from './input.js';

/** The assistant that can summarise `conv`: the one that handled it, else the channel's. */
function summarizer(rt: DeskRuntime, conv: Conversation) {
  const route = rt.channels.get(conv.channelId)?.config.route;
  const candidates = [
    conv.assistantId,
    route && 'assistant' in route ? route.assistant : undefined,
  ];
  for (const id of candidates) {
    const registered = id === undefined ? undefined : rt.assistants.get(id);
    if (registered?.assistant.summarize && registered.tenantId === conv.tenantId) return registered;
  }
  return undefined;
}

/**
 * A short summary of the conversation for operators (IN3), from the assistant's own
 * `summarize`, saved in `state.summary` and announced as `conversation.summarized`.
 * Undefined when no assistant of the conversation can summarise.
 */
export async function summarizeConversation(
  rt: DeskRuntime,
  conv: Conversation,
  signal: AbortSignal = new AbortController().signal,
): Promise<string | undefined> {
  const registered = summarizer(rt, conv);
  if (!registered?.assistant.summarize) return undefined;
  const input = await buildAssistantInput(rt, conv, registered, []);
  if (!input) return undefined;
  const summary = (await registered.assistant.summarize(input, { signal })).trim();
  if (!summary) return undefined;
  // Saved under the conversation's key: a turn may be writing the same record.
  const saved = await operatorExclusive(rt, keyOf(conv), async () => {
    const fresh = (await rt.store.getConversation(conv.tenantId, conv.id)) ?? conv;
    return updateConversation(rt, fresh, {
      state: {
        ...fresh.state,
        summary: { text: summary, at: rt.clock.now().toISOString(), by: registered.id },
      },
    });
  });
  rt.bus.emit('conversation.summarized', { conversation: saved, summary });
  return summary;
}

export function noSummarizer(conversationId: string): ParleyError {
  return new ParleyError(
    'NOT_FOUND',
    `No assistant of conversation "${conversationId}" can summarise it: give the conversation's (or the channel's) assistant a summarize() method, e.g. faqAssistant or openaiAssistant.`,
  );
}
