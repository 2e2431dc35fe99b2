import { updateConversation } from '../conversation/transitions.js';
import { operatorExclusive } from '../desk/operator-lane.js';
import { type DeskRuntime, keyOf } from '../desk/runtime.js';
import { ParleyError, toError } from '../errors.js';
import type { Conversation } from '../model/records.js';
import { digestSummarizer } from './digest-summary.js';
import { buildAssistantInput } from './input.js';
import type { Summarizer } from './summarizer.js';

interface Candidate {
  /** Recorded as `state.summary.by`: the assistant's id, `desk` or `digest`. */
  by: string;
  summarizer: Summarizer;
}

/**
 * Who can summarise `conv`, best first: the assistant that handled it, the channel's
 * assistant, the desk's `summarizer`, and the desk's own digest, which always can.
 */
function candidates(rt: DeskRuntime, conv: Conversation): Candidate[] {
  const route = rt.channels.get(conv.channelId)?.config.route;
  const list: Candidate[] = [];
  for (const id of [
    conv.assistantId,
    route && 'assistant' in route ? route.assistant : undefined,
  ]) {
    const registered = id === undefined ? undefined : rt.assistants.get(conv.tenantId, id);
    const assistant = registered?.assistant;
    if (!registered || !assistant?.summarize) continue;
    if (list.some((c) => c.by === registered.id)) continue;
    list.push({ by: registered.id, summarizer: assistant as Summarizer });
  }
  if (rt.config.summarizer) list.push({ by: 'desk', summarizer: rt.config.summarizer });
  list.push({ by: 'digest', summarizer: digestSummarizer });
  return list;
}

/**
 * A short summary of the conversation for operators (IN3), saved in `state.summary`
 * and announced as `conversation.summarized`. When a summariser fails or has nothing
 * to say, the next one is asked (the failure is reported on `error`); the desk's digest
 * always answers, so only a conversation whose contact is gone has none (undefined).
 */
export async function summarizeConversation(
  rt: DeskRuntime,
  conv: Conversation,
  signal: AbortSignal = new AbortController().signal,
): Promise<string | undefined> {
  for (const candidate of candidates(rt, conv)) {
    const assistantId =
      candidate.by === 'desk' || candidate.by === 'digest'
        ? (conv.assistantId ?? 'desk')
        : candidate.by;
    const input = await buildAssistantInput(rt, conv, { id: assistantId }, []);
    if (!input) return undefined;
    let summary: string;
    try {
      summary = (await candidate.summarizer.summarize(input, { signal })).trim();
    } catch (e) {
      if (signal.aborted) return undefined;
      rt.bus.emit('error', {
        error: toError(e),
        stage: 'summary',
        conversationId: conv.id,
        channelId: conv.channelId,
      });
      continue;
    }
    if (!summary) continue;
    await saveSummary(rt, conv, summary, candidate.by);
    return summary;
  }
  return undefined;
}

/** Records `summary` on the conversation and announces it (also for handoff summaries). */
export async function saveSummary(
  rt: DeskRuntime,
  conv: Conversation,
  summary: string,
  by: string,
): Promise<Conversation> {
  // Saved as an operator action: a turn may be writing the same record (IN2).
  const saved = await operatorExclusive(rt, keyOf(conv), async () => {
    const fresh = (await rt.store.getConversation(conv.tenantId, conv.id)) ?? conv;
    return updateConversation(rt, fresh, {
      state: { ...fresh.state, summary: { text: summary, at: rt.clock.now().toISOString(), by } },
    });
  });
  rt.bus.emit('conversation.summarized', { conversation: saved, summary });
  return saved;
}

/** `inbox.summarize` on a conversation whose contact was deleted (retention, IN8). */
export function nothingToSummarize(conversationId: string): ParleyError {
  return new ParleyError(
    'NOT_FOUND',
    `Conversation "${conversationId}" has no contact any more (deleted by a retention policy?); there is nothing to summarise.`,
  );
}
