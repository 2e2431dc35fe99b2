import { defaultAssistant } from '@parley/assistant';
import type { Assistant, Clock } from '@parley/core';
import type { KnowledgeBase } from '@parley/kb';
import { assistantName, instructions, shopName } from './config.js';

export type AssistantKind = 'faq' | 'openai';

/**
 * AI7: with no key the offline `faqAssistant` answers from the FAQ and the best passage;
 * with `OPENAI_API_KEY` (and optionally `OPENAI_BASE_URL`, for any OpenAI-compatible
 * server) `openaiAssistant` answers with a model, searching the same knowledge.
 */
export function shopAssistant(
  kb: KnowledgeBase,
  env: Record<string, string | undefined>,
  clock?: Clock,
): { assistant: Assistant; kind: AssistantKind; model?: string } {
  const assistant = defaultAssistant({
    knowledge: kb,
    env,
    openai: {
      model: env.OPENAI_MODEL ?? 'gpt-4o-mini',
      identity: {
        name: assistantName,
        persona: `the shop assistant of ${shopName}`,
        language: 'English',
      },
      instructions,
      ...(clock && { clock }),
    },
    // One question without an answer asks to rephrase; the second hands off (AI2).
    faq: { takeover: { noAnswerTurns: 2 } },
  });
  // Only the model-backed assistant has a model; the offline one never does.
  return 'model' in assistant
    ? { assistant, kind: 'openai', model: String(assistant.model) }
    : { assistant, kind: 'faq' };
}
