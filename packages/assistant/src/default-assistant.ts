import { type FaqAssistantOptions, faqAssistant } from './faq/faq-assistant.js';
import type { KnowledgeOption } from './knowledge/resolve.js';
import { openaiAssistant } from './openai/openai-assistant.js';
import type { OpenAIAssistantOptions } from './openai/options.js';

export interface DefaultAssistantOptions {
  knowledge: KnowledgeOption;
  /** Used when a model is available (an API key or a base URL, given or in the environment). */
  openai?: Omit<OpenAIAssistantOptions, 'knowledge'>;
  /** Used otherwise. */
  faq?: Omit<FaqAssistantOptions, 'knowledge'>;
  /** Where OPENAI_API_KEY / OPENAI_BASE_URL are read (default process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * Zero configuration (AI7): `openaiAssistant` when a model is reachable (an API key
 * or an OpenAI-compatible `baseURL`, given or in the environment), else the offline
 * `faqAssistant` on the same knowledge.
 */
export function defaultAssistant(options: DefaultAssistantOptions) {
  const env = options.env ?? process.env;
  const hasModel =
    options.openai?.client !== undefined ||
    Boolean(
      options.openai?.apiKey ??
        options.openai?.baseURL ??
        env.OPENAI_API_KEY ??
        env.OPENAI_BASE_URL,
    );
  return hasModel
    ? openaiAssistant({ ...options.openai, knowledge: options.knowledge, env })
    : faqAssistant({ ...options.faq, knowledge: options.knowledge });
}
