import type { AssistantInput } from './assistant.js';

/**
 * Makes the short summary operators read (IN3). Any `Assistant` with `summarize`
 * (`openaiAssistant`, `faqAssistant`) is one, so it can be given as the desk's
 * summariser too: `createDesk({ summarizer: openaiAssistant({...}) })`. The desk's
 * summariser gets `assistantId: 'desk'` unless the conversation has an assistant.
 */
export interface Summarizer {
  summarize(input: AssistantInput, options: { signal: AbortSignal }): Promise<string>;
}
